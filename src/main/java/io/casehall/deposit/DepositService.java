package io.casehall.deposit;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.deposit.submission.DepositModifications;
import io.casehall.deposit.submission.DepositStatement;
import io.casehall.deposit.submission.DepositSubmissions;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.document.DocumentContent;
import io.casehall.shared.document.DocumentStore;
import io.casehall.shared.web.FormProblem;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archive office's applicant API, what the portal calls: eligibility before the form, the prefilled form,
 * submit, modify, cancel, the applicant's own applications and archive status. Refusals are
 * {@link UserFacingException}s (a form's problems all together in a {@link DepositFormException}); another
 * applicant's application is a {@link NotFoundException}, never their data.
 */
@Service
public class DepositService {

    private final DepositApplicationRepository applications;
    private final ArchiveDepositRecordRepository records;
    private final DepositSubmissions submissions;
    private final DepositModifications modifications;
    private final DepositStatement statement;
    private final DocumentStore documents;
    private final RuntimeService runtime;
    private final AuditLog audit;

    DepositService(DepositApplicationRepository applications, ArchiveDepositRecordRepository records,
                   DepositSubmissions submissions, DepositModifications modifications, DepositStatement statement,
                   DocumentStore documents, RuntimeService runtime, AuditLog audit) {
        this.applications = applications;
        this.records = records;
        this.submissions = submissions;
        this.modifications = modifications;
        this.statement = statement;
        this.documents = documents;
        this.runtime = runtime;
        this.audit = audit;
    }

    /**
     * Whether the applicant may apply for the service with these answers (the DMN {@code depositEligibility}, after
     * the one-open-application rule); the reason key is shown before the form is filled. Not read-only: evaluating a
     * decision writes its history.
     */
    @Transactional
    public DepositEligibility eligibility(Long applicantId, DepositServiceType service, EligibilityAnswers answers) {
        return statement.eligibility(applicantId, service, answers, null);
    }

    /** A new form prefilled from the verified identity (name, gender, ID number shown, never typed) and the account. */
    @Transactional(readOnly = true)
    public DepositForm newForm(ApplicantPrincipal applicant, DepositServiceType service) {
        return submissions.newForm(applicant.applicantId(), service);
    }

    /** The form of one of the applicant's applications, for "修改申请". */
    @Transactional(readOnly = true)
    public DepositForm modificationForm(ApplicantPrincipal applicant, Long applicationId) {
        DepositApplication application = own(applicant.applicantId(), applicationId);
        DepositForm form = statement.formOf(application);
        form.setFullName(application.getFullName());
        form.setGender(application.getGender());
        return form;
    }

    /** Stores new uploads on the form without submitting (problems per slot), e.g. for an "upload" button. */
    public List<FormProblem> storeUploads(ApplicantPrincipal applicant, DepositForm form, List<NewUpload> uploads) {
        return submissions.storeUploads(applicant, form, uploads);
    }

    /** Submits and starts the case; see {@link DepositSubmissions#submit}. */
    public DepositApplication submit(ApplicantPrincipal applicant, DepositForm form, List<NewUpload> uploads) {
        return submissions.submit(applicant, form, uploads);
    }

    /** Modifies while 申请已提交 (not yet taken) or 审核不通过 (then it goes back to audit); refused otherwise. */
    public DepositApplication modify(ApplicantPrincipal applicant, Long applicationId, DepositForm form,
                                     List<NewUpload> uploads) {
        return modifications.modify(applicant, own(applicant.applicantId(), applicationId), form, uploads);
    }

    /** Cancels while 申请已提交 or 审核不通过; the model ends the case (only its audit stage listens). */
    @Transactional
    public void cancel(ApplicantPrincipal applicant, Long applicationId) {
        DepositApplication application = own(applicant.applicantId(), applicationId);
        if (!application.getStatus().isCancellable()) {
            throw new UserFacingException("deposit.error.notCancellable", application.getNumber());
        }
        try {
            runtime.createMessageCorrelation(ArchiveDepositProcess.MESSAGE_CANCELLED)
                    .processInstanceId(application.getProcessInstanceId())
                    .correlate();
        } catch (MismatchingMessageCorrelationException notListening) {
            // Cancellable by status, but the case has not reached its audit stage yet (the first notice runs first).
            throw new UserFacingException("deposit.error.notReadyYet", application.getNumber());
        }
        audit.record(applicant, "DEPOSIT_CANCEL_REQUESTED", "deposit-application", application.getNumber(), null);
    }

    /** One of the applicant's applications with its rows, rounds and envelope events; anyone else's is a 404. */
    @Transactional(readOnly = true)
    public DepositApplication findOwned(Long applicantId, Long applicationId) {
        return ownWithRows(applicantId, applicationId);
    }

    /**
     * The applicant's applications, newest first, with their rows (the seed's list: 申请业务类型, 审核状态, 申请时间,
     * 审核/取消时间; actions by {@link DepositStatus#isModifiable()} / {@link DepositStatus#isCancellable()}).
     */
    @Transactional(readOnly = true)
    public List<DepositApplication> listOwned(Long applicantId) {
        List<DepositApplication> mine = applications.findByApplicantIdOrderBySubmittedAtDesc(applicantId);
        mine.forEach(DepositApplication::initializeRows);
        return mine;
    }

    /** 档案状态 / 档案编号 at the top of the user centre. */
    @Transactional(readOnly = true)
    public ArchiveStatus archiveStatus(Long applicantId) {
        return records.findByApplicantIdAndStatus(applicantId, DepositRecordStatus.DEPOSITED)
                .map(r -> new ArchiveStatus(true, r.getArchiveNumber(), r.getDepositedAt()))
                .orElse(ArchiveStatus.NOT_DEPOSITED);
    }

    /** An upload of one of the applicant's own applications (the read is audited by the store). */
    @Transactional
    public DocumentContent readUpload(ApplicantPrincipal applicant, Long applicationId, UUID documentId) {
        DepositApplication application = ownWithRows(applicant.applicantId(), applicationId);
        application.upload(documentId).orElseThrow(NotFoundException::new);
        return documents.read(documentId, applicant);
    }

    private DepositApplication own(Long applicantId, Long applicationId) {
        return applications.findById(applicationId)
                .filter(a -> a.getApplicantId().equals(applicantId))
                .orElseThrow(NotFoundException::new);
    }

    private DepositApplication ownWithRows(Long applicantId, Long applicationId) {
        DepositApplication application = own(applicantId, applicationId);
        application.initializeRows();
        return application;
    }
}
