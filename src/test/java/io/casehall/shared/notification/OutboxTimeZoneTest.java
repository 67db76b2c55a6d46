package io.casehall.shared.notification;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.staff.StaffPrincipal;
import io.casehall.support.IntegrationTest;
import io.casehall.support.UniqueData;
import java.time.Instant;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/** Times a person reads are in the business zone (Beijing time), not the server's (UTC in a container). */
class OutboxTimeZoneTest extends IntegrationTest {

    @Autowired
    OutboxMessageRepository outbox;

    @Test
    void theOutboxShowsBeijingTime() throws Exception {
        String mobile = UniqueData.mobile();
        outbox.save(new OutboxMessage(OutboxMessage.Channel.SMS, mobile, null, "您的验证码是 123456",
                Instant.parse("2026-03-05T03:13:07Z")));

        mvc.perform(get("/staff/admin/outbox").with(authentication(UsernamePasswordAuthenticationToken.authenticated(
                        new StaffPrincipal("admin", "系统管理员", List.of("camunda-admin")), null,
                        AuthorityUtils.createAuthorityList("ROLE_STAFF", "ROLE_ADMIN")))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("2026-03-05 11:13:07")));
    }
}
