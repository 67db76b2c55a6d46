package io.casehall.shared.notification;

import io.casehall.shared.web.NotFoundException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
 *
 * <p>Every hand-over to a gateway is counted in {@code casehall.notifications.deliveries{channel=EMAIL|SMS,
 * outcome=sent|failed}}: an SMTP server or SMS provider that is down shows as a rising {@code failed} count (the
 * job that sent it is retried and, in the end, counted as an incident), not only as a stack trace in a log.
 */
@Service
public class NotificationService {

    private final InboxMessageRepository inbox;
    private final EmailGateway email;
    private final SmsGateway sms;
    private final MessageSource messages;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Deliveries emailDeliveries;
    private final Deliveries smsDeliveries;

    public NotificationService(InboxMessageRepository inbox, EmailGateway email, SmsGateway sms,
                               MessageSource messages, JdbcTemplate jdbc, Clock clock, MeterRegistry meters) {
        this.inbox = inbox;
        this.email = email;
        this.sms = sms;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
        this.emailDeliveries = new Deliveries(meters, OutboxMessage.Channel.EMAIL);
        this.smsDeliveries = new Deliveries(meters, OutboxMessage.Channel.SMS);
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
            emailDeliveries.count(() -> email.send(recipient.email(), subject, body));
        }
        if (hasText(recipient.mobile()) && firstDelivery(notice.dedupKey(), "SMS")) {
            smsDeliveries.count(() -> sms.send(recipient.mobile(), "【CaseHall】" + body));
        }
    }

    /**
     * A notice in the message centre of a staff or institution user (a Camunda user id), and by SMS to their mobile
     * when one is given. The same notice may go to many users: each user's copy is kept once.
     */
    @Transactional
    public void notifyUser(String userId, String mobile, Locale locale, Notice notice) {
        Locale language = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
        String subject = text(notice.messageKey() + ".subject", notice.args(), language);
        String body = text(notice.messageKey() + ".body", notice.args(), language);
        String dedupKey = notice.dedupKey() + "@user:" + userId;
        if (!inbox.existsByDedupKey(dedupKey)) {
            inbox.save(InboxMessage.forUser(userId, dedupKey, subject, body, notice.link(), clock.instant()));
        }
        if (hasText(mobile) && firstDelivery(dedupKey, "SMS")) {
            smsDeliveries.count(() -> sms.send(mobile, "【CaseHall】" + body));
        }
    }

    /**
     * An e-mail with files to any address (not necessarily an account's), such as sealed PDFs an applicant
     * forwards; sent from the configured mailbox, never stored in a message centre.
     */
    public void emailWithAttachments(String to, Notice notice, Locale locale, List<EmailGateway.Attachment> attachments) {
        String subject = text(notice.messageKey() + ".subject", notice.args(), locale);
        String body = text(notice.messageKey() + ".body", notice.args(), locale);
        emailDeliveries.count(() -> email.send(to, subject, body, attachments));
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
        String body = text(messageKey + ".body", args, locale);
        if (target.contains("@")) {
            String subject = text(messageKey + ".subject", args, locale);
            emailDeliveries.count(() -> email.send(target, subject, body));
        } else {
            smsDeliveries.count(() -> sms.send(target, "【CaseHall】" + body));
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

    @Transactional(readOnly = true)
    public List<InboxMessage> inboxOfUser(String userId) {
        return inbox.findByUserIdOrderByIdDesc(userId);
    }

    @Transactional(readOnly = true)
    public long unreadCountOfUser(String userId) {
        return inbox.countByUserIdAndReadAtIsNull(userId);
    }

    /** Opens one of the user's own messages and marks it read; another's id is not found. */
    @Transactional
    public InboxMessage openForUser(Long messageId, String userId) {
        InboxMessage message = inbox.findByIdAndUserId(messageId, userId).orElseThrow(NotFoundException::new);
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

    /** Sent and failed hand-overs to one channel's gateway. */
    private static final class Deliveries {

        private final Counter sent;
        private final Counter failed;

        Deliveries(MeterRegistry meters, OutboxMessage.Channel channel) {
            this.sent = Counter.builder("casehall.notifications.deliveries").description("Messages handed to a gateway")
                    .tag("channel", channel.name()).tag("outcome", "sent").register(meters);
            this.failed = Counter.builder("casehall.notifications.deliveries").description("Messages handed to a gateway")
                    .tag("channel", channel.name()).tag("outcome", "failed").register(meters);
        }

        void count(Runnable delivery) {
            try {
                delivery.run();
            } catch (RuntimeException e) {
                failed.increment();
                throw e;
            }
            sent.increment();
        }
    }
}
