package io.casehall.archive.process;

import io.casehall.account.AccountService;
import io.casehall.account.ApplicantProfile;
import io.casehall.account.ApplicantProfiles;
import io.casehall.archive.ApplicationStatus;
import io.casehall.archive.ArchiveApplication;
import io.casehall.archive.ArchiveApplicationRepository;
import io.casehall.archive.ArchiveItem;
import io.casehall.archive.ArchiveLabels;
import io.casehall.archive.ArchiveRules;
import io.casehall.archive.ArchiveUseProcess;
import io.casehall.archive.IssuedPdf;
import io.casehall.archive.IssuedPdfRepository;
import io.casehall.archive.content.ContentLine;
import io.casehall.archive.content.DocumentContents;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.notification.Notice;
import io.casehall.shared.notification.NotificationService;
import io.casehall.shared.seal.SealedPdf;
import io.casehall.shared.seal.SealedPdfs;
import io.casehall.shared.seal.VerificationAddress;
import io.casehall.shared.security.Actor;
import io.casehall.shared.web.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the process does to the case file, one method per service task: record the clerk's check, charge,
 * confirm receipt, proofreading rounds, sealed PDFs, completion, cancellation, refund and notices. Each is
 * safe to run again (a retried job changes nothing twice).
 */
@Service
class ArchiveCaseWork {

    private final ArchiveApplicationRepository applications;
    private final IssuedPdfRepository pdfs;
    private final ArchiveRules rules;
    private final DocumentContents contents;
    private final ApplicantProfiles profiles;
    private final AccountService accounts;
    private final NotificationService notifications;
    private final SealedPdfs sealedPdfs;
    private final ArchiveLabels labels;
    private final AuditLog audit;
    private final Clock clock;
    private final VerificationAddress verification;

    ArchiveCaseWork(ArchiveApplicationRepository applications, IssuedPdfRepository pdfs, ArchiveRules rules,
                    DocumentContents contents, ApplicantProfiles profiles, AccountService accounts,
                    NotificationService notifications, SealedPdfs sealedPdfs, ArchiveLabels labels, AuditLog audit,
                    Clock clock, VerificationAddress verification) {
        this.applications = applications;
        this.pdfs = pdfs;
        this.rules = rules;
        this.contents = contents;
        this.profiles = profiles;
        this.accounts = accounts;
        this.notifications = notifications;
        this.sealedPdfs = sealedPdfs;
        this.labels = labels;
        this.audit = audit;
        this.clock = clock;
        this.verification = verification;
    }

    ArchiveApplication get(Long applicationId) {
        return applications.findById(applicationId).orElseThrow(NotFoundException::new);
    }

    /** The Tasklist summary of the case as it is now (latest notes, opinion and proofreading remark). */
    @Transactional
    String summary(Long applicationId) {
        ArchiveApplication application = get(applicationId);
        return CaseSummary.of(application, profiles.of(application.getApplicantId()).fullName(), labels);
    }

    /** The clerk's decision: accepted cases get their documents' first drafts; returned ones wait for the applicant. */
    @Transactional
    void recordCheck(Long applicationId, String decision, String opinion, String staffUser) {
        ArchiveApplication application = get(applicationId);
        Instant now = clock.instant();
        application.handledBy(staffUser, now);
        application.staffOpinion(opinion);
        switch (decision) {
            case ArchiveUseProcess.DECISION_ACCEPT -> {
                application.moveTo(ApplicationStatus.IN_PROGRESS, now);
                draftContents(application);
            }
            case ArchiveUseProcess.DECISION_REJECT -> application.moveTo(ApplicationStatus.REJECTED, now);
            case ArchiveUseProcess.DECISION_RETURN -> application.moveTo(ApplicationStatus.RETURNED, now);
            default -> throw new IllegalArgumentException("Unknown check decision " + decision);
        }
        audit.record(staff(staffUser), "ARCHIVE_CHECKED", "archive-application", application.getNumber(), decision);
    }

    private void draftContents(ArchiveApplication application) {
        ApplicantProfile profile = profiles.of(application.getApplicantId());
        for (ArchiveItem item : application.getItems()) {
            if (item.getContent().isEmpty()) {
                item.replaceContent(contents.draft(item, profile.fullName(), profile.gender()));
            }
        }
    }

    /** The fee the DMN table gives: the sum over items of item × copies × delivery mode (not read-only: decisions write history). */
    @Transactional
    BigDecimal suggestedFee(Long applicationId) {
        ArchiveApplication application = get(applicationId);
        return application.getItems().stream()
                .map(item -> rules.feeOf(item.getType(), item.getCopies(), application.getDeliveryMode()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Transactional
    void openPayment(Long applicationId, BigDecimal amount, String staffUser) {
        ArchiveApplication application = get(applicationId);
        application.payment().chargeRaised(amount, clock.instant());
        application.handledBy(staffUser, clock.instant());
        audit.record(staff(staffUser), "ARCHIVE_CHARGE_RAISED", "archive-application", application.getNumber(),
                amount.toPlainString());
    }

    @Transactional
    void recordReceipt(Long applicationId, boolean received, String staffUser) {
        ArchiveApplication application = get(applicationId);
        if (received) {
            application.payment().receiptConfirmed(clock.instant());
        } else {
            application.payment().paymentNotReceived();
        }
        application.handledBy(staffUser, clock.instant());
        audit.record(staff(staffUser), received ? "ARCHIVE_RECEIPT_CONFIRMED" : "ARCHIVE_RECEIPT_MISSING",
                "archive-application", application.getNumber(), null);
    }

    @Transactional
    void startProofreading(Long applicationId, String staffUser) {
        ArchiveApplication application = get(applicationId);
        application.proofreadingRequested(clock.instant());
        application.handledBy(staffUser, clock.instant());
    }

    /** The proofreader takes the applicant's corrections, or answers them; the applicant then looks again. */
    @Transactional
    void recordAnswer(Long applicationId, boolean acceptCorrections, String reply, String staffUser) {
        ArchiveApplication application = get(applicationId);
        for (ArchiveItem item : application.getItems()) {
            for (ContentLine line : item.getContent()) {
                if (acceptCorrections) {
                    line.acceptProposal();
                } else {
                    line.dismissProposal();
                }
            }
        }
        application.proofreadingAnswered(reply);
        application.handledBy(staffUser, clock.instant());
        audit.record(staff(staffUser), acceptCorrections ? "ARCHIVE_CORRECTIONS_ACCEPTED" : "ARCHIVE_CORRECTIONS_ANSWERED",
                "archive-application", application.getNumber(), null);
    }

    /** Seals one PDF per item from its content; items that already have theirs are skipped. */
    @Transactional
    void issuePdfs(Long applicationId) {
        ArchiveApplication application = get(applicationId);
        Actor owner = Actor.of(Actor.Kind.APPLICANT, String.valueOf(application.getApplicantId()));
        String caseKey = ArchiveUseProcess.businessKey(application.getNumber());
        for (ArchiveItem item : application.getItems()) {
            if (pdfs.findByItemId(item.getId()).isPresent()) {
                continue;
            }
            String fileName = application.getNumber() + "-" + labels.item(item.getType()) + ".pdf";
            SealedPdf sealed = sealedPdfs.issue(caseKey, owner, fileName, contents.layout(item));
            pdfs.save(new IssuedPdf(application.getId(), item.getId(), sealed.documentId(),
                    sealed.verificationNumber(), sealed.fileName(), clock.instant()));
        }
    }

    @Transactional
    void complete(Long applicationId, String pickupPlace, String pickupTime, String trackingNumber, String staffUser) {
        ArchiveApplication application = get(applicationId);
        if (application.getStatus() == ApplicationStatus.COMPLETED) {
            return;
        }
        switch (application.getDeliveryMode()) {
            case PICKUP -> application.delivered(pickupPlace, pickupTime, null);
            case POST -> application.delivered(null, null, trackingNumber);
            case ELECTRONIC -> application.delivered(null, null, null);
        }
        if (staffUser != null) {
            application.handledBy(staffUser, clock.instant());
        }
        application.completed(clock.instant());
        audit.record(staffUser == null ? Actor.SYSTEM : staff(staffUser), "ARCHIVE_COMPLETED", "archive-application",
                application.getNumber(), application.getDeliveryMode().name());
    }

    @Transactional
    void cancel(Long applicationId, String reason) {
        ArchiveApplication application = get(applicationId);
        if (application.getStatus() != ApplicationStatus.CANCELLED) {
            application.cancelled(reason, clock.instant());
            audit.record(Actor.SYSTEM, "ARCHIVE_CASE_CANCELLED", "archive-application", application.getNumber(), reason);
        }
    }

    @Transactional
    void recordRefund(Long applicationId, String reference, String staffUser) {
        ArchiveApplication application = get(applicationId);
        application.payment().refunded(reference, clock.instant());
        application.handledBy(staffUser, clock.instant());
        audit.record(staff(staffUser), "ARCHIVE_REFUNDED", "archive-application", application.getNumber(), reference);
    }

    /**
     * Tells the applicant (message centre, e-mail, SMS); {@code dedupKey} makes a retried job send once. The
     * completion notice has one text per delivery mode ({@code archive.notice.completed.PICKUP} …), so it only
     * names what applies to this case, with its values.
     */
    @Transactional
    void notifyApplicant(Long applicationId, String notice, String dedupKey) {
        ArchiveApplication a = get(applicationId);
        notifications.notify(accounts.recipientOf(a.getApplicantId()), Notice.of(dedupKey, noticeKey(a, notice),
                "/apply/archive/applications/" + a.getId(), a.getNumber(), labels.service(a.getService()),
                nz(a.getStaffOpinion()), a.getFeeAmount() == null ? "" : a.getFeeAmount().toPlainString(),
                nz(a.getPickupPlace()), nz(a.getPickupTime()), nz(a.getTrackingNumber()),
                nz(a.getProofreadingReply()), a.getExpectedBy() == null ? "" : a.getExpectedBy().toString(),
                verification.url()));
    }

    static String noticeKey(ArchiveApplication application, String notice) {
        String key = "archive.notice." + notice;
        return "completed".equals(notice) ? key + "." + application.getDeliveryMode().name() : key;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static Actor staff(String user) {
        return Actor.of(Actor.Kind.STAFF, user == null ? "unknown" : user);
    }
}
