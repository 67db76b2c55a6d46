package io.casehall.account.realname;

import static io.casehall.account.realname.RealNameVerificationProcess.*;

import io.casehall.account.AccountService;
import io.casehall.account.ApplicantAccount;
import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.RealNameStatus;
import io.casehall.account.registry.GraduateRecord;
import io.casehall.account.registry.GraduateRegistryService;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.document.DocumentStore;
import io.casehall.shared.document.StoredDocument;
import io.casehall.shared.document.UploadPolicy;
import io.casehall.shared.identity.ChineseIdNumber;
import io.casehall.shared.notification.Notice;
import io.casehall.shared.notification.NotificationService;
import io.casehall.shared.security.Actor;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Real-name verification (实名认证): takes the applicant's form into a request, runs it through the
 * {@code realNameVerification} process, and applies the outcome to the account. The process decides
 * the path (registry match, DMN, review); this service only does what each step asks.
 */
@Service
public class RealNameService {

    private final RealNameRequestRepository requests;
    private final AccountService accounts;
    private final GraduateRegistryService registry;
    private final DocumentStore documents;
    private final NotificationService notifications;
    private final RuntimeService runtimeService;
    private final AuditLog auditLog;
    private final Clock clock;

    RealNameService(RealNameRequestRepository requests, AccountService accounts, GraduateRegistryService registry,
                    DocumentStore documents, NotificationService notifications, RuntimeService runtimeService,
                    AuditLog auditLog, Clock clock) {
        this.requests = requests;
        this.accounts = accounts;
        this.registry = registry;
        this.documents = documents;
        this.notifications = notifications;
        this.runtimeService = runtimeService;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<RealNameRequest> latest(Long applicantId) {
        return requests.findFirstByApplicantIdOrderByIdDesc(applicantId);
    }

    /** Stores the document photo as soon as it arrives, so a form sent back for corrections keeps it. */
    @Transactional
    public UUID storePhoto(ApplicantPrincipal applicant, String fileName, byte[] content) {
        return documents.store(applicant, UploadPolicy.ID_PHOTO, fileName, content).getId();
    }

    /**
     * Submits a validated form. A pending request is replaced by this one (the process goes back to the
     * registry match with the new data); otherwise a new verification case starts.
     */
    @Transactional
    public RealNameRequest submit(ApplicantPrincipal applicant, RealNameForm form) {
        Long applicantId = applicant.applicantId();
        ApplicantAccount account = accounts.get(applicantId);
        if (account.getRealNameStatus() == RealNameStatus.VERIFIED) {
            throw new UserFacingException("realname.alreadyVerified");
        }
        if (form.getPhotoDocumentId() == null) {
            throw new UserFacingException("realname.photo.required");
        }
        StoredDocument photo = documents.describeOwned(form.getPhotoDocumentId(), applicant);
        String number = ChineseIdNumber.normalize(form.getDocumentNumber());
        if (accounts.isIdNumberVerifiedByAnother(number, applicantId)) {
            throw new UserFacingException("realname.idNumber.taken");
        }

        requests.findByApplicantIdAndStatus(applicantId, RequestStatus.PENDING).forEach(RealNameRequest::supersede);
        RealNameRequest request = requests.saveAndFlush(
                new RealNameRequest(applicantId, form, number, photo.getId(), clock.instant()));
        String caseKey = businessKey(applicantId);
        documents.attachToCase(photo.getId(), caseKey);
        accounts.markRealNamePending(applicantId);
        auditLog.record(applicant, "REALNAME_SUBMITTED", "realname-request", request.getId(),
                request.getDocumentType().name());

        ProcessInstance running = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(caseKey).active().singleResult();
        if (running != null && isWaitingForReview(running.getId())) {
            runtimeService.createMessageCorrelation(MESSAGE_RESUBMITTED).processInstanceId(running.getId())
                    .setVariable(VAR_REQUEST_ID, request.getId()).correlateWithResult();
        } else {
            runtimeService.startProcessInstanceByKey(KEY, caseKey, Map.of(VAR_APPLICANT_ID, applicantId,
                    VAR_REQUEST_ID, request.getId(), VAR_CASE_TITLE, account.getFullName()));
        }
        return requests.findById(request.getId()).orElseThrow();
    }

    private boolean isWaitingForReview(String processInstanceId) {
        return runtimeService.createEventSubscriptionQuery().processInstanceId(processInstanceId)
                .eventType("message").eventName(MESSAGE_RESUBMITTED).count() > 0;
    }

    /** Compares a request with the graduate registry row holding its document number. */
    @Transactional(readOnly = true)
    public RegistryMatch matchRegistry(Long requestId) {
        RealNameRequest request = get(requestId);
        ApplicantAccount account = accounts.get(request.getApplicantId());
        Optional<GraduateRecord> row = registry.findForVerification(request.getDocumentNumber(), request.getStudentNo());
        if (row.isEmpty()) {
            return new RegistryMatch(false, false, false, "无");
        }
        GraduateRecord record = row.get();
        String summary = "%s，学号 %s，%s %s".formatted(record.getFullName(), record.getStudentNo(),
                Objects.toString(record.getDepartment(), ""), Objects.toString(record.getMajor(), "")).trim();
        return new RegistryMatch(true, GraduateRegistryService.sameName(record.getFullName(), account.getFullName()),
                GraduateRegistryService.normalizeStudentNo(request.getStudentNo()).equals(record.getStudentNo()),
                summary);
    }

    @Transactional
    public void approve(Long requestId, String reviewedBy) {
        RealNameRequest request = get(requestId);
        if (request.getStatus() != RequestStatus.PENDING) {
            return; // already decided: a retried job must not decide twice
        }
        if (accounts.isIdNumberVerifiedByAnother(request.getDocumentNumber(), request.getApplicantId())) {
            throw new UserFacingException("realname.idNumber.taken");
        }
        boolean automatically = reviewedBy == null;
        request.approve(automatically ? Actor.SYSTEM.actorId() : reviewedBy, clock.instant(), automatically);
        accounts.markRealNameVerified(request.getApplicantId(), request.getDocumentNumber(), request.getStudentNo());
        auditLog.record("REALNAME_APPROVED", "realname-request", requestId, automatically ? "auto" : reviewedBy);
    }

    @Transactional
    public void reject(Long requestId, String reviewedBy, String reason) {
        RealNameRequest request = get(requestId);
        if (request.getStatus() != RequestStatus.PENDING) {
            return;
        }
        request.reject(reviewedBy, clock.instant(), reason);
        accounts.markRealNameRejected(request.getApplicantId());
        auditLog.record("REALNAME_REJECTED", "realname-request", requestId, reason);
    }

    /** Remembers why the request needs a person, so the applicant's page can say it is under review. */
    @Transactional
    public void awaitReview(Long requestId, String hint) {
        get(requestId).awaitReview(hint);
    }

    /** Tells the applicant the outcome, in the message centre and by e-mail/SMS; safe to retry. */
    @Transactional
    public void notifyOutcome(Long requestId) {
        RealNameRequest request = get(requestId);
        String key = switch (request.getStatus()) {
            case APPROVED -> "notice.realname.approved";
            case REJECTED -> "notice.realname.rejected";
            default -> null;
        };
        if (key != null) {
            notifications.notify(accounts.recipientOf(request.getApplicantId()),
                    Notice.of("realname-outcome-" + requestId, key, "/realname",
                            Objects.toString(request.getDecisionReason(), "")));
        }
    }

    @Transactional(readOnly = true)
    public RealNameRequest get(Long requestId) {
        return requests.findById(requestId).orElseThrow(NotFoundException::new);
    }
}
