package io.casehall.shared.notification;

import io.casehall.shared.web.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way CaseHall tells people things: the in-app message centre, e-mail and SMS. Each channel
 * receives a given notice once, so a delegate retried by the job executor never sends twice.
 * Messages never contain passwords.
 */
@Service
public class NotificationService {

    private final InboxMessageRepository inbox;
    private final EmailGateway email;
    private final SmsGateway sms;
    private final MessageSource messages;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public NotificationService(InboxMessageRepository inbox, EmailGateway email, SmsGateway sms,
                               MessageSource messages, JdbcTemplate jdbc, Clock clock) {
        this.inbox = inbox;
        this.email = email;
        this.sms = sms;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void notify(Recipient recipient, Notice notice) {
        String subject = text(notice.messageKey() + ".subject", notice.args(), recipient.locale());
        String body = text(notice.messageKey() + ".body", notice.args(), recipient.locale());
        if (recipient.applicantId() != null && !inbox.existsByDedupKey(notice.dedupKey())) {
            inbox.save(new InboxMessage(recipient.applicantId(), notice.dedupKey(), subject, body, notice.link(),
                    clock.instant()));
        }
        if (hasText(recipient.email()) && firstDelivery(notice.dedupKey(), "EMAIL")) {
            email.send(recipient.email(), subject, body);
        }
        if (hasText(recipient.mobile()) && firstDelivery(notice.dedupKey(), "SMS")) {
            sms.send(recipient.mobile(), "【CaseHall】" + body);
        }
    }

    /**
     * An e-mail with files to any address (not necessarily an account's), such as sealed PDFs an applicant
     * forwards; sent from the configured mailbox, never stored in a message centre.
     */
    public void emailWithAttachments(String to, Notice notice, Locale locale, List<EmailGateway.Attachment> attachments) {
        email.send(to, text(notice.messageKey() + ".subject", notice.args(), locale),
                text(notice.messageKey() + ".body", notice.args(), locale), attachments);
    }

    /** A one-time code to an address that may not belong to an account yet; never stored in the inbox. */
    public void sendCode(String target, String code, int validMinutes, Locale locale) {
        sendToAddress(target, "notice.code", new Object[] {code, validMinutes}, locale);
    }

    /**
     * A notice ({@code messageKey}.subject / .body) to a bare address, e-mail or mobile, outside any account's
     * message centre: for what must reach an address without telling the requester anything about it.
     */
    public void sendToAddress(String target, String messageKey, Object[] args, Locale locale) {
        if (target.contains("@")) {
            email.send(target, text(messageKey + ".subject", args, locale), text(messageKey + ".body", args, locale));
        } else {
            sms.send(target, "【CaseHall】" + text(messageKey + ".body", args, locale));
        }
    }

    @Transactional(readOnly = true)
    public List<InboxMessage> inboxOf(Long applicantId) {
        return inbox.findByApplicantIdOrderByIdDesc(applicantId);
    }

    @Transactional(readOnly = true)
    public long unreadCount(Long applicantId) {
        return inbox.countByApplicantIdAndReadAtIsNull(applicantId);
    }

    /** Opens one of the applicant's own messages and marks it read; another's id is not found. */
    @Transactional
    public InboxMessage open(Long messageId, Long applicantId) {
        InboxMessage message = inbox.findByIdAndApplicantId(messageId, applicantId).orElseThrow(NotFoundException::new);
        message.markRead(clock.instant());
        return message;
    }

    /** Claims the (notice, channel) pair; false if it was delivered before. */
    private boolean firstDelivery(String dedupKey, String channel) {
        Integer seen = jdbc.queryForObject(
                "SELECT COUNT(*) FROM notification_delivery WHERE dedup_key = ? AND channel = ?",
                Integer.class, dedupKey, channel);
        if (seen != null && seen > 0) {
            return false;
        }
        jdbc.update("INSERT INTO notification_delivery (dedup_key, channel, delivered_at) VALUES (?, ?, ?)",
                dedupKey, channel, java.sql.Timestamp.from(clock.instant()));
        return true;
    }

    private String text(String key, Object[] args, Locale locale) {
        return NoticeText.tidy(messages.getMessage(key, args, locale));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
