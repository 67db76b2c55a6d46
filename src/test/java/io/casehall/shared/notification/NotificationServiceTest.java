package io.casehall.shared.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.casehall.support.TestDatabase;
import io.casehall.support.UniqueData;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** Real e-mail through Spring Mail to GreenMail, SMS to the outbox, and each notice at most once per channel. */
@SpringBootTest(properties = {"casehall.mail.gateway=smtp", "spring.mail.host=localhost", "spring.mail.port=3925"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("integration")
class NotificationServiceTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.port(3925))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    NotificationService notifications;

    @Autowired
    OutboxMessageRepository outbox;

    @Test
    void aNoticeReachesTheInboxEmailAndSmsOnceEvenWhenSentTwice() throws Exception {
        String email = UniqueData.email();
        String mobile = UniqueData.mobile();
        long applicantId = System.nanoTime() % 1_000_000 + 500_000;
        Recipient recipient = new Recipient(applicantId, email, mobile, null);
        Notice notice = Notice.of("test-" + applicantId, "notice.realname.rejected", "/realname", "照片模糊");

        notifications.notify(recipient, notice);
        notifications.notify(recipient, notice);

        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(received[0].getSubject()).isEqualTo("实名认证未通过");
        assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
        assertThat(outbox.findByRecipientOrderByIdDesc(mobile)).singleElement()
                .satisfies(sms -> assertThat(sms.getBody()).contains("照片模糊"));
        assertThat(notifications.inboxOf(applicantId)).singleElement()
                .satisfies(m -> assertThat(m.getBody()).contains("照片模糊"));
        assertThat(notifications.unreadCount(applicantId)).isEqualTo(1);
    }
}
