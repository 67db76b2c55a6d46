package io.casehall.account;

import io.casehall.shared.audit.AuditLog;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's profile extras (nationality, document validity, landline): read by the application forms to
 * prefill, changed on 我的信息. Every change is audited with the names of the fields that changed.
 */
@Service
public class ProfileExtrasService {

    private final ApplicantExtrasRepository extras;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Clock clock;

    ProfileExtrasService(ApplicantExtrasRepository extras, AccountService accounts, AuditLog audit, Clock clock) {
        this.extras = extras;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The applicant's extras; {@link ProfileExtras#defaults()} until they have saved them. */
    @Transactional(readOnly = true)
    public ProfileExtras of(Long applicantId) {
        return extras.findById(applicantId).map(ApplicantExtras::toExtras).orElseGet(ProfileExtras::defaults);
    }

    /** Stores checked values (the page checks them first); a save that changes nothing is not audited. */
    @Transactional
    public void update(Long applicantId, ProfileExtras changed) {
        accounts.get(applicantId);
        java.util.Optional<ApplicantExtras> found = extras.findById(applicantId);
        ApplicantExtras stored = found.orElseGet(() -> new ApplicantExtras(applicantId));
        List<String> fields = changedFields(stored.toExtras(), changed);
        if (fields.isEmpty() && found.isPresent()) {
            return;
        }
        stored.update(changed, clock.instant());
        extras.save(stored);
        audit.record("PROFILE_EXTRAS_CHANGED", "applicant", applicantId, String.join(",", fields));
    }

    private static List<String> changedFields(ProfileExtras before, ProfileExtras after) {
        List<String> fields = new ArrayList<>();
        if (!Objects.equals(before.nationality(), after.nationality())) {
            fields.add("nationality");
        }
        if (before.documentValidity() != after.documentValidity()) {
            fields.add("documentValidity");
        }
        if (!Objects.equals(before.validityStart(), after.validityStart())) {
            fields.add("validityStart");
        }
        if (!Objects.equals(before.landline(), after.landline())) {
            fields.add("landline");
        }
        return fields;
    }
}
