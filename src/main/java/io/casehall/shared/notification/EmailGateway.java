package io.casehall.shared.notification;

import java.util.List;

/** Port for sending e-mail. SMTP in production, an outbox a person can read by default. */
public interface EmailGateway {

    /** A file sent with a message, such as a sealed PDF. */
    record Attachment(String fileName, String mediaType, byte[] content) {
    }

    default void send(String to, String subject, String body) {
        send(to, subject, body, List.of());
    }

    void send(String to, String subject, String body, List<Attachment> attachments);
}
