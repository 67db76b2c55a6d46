package io.casehall.shared.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Real e-mail through Spring Mail; enabled with {@code casehall.mail.gateway=smtp} and {@code spring.mail.*}. */
@Component
@ConditionalOnProperty(name = "casehall.mail.gateway", havingValue = "smtp")
class SmtpEmailGateway implements EmailGateway {

    private final JavaMailSender mailSender;
    private final String from;

    SmtpEmailGateway(JavaMailSender mailSender, @Value("${casehall.mail.from}") String from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    @Override
    public void send(String to, String subject, String body) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        mailSender.send(message);
    }
}
