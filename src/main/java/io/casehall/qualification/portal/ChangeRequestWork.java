package io.casehall.qualification.portal;

import io.casehall.account.AccountService;
import io.casehall.qualification.ChangeItem;
import io.casehall.qualification.ChangeRequest;
import io.casehall.qualification.ChangeRequestRepository;
import io.casehall.qualification.QualificationCampaign;
import io.casehall.qualification.QualificationCampaignRepository;
import io.casehall.qualification.QualificationGraduate;
import io.casehall.qualification.QualificationGraduateRepository;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.notification.Notice;
import io.casehall.shared.notification.NotificationService;
import io.casehall.shared.notification.Recipient;
import io.casehall.shared.security.Actor;
import io.casehall.shared.web.FormText;
import io.casehall.shared.web.NotFoundException;
import java.time.Clock;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the change-request model's delegates and listener do, one method each: the summary the approval form shows,
 * applying an approved change to the record, recording a rejection or an expiry, and telling the graduate (message
 * centre, e-mail and SMS, once per passage).
 */
@Service
public class ChangeRequestWork {

    static final String PORTAL_LINK = "/qualification";

    private final ChangeRequestRepository requests;
    private final QualificationGraduateRepository graduates;
    private final QualificationCampaignRepository campaigns;
    private final AccountService accounts;
    private final NotificationService notifications;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final Clock clock;

    ChangeRequestWork(ChangeRequestRepository requests, QualificationGraduateRepository graduates,
                      QualificationCampaignRepository campaigns, AccountService accounts,
                      NotificationService notifications, AuditLog auditLog, MessageSource messages, Clock clock) {
        this.requests = requests;
        this.graduates = graduates;
        this.campaigns = campaigns;
        this.accounts = accounts;
        this.notifications = notifications;
        this.auditLog = auditLog;
        this.messages = messages;
        this.clock = clock;
    }

    /** The changes as the approval form shows them: one line per field, "姓名：李华 → 李桦". */
    @Transactional(readOnly = true)
    public String summary(long requestId) {
        ChangeRequest request = get(requestId);
        return request.getItems().stream()
                .map(item -> "- " + label(item) + "：" + FormText.plain(item.getOldText()) + " → "
                        + FormText.plain(item.getNewText()))
                .collect(Collectors.joining("\n"));
    }

    /** Whether the request's college may still decide it (its campaign's college window is open now). */
    @Transactional(readOnly = true)
    public boolean collegeWindowOpen(long requestId) {
        return campaignOf(get(requestId)).collegeWindowOpenAt(clock.instant());
    }

    /** Approved: the new values go into the record. A request decided already is left alone (a retried job). */
    @Transactional
    public void approve(long requestId, String staffUser, String reason) {
        ChangeRequest request = get(requestId);
        if (!request.isPending()) {
            return;
        }
        request.approve(graduateOf(request), staffUser, blankToNull(reason), clock.instant());
        auditLog.record(staff(staffUser), "QUALIFICATION_CHANGE_APPROVED", "qualification-change-request",
                requestId, reason);
    }

    /** Rejected with a reason: the record stays as it was. */
    @Transactional
    public void reject(long requestId, String staffUser, String reason) {
        ChangeRequest request = get(requestId);
        if (!request.isPending()) {
            return;
        }
        request.reject(graduateOf(request), staffUser, reason, clock.instant());
        auditLog.record(staff(staffUser), "QUALIFICATION_CHANGE_REJECTED", "qualification-change-request",
                requestId, reason);
    }

    /** The college window closed undecided (usually the closing already marked it EXPIRED). */
    @Transactional
    public void expire(long requestId) {
        ChangeRequest request = get(requestId);
        if (!request.isPending()) {
            return;
        }
        request.expire(graduateOf(request), clock.instant());
        auditLog.record(Actor.SYSTEM, "QUALIFICATION_CHANGE_EXPIRED", "qualification-change-request", requestId, null);
    }

    /** Tells the graduate the outcome: {@code notice} is approved, rejected or expired. */
    @Transactional
    public void notifyGraduate(long requestId, String notice, String dedupKey) {
        ChangeRequest request = get(requestId);
        QualificationGraduate graduate = graduateOf(request);
        if (graduate.getApplicantAccountId() == null) {
            return;
        }
        Recipient recipient = accounts.recipientOf(graduate.getApplicantAccountId());
        String fields = request.getItems().stream().map(item -> label(item, recipient.locale()))
                .collect(Collectors.joining("、"));
        notifications.notify(recipient, Notice.of(dedupKey, "qualification.notice." + notice, PORTAL_LINK,
                campaignOf(request).getTitle(), fields, request.getReason() == null ? "" : request.getReason()));
    }

    ChangeRequest get(long requestId) {
        return requests.findById(requestId).orElseThrow(NotFoundException::new);
    }

    QualificationCampaign campaignOf(ChangeRequest request) {
        return campaigns.findById(request.getCampaignId()).orElseThrow(NotFoundException::new);
    }

    private QualificationGraduate graduateOf(ChangeRequest request) {
        return graduates.findById(request.getGraduateId()).orElseThrow(NotFoundException::new);
    }

    private String label(ChangeItem item) {
        return label(item, Locale.SIMPLIFIED_CHINESE);
    }

    private String label(ChangeItem item, Locale locale) {
        return messages.getMessage(FieldLabels.key(item.getField()), null, item.getField().name(), locale);
    }

    private static Actor staff(String user) {
        return Actor.of(Actor.Kind.STAFF, user == null ? "unknown" : user);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
