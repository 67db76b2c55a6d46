package io.casehall.deposit.submission;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.deposit.ArchiveDepositRecordRepository;
import io.casehall.deposit.DepositApplication;
import io.casehall.deposit.DepositApplicationRepository;
import io.casehall.deposit.DepositEligibility;
import io.casehall.deposit.DepositForm;
import io.casehall.deposit.DepositRecordStatus;
import io.casehall.deposit.DepositRules;
import io.casehall.deposit.DepositServiceType;
import io.casehall.deposit.DepositUpload;
import io.casehall.deposit.EligibilityAnswers;
import io.casehall.deposit.HistoryRow;
import io.casehall.deposit.StudyRow;
import io.casehall.shared.document.DocumentStore;
import io.casehall.shared.document.StoredDocument;
import io.casehall.shared.web.UserFacingException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** What submission and modification share: who may apply now, and the form turned into the case file's rows. */
@Component
public class DepositStatement {

    private final DepositApplicationRepository applications;
    private final ArchiveDepositRecordRepository records;
    private final DepositRules rules;
    private final DocumentStore documents;

    DepositStatement(DepositApplicationRepository applications, ArchiveDepositRecordRepository records,
                     DepositRules rules, DocumentStore documents) {
        this.applications = applications;
        this.records = records;
        this.rules = rules;
        this.documents = documents;
    }

    /**
     * The eligibility table's answer for this applicant now, after the one rule that is not policy: one open
     * application per kind (one deposit at a time; one transfer out, one certificate).
     */
    public DepositEligibility eligibility(Long applicantId, DepositServiceType service, EligibilityAnswers answers,
                                          Long ignoredApplicationId) {
        boolean open = applications.findByApplicantIdOrderBySubmittedAtDesc(applicantId).stream()
                .filter(a -> !Objects.equals(a.getId(), ignoredApplicationId))
                .filter(a -> a.getStatus().isOpen())
                .anyMatch(a -> service.isDeposit() ? a.getService().isDeposit() : a.getService() == service);
        if (open) {
            return new DepositEligibility(false, "deposit.eligibility.alreadyOpen");
        }
        boolean deposited = records.findByApplicantIdAndStatus(applicantId, DepositRecordStatus.DEPOSITED).isPresent();
        return rules.eligibility(service, answers, deposited);
    }

    /** Refuses with the table's reason; a deposit form without its answers yet is left to the form's checks. */
    void requireAdmissible(Long applicantId, DepositForm form, Long ignoredApplicationId) {
        if (form.getService() == null) {
            return;
        }
        EligibilityAnswers answers = form.answers();
        if (form.getService().isDeposit() && (answers.applicantGroup() == null || answers.archiveKeeper() == null)) {
            DepositEligibility open = eligibility(applicantId, form.getService(), new EligibilityAnswers(null, null),
                    ignoredApplicationId);
            if ("deposit.eligibility.alreadyOpen".equals(open.reasonKey())) {
                throw new UserFacingException(open.reasonKey());
            }
            return;
        }
        DepositEligibility eligibility = eligibility(applicantId, form.getService(), answers, ignoredApplicationId);
        if (!eligibility.eligible()) {
            throw new UserFacingException(eligibility.reasonKey());
        }
    }

    List<HistoryRow> history(DepositForm form) {
        return form.getDomesticHistory().stream().filter(r -> r != null && !r.isBlank())
                .map(r -> new HistoryRow(r.getFrom(), r.getTo(), r.getOrganisation().strip(), r.getRole().strip()))
                .toList();
    }

    List<StudyRow> study(DepositForm form) {
        return form.getOverseasStudy().stream().filter(r -> r != null && !r.isBlank())
                .map(r -> new StudyRow(r.getFrom(), r.getTo(), r.getInstitution().strip(), r.getDegree().strip(),
                        r.getCertificationNo().strip()))
                .toList();
    }

    /** The form's uploads, which must be the applicant's own (another's document is a 404), linked to the case. */
    List<DepositUpload> attach(ApplicantPrincipal applicant, DepositForm form, String caseKey, Instant now) {
        return form.getUploads().stream().filter(u -> u.getDocumentId() != null && u.getKind() != null).map(u -> {
            StoredDocument document = documents.describeOwned(u.getDocumentId(), applicant);
            documents.attachToCase(document.getId(), caseKey);
            return new DepositUpload(u.getKind(), document.getId(), document.getOriginalName(), now);
        }).toList();
    }

    /** The form of an existing application, for "modify application". */
    public DepositForm formOf(DepositApplication application) {
        DepositForm form = new DepositForm();
        form.setService(application.getService());
        application.getParticulars().copyTo(form);
        application.getDomesticHistory().forEach(r -> form.getDomesticHistory()
                .add(new DepositForm.HistoryLine(r.getFrom(), r.getTo(), r.getOrganisation(), r.getRole())));
        application.getOverseasStudy().forEach(r -> form.getOverseasStudy()
                .add(new DepositForm.StudyLine(r.getFrom(), r.getTo(), r.getInstitution(), r.getDegree(), r.getCertificationNo())));
        application.getUploads().forEach(u -> form.getUploads()
                .add(new DepositForm.UploadRef(u.getKind(), u.getDocumentId(), u.getFileName())));
        form.setAgreementAccepted(application.getAgreementAcceptedAt() != null);
        return form;
    }
}
