package io.casehall.deposit.process;

import io.casehall.account.AccountService;
import io.casehall.deposit.ArchiveDepositRecord;
import io.casehall.deposit.ArchiveDepositRecordRepository;
import io.casehall.deposit.DepositApplication;
import io.casehall.deposit.DepositApplicationRepository;
import io.casehall.deposit.DepositDocumentIssuer;
import io.casehall.deposit.DepositRecordStatus;
import io.casehall.deposit.DepositServiceType;
import io.casehall.deposit.DepositStatus;
import io.casehall.deposit.DepositSummary;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.notification.Notice;
import io.casehall.shared.notification.NotificationService;
import io.casehall.shared.notification.Recipient;
import io.casehall.shared.numbering.BusinessNumbers;
import io.casehall.shared.security.Actor;
import io.casehall.shared.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the process does to the case file, one method per service task or listener. Each is safe to run again (a
 * retried job changes nothing twice) and leaves an audit entry naming who did it.
 */
@Service
class DepositCaseWork {

    static final String ARCHIVE_NUMBER_SERIES = "deposit-archive";
    static final String PORTAL_LINK = "/apply/deposit/applications/";

    private final DepositApplicationRepository applications;
    private final ArchiveDepositRecordRepository records;
    private final DepositDocumentIssuer issuer;
    private final DepositSummary summary;
    private final BusinessNumbers numbers;
    private final AccountService accounts;
    private final NotificationService notifications;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    DepositCaseWork(DepositApplicationRepository applications, ArchiveDepositRecordRepository records,
                    DepositDocumentIssuer issuer, DepositSummary summary, BusinessNumbers numbers,
                    AccountService accounts, NotificationService notifications, MessageSource messages,
                    AuditLog audit, Clock clock) {
        this.applications = applications;
        this.records = records;
        this.issuer = issuer;
        this.summary = summary;
        this.numbers = numbers;
        this.accounts = accounts;
        this.notifications = notifications;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    DepositApplication get(Long applicationId) {
        return applications.findById(applicationId).orElseThrow(NotFoundException::new);
    }

    @Transactional
    String summary(Long applicationId) {
        return summary.of(get(applicationId));
    }

    /** 审核中 when an auditor takes the application (and 申请已提交 again when they give it back); the applicant is told. */
    @Transactional
    void auditorAssigned(Long applicationId, String assignee, String dedupKey) {
        DepositApplication application = get(applicationId);
        DepositStatus before = application.getStatus();
        application.auditorAssigned(assignee != null, clock.instant());
        if (application.getStatus() != before) {
            audit.record(staff(assignee), assignee == null ? "DEPOSIT_AUDIT_RELEASED" : "DEPOSIT_AUDIT_TAKEN",
                    "deposit-application", application.getNumber(), null);
            notify(application, application.getStatus() == DepositStatus.IN_AUDIT ? "inAudit" : "submitted", dedupKey);
        }
    }

    @Transactional
    void recordAudit(Long applicationId, String decision, String reason, String staffUser) {
        DepositApplication application = get(applicationId);
        if (application.getStatus() == DepositStatus.APPROVED || application.getStatus() == DepositStatus.REJECTED) {
            return;
        }
        application.audited(decision, reason, staffUser, clock.instant());
        audit.record(staff(staffUser), "DEPOSIT_AUDITED", "deposit-application", application.getNumber(), decision);
    }

    /** The sealed document of the approval, once: a retried job keeps the one already issued. */
    @Transactional
    void issueDocument(Long applicationId) {
        DepositApplication application = get(applicationId);
        if (application.getDocumentRef() != null) {
            return;
        }
        application.documentIssued(issuer.issue(application));
        audit.record(Actor.SYSTEM, "DEPOSIT_DOCUMENT_ISSUED", "deposit-application", application.getNumber(),
                application.getDocumentRef());
    }

    /** With the slip: the archive is deposited and numbered. Without: the return is recorded with its reason. */
    @Transactional
    void recordEnvelope(Long applicationId, boolean withSlip, String reason, String staffUser) {
        DepositApplication application = get(applicationId);
        Instant now = clock.instant();
        if (!withSlip) {
            application.envelopeReturned(reason, staffUser, now);
            audit.record(staff(staffUser), "DEPOSIT_ENVELOPE_RETURNED", "deposit-application", application.getNumber(), reason);
            return;
        }
        if (application.getStatus() == DepositStatus.DEPOSITED) {
            return;
        }
        String archiveNumber = numbers.next(ARCHIVE_NUMBER_SERIES);
        application.envelopeReceived(archiveNumber, staffUser, now);
        records.save(new ArchiveDepositRecord(application.getApplicantId(), archiveNumber, application.getId(), now));
        audit.record(staff(staffUser), "DEPOSIT_ARCHIVE_DEPOSITED", "deposit-application", application.getNumber(), archiveNumber);
    }

    /** Transfer out or certificate done; a transfer out also ends the archive's stay. */
    @Transactional
    void completeService(Long applicationId) {
        DepositApplication application = get(applicationId);
        if (application.getStatus() == DepositStatus.COMPLETED) {
            return;
        }
        Instant now = clock.instant();
        if (application.getService() == DepositServiceType.TRANSFER_OUT) {
            records.findByApplicantIdAndStatus(application.getApplicantId(), DepositRecordStatus.DEPOSITED)
                    .ifPresent(record -> record.transferredOut(application.getId(), now));
        }
        application.completed(now);
        audit.record(Actor.SYSTEM, "DEPOSIT_COMPLETED", "deposit-application", application.getNumber(),
                application.getService().code());
    }

    @Transactional
    void cancel(Long applicationId) {
        DepositApplication application = get(applicationId);
        if (application.getStatus() != DepositStatus.CANCELLED) {
            application.cancelled(clock.instant());
            audit.record(Actor.SYSTEM, "DEPOSIT_CANCELLED", "deposit-application", application.getNumber(), null);
        }
    }

    @Transactional
    void envelopeOverdue(Long applicationId) {
        DepositApplication application = get(applicationId);
        application.envelopeReminded(clock.instant());
        audit.record(Actor.SYSTEM, "DEPOSIT_ENVELOPE_OVERDUE", "deposit-application", application.getNumber(), null);
    }

    @Transactional
    void lapse(Long applicationId) {
        DepositApplication application = get(applicationId);
        if (application.getStatus() != DepositStatus.LAPSED) {
            application.lapsed(clock.instant());
            audit.record(Actor.SYSTEM, "DEPOSIT_LAPSED", "deposit-application", application.getNumber(), null);
        }
    }

    /** Tells the applicant (message centre, e-mail, SMS); {@code dedupKey} makes a retried job send once. */
    @Transactional
    void notifyApplicant(Long applicationId, String notice, String dedupKey) {
        notify(get(applicationId), notice, dedupKey);
    }

    private void notify(DepositApplication a, String notice, String dedupKey) {
        Recipient recipient = accounts.recipientOf(a.getApplicantId());
        String service = messages.getMessage(a.getService().labelKey(), null, recipient.locale());
        String reason = a.getStatus() == DepositStatus.REJECTED ? a.getRejectionReason()
                : a.getEnvelopeEvents().isEmpty() ? null : a.getEnvelopeEvents().get(a.getEnvelopeEvents().size() - 1).getReason();
        notifications.notify(recipient, Notice.of(dedupKey, "deposit.notice." + notice, PORTAL_LINK + a.getId(),
                a.getNumber(), service, nz(reason), nz(a.getArchiveNumber())));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static Actor staff(String user) {
        return Actor.of(Actor.Kind.STAFF, user == null ? "unknown" : user);
    }
}
