package io.casehall.shared.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.MimeMessageHelper;
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
    public void send(String to, String subject, String body, List<Attachment> attachments) {
        try {
            MimeMessage message = mailSender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, !attachments.isEmpty(), "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body);
            for (Attachment attachment : attachments) {
                helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
                        attachment.mediaType());
            }
            mailSender.send(message);
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
    }
}
