package io.casehall.shared.notification;

/** Port for sending e-mail. SMTP in production, an outbox a person can read by default. */
public interface EmailGateway {

    void send(String to, String subject, String body);
}
