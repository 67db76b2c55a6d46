package io.casehall.deposit.submission;

import io.casehall.account.AccountService;
import io.casehall.account.ApplicantAccount;
import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.ApplicantProfile;
import io.casehall.account.ApplicantProfiles;
import io.casehall.deposit.ArchiveDepositProcess;
import io.casehall.deposit.DepositApplication;
import io.casehall.deposit.DepositApplicationRepository;
import io.casehall.deposit.DepositForm;
import io.casehall.deposit.DepositFormException;
import io.casehall.deposit.DepositParticulars;
import io.casehall.deposit.DepositServiceType;
import io.casehall.shared.web.FormProblem;
import io.casehall.deposit.NewUpload;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.document.DocumentRejectedException;
import io.casehall.shared.document.DocumentStore;
import io.casehall.shared.document.StoredDocument;
import io.casehall.shared.document.UploadPolicy;
import io.casehall.shared.identity.ChineseIdNumber;
import io.casehall.shared.masking.Masking;
import io.casehall.shared.numbering.BusinessNumbers;
import io.casehall.shared.web.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * New applications: the form prefilled from the verified identity, uploads stored at once (so a refused form keeps
 * them), the checks, and the submission that starts the case. Modifications reuse the same statement
 * ({@link DepositStatement}).
 */
@Service
public class DepositSubmissions {

    static final String NUMBER_SERIES = "deposit";

    private final DepositApplicationRepository applications;
    private final DepositFormValidator validator;
    private final DepositStatement statement;
    private final ApplicantProfiles profiles;
    private final AccountService accounts;
    private final DocumentStore documents;
    private final BusinessNumbers numbers;
    private final RuntimeService runtime;
    private final Masking masking;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    DepositSubmissions(DepositApplicationRepository applications, DepositFormValidator validator,
                       DepositStatement statement, ApplicantProfiles profiles, AccountService accounts,
                       DocumentStore documents, BusinessNumbers numbers, RuntimeService runtime, Masking masking,
                       AuditLog audit, Clock clock, PlatformTransactionManager transactions) {
        this.applications = applications;
        this.validator = validator;
        this.statement = statement;
        this.profiles = profiles;
        this.accounts = accounts;
        this.documents = documents;
        this.numbers = numbers;
        this.runtime = runtime;
        this.masking = masking;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A new form: identity shown from the verified account, birth date from the ID number, contacts from the account. */
    public DepositForm newForm(Long applicantId, DepositServiceType service) {
        ApplicantProfile profile = profiles.of(applicantId);
        ApplicantAccount account = accounts.get(applicantId);
        DepositForm form = new DepositForm();
        form.setService(service);
        form.setSubmissionKey(UUID.randomUUID().toString());
        showIdentity(form, profile.fullName(), profile.gender(), profile.idNumber());
        form.setBirthDate(ChineseIdNumber.birthDate(profile.idNumber()).orElse(null));
        form.setMobile(account.getMobile());
        form.setEmail(account.getEmail());
        if (service.isDeposit()) {
            form.getDomesticHistory().add(new DepositForm.HistoryLine());
            form.getOverseasStudy().add(new DepositForm.StudyLine());
        }
        return form;
    }

    void showIdentity(DepositForm form, String fullName, String gender, String idNumber) {
        form.setFullName(fullName);
        form.setGender(gender);
        form.setMaskedIdNumber(masking.idNumber(idNumber));
    }

    /**
     * Stores each new upload (content-checked) in its own transaction and puts it on the form; a refused file
     * becomes a problem of its slot. Returns the problems.
     */
    public List<FormProblem> storeUploads(ApplicantPrincipal applicant, DepositForm form, List<NewUpload> uploads) {
        List<FormProblem> problems = new ArrayList<>();
        for (NewUpload upload : uploads) {
            if (upload == null || upload.content() == null || upload.content().length == 0) {
                continue;
            }
            try {
                StoredDocument stored = documents.store(applicant, UploadPolicy.DEPOSIT_MATERIAL, upload.fileName(),
                        upload.content());
                form.putUpload(new DepositForm.UploadRef(upload.kind(), stored.getId(), stored.getOriginalName()));
            } catch (DocumentRejectedException rejected) {
                // The seed's limit is "under 1 MB": say so, rather than the store's "at most 1023 KB".
                problems.add("upload.tooLarge".equals(rejected.messageKey())
                        ? new FormProblem("uploads." + upload.kind().name(), "deposit.form.uploadTooLarge", upload.fileName())
                        : new FormProblem("uploads." + upload.kind().name(), rejected.messageKey(), rejected.args()));
            }
        }
        return problems;
    }

    /** Everything wrong with the form (uploads already stored, see {@link #storeUploads}). */
    public List<FormProblem> check(DepositForm form) {
        return validator.check(form, LocalDate.now(clock));
    }

    /**
     * Submits and starts the case. Refused: a second open application of the same kind, an applicant the
     * eligibility table does not serve, and a form with problems (all of them, see {@link DepositFormException}).
     * The same form sent twice (same submission key) returns the application the first one created.
     */
    public DepositApplication submit(ApplicantPrincipal applicant, DepositForm form, List<NewUpload> uploads) {
        var existing = applications.findBySubmissionKey(form.getSubmissionKey() == null ? "" : form.getSubmissionKey());
        if (existing.isPresent()) {
            if (!existing.get().getApplicantId().equals(applicant.applicantId())) {
                throw new NotFoundException();
            }
            return existing.get();
        }
        ApplicantProfile profile = profiles.of(applicant.applicantId());
        statement.requireAdmissible(applicant.applicantId(), form, null);
        List<FormProblem> problems = new ArrayList<>(storeUploads(applicant, form, uploads));
        problems.addAll(check(form));
        if (!problems.isEmpty()) {
            throw new DepositFormException(problems);
        }
        if (form.getSubmissionKey() == null || form.getSubmissionKey().isBlank()) {
            form.setSubmissionKey(UUID.randomUUID().toString());
        }
        return transaction.execute(status -> start(applicant, profile, form));
    }

    private DepositApplication start(ApplicantPrincipal applicant, ApplicantProfile profile, DepositForm form) {
        statement.requireAdmissible(applicant.applicantId(), form, null);
        var now = clock.instant();
        DepositApplication application = new DepositApplication(numbers.next(NUMBER_SERIES), form.getSubmissionKey(),
                applicant.applicantId(), form.getService(), profile.fullName(), profile.gender(), profile.idNumber(), now);
        String caseKey = ArchiveDepositProcess.businessKey(application.getNumber());
        application.stated(DepositParticulars.of(form), statement.history(form), statement.study(form),
                statement.attach(applicant, form, caseKey, now), form.getService().isDeposit() ? now : null);
        applications.saveAndFlush(application);
        var instance = runtime.startProcessInstanceByKey(ArchiveDepositProcess.KEY, caseKey, Variables.createVariables()
                .putValue(ArchiveDepositProcess.VAR_APPLICATION_ID, application.getId())
                .putValue(ArchiveDepositProcess.VAR_APPLICATION_NUMBER, application.getNumber())
                .putValue(ArchiveDepositProcess.VAR_CASE_TITLE, application.getNumber() + " " + profile.fullName())
                .putValue(ArchiveDepositProcess.VAR_CASE_LINK, "/staff/deposit/" + application.getId())
                .putValue(ArchiveDepositProcess.VAR_APPLICANT, ArchiveDepositProcess.applicantAssignee(applicant.applicantId()))
                .putValue(ArchiveDepositProcess.VAR_SERVICE, form.getService().code())
                .putValue(ArchiveDepositProcess.VAR_BRINGS_ARCHIVE_IN, form.getService().isDeposit()));
        application.startedAs(instance.getProcessInstanceId());
        audit.record(applicant, "DEPOSIT_SUBMITTED", "deposit-application", application.getNumber(),
                form.getService().code());
        return application;
    }
}
