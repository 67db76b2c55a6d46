package io.casehall.shared.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;

/** An SMTP server or SMS provider that is down is counted, not only logged. */
class NotificationDeliveriesTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final StaticMessageSource messages = new StaticMessageSource();

    NotificationDeliveriesTest() {
        messages.addMessage("notice.code.subject", Locale.ROOT, "验证码");
        messages.addMessage("notice.code.body", Locale.ROOT, "验证码 {0}，{1} 分钟内有效");
    }

    @Test
    void aGatewayThatFailsIsCountedAndTheFailureStillReachesTheCaller() {
        EmailGateway smtpDown = (to, subject, body, attachments) -> {
            throw new MailSendException("Connection refused");
        };
        SmsGateway sms = (mobile, text) -> { };
        NotificationService service = new NotificationService(mock(InboxMessageRepository.class), smtpDown, sms,
                messages, mock(JdbcTemplate.class), Clock.systemUTC(), meters);

        assertThatThrownBy(() -> service.sendCode("someone@example.edu", "123456", 5, Locale.ROOT))
                .isInstanceOf(MailSendException.class);
        service.sendCode("13800000000", "123456", 5, Locale.ROOT);
        service.sendCode("13800000000", "654321", 5, Locale.ROOT);

        assertThat(count("EMAIL", "failed")).isEqualTo(1);
        assertThat(count("EMAIL", "sent")).isZero();
        assertThat(count("SMS", "sent")).isEqualTo(2);
        assertThat(count("SMS", "failed")).isZero();
    }

    private double count(String channel, String outcome) {
        return meters.get("casehall.notifications.deliveries").tag("channel", channel).tag("outcome", outcome)
                .counter().count();
    }
}
