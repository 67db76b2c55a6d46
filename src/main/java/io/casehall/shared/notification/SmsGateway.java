package io.casehall.shared.notification;

/**
 * Port for text messages. The default adapter writes to the outbox; a production SMS provider plugs in
 * as another implementation selected with {@code casehall.sms.gateway}.
 */
public interface SmsGateway {

    void send(String mobile, String text);
}
