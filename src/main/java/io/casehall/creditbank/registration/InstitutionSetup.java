package io.casehall.creditbank.registration;

import io.casehall.creditbank.Institution;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.InstitutionRepository;
import io.casehall.creditbank.InstitutionStatus;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.identity.ChineseIdNumber;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Steps 2 and 3 of the registration, and 机构信息 edited later: the registrant's name and ID number, and the
 * institution's details (a draft keeps the status; a submitted set opens the space). Always the signed-in user's
 * own institution; every change is audited.
 */
@Service
public class InstitutionSetup {

    private final InstitutionRepository institutions;
    private final AuditLog audit;
    private final Clock clock;

    InstitutionSetup(InstitutionRepository institutions, AuditLog audit, Clock clock) {
        this.institutions = institutions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Institution institutionOf(InstitutionPrincipal me) {
        return institutions.findById(me.institutionId()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public InstitutionStatus statusOf(Long institutionId) {
        return institutions.findById(institutionId).map(Institution::getStatus).orElse(InstitutionStatus.ACTIVE);
    }

    @Transactional
    public void recordRegistrant(InstitutionPrincipal me, String name, String idNumber) {
        Institution institution = institutionOf(me);
        institution.recordRegistrant(name, ChineseIdNumber.normalize(idNumber), clock.instant());
        audit.record(me, "INSTITUTION_REGISTRANT_RECORDED", "institution", institution.getId(), null);
    }

    /** Saves the details; {@code complete} (提交, already validated) opens the space after the registration. */
    @Transactional
    public InstitutionStatus saveDetails(InstitutionPrincipal me, InstitutionDetailsForm form, boolean complete) {
        Institution institution = institutionOf(me);
        InstitutionStatus before = institution.getStatus();
        institution.updateDetails(form.toDetails(), complete, clock.instant());
        String action = before != InstitutionStatus.ACTIVE && institution.getStatus() == InstitutionStatus.ACTIVE
                ? "INSTITUTION_REGISTRATION_COMPLETED"
                : before == InstitutionStatus.ACTIVE ? "INSTITUTION_DETAILS_CHANGED" : "INSTITUTION_DETAILS_DRAFTED";
        audit.record(me, action, "institution", institution.getId(), null);
        return institution.getStatus();
    }
}
