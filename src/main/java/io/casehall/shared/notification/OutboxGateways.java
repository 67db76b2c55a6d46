package io.casehall.shared.notification;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The default adapters: messages are written to the outbox, where staff can read them. */
@Configuration
class OutboxGateways {

    @Bean
    @ConditionalOnProperty(name = "casehall.sms.gateway", havingValue = "outbox", matchIfMissing = true)
    SmsGateway outboxSmsGateway(OutboxMessageRepository outbox, Clock clock) {
        return (mobile, text) -> outbox.save(new OutboxMessage(OutboxMessage.Channel.SMS, mobile, null, text,
                clock.instant()));
    }

    @Bean
    @ConditionalOnProperty(name = "casehall.mail.gateway", havingValue = "outbox", matchIfMissing = true)
    EmailGateway outboxEmailGateway(OutboxMessageRepository outbox, Clock clock) {
        return (to, subject, body, attachments) -> outbox.save(new OutboxMessage(OutboxMessage.Channel.EMAIL, to,
                subject, attachments.isEmpty() ? body : body + "\n\n附件 / Attachments: " + attachments.stream()
                        .map(a -> a.fileName() + " (" + a.content().length / 1024 + " KB)")
                        .collect(java.util.stream.Collectors.joining(", ")), clock.instant()));
    }
}
