package io.casehall.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.casehall.shared.notification.InboxMessage;
import io.casehall.shared.notification.NotificationService;
import io.casehall.shared.notification.Notice;
import io.casehall.shared.notification.Recipient;
import io.casehall.support.IntegrationTest;
import io.casehall.support.UniqueData;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/** 我的消息: an applicant reads their own messages and nobody else's. */
class MessagesTest extends IntegrationTest {

    private final TestApplicants applicants;
    private final NotificationService notifications;

    @Autowired
    MessagesTest(TestApplicants applicants,
            NotificationService notifications) {
        this.applicants = applicants;
        this.notifications = notifications;
    }

    private static UsernamePasswordAuthenticationToken as(ApplicantPrincipal applicant) {
        return UsernamePasswordAuthenticationToken.authenticated(applicant, null,
                AuthorityUtils.createAuthorityList("ROLE_APPLICANT"));
    }

    private InboxMessage send(ApplicantPrincipal to, String name, String login) {
        notifications.notify(new Recipient(to.applicantId(), null, null, null),
                Notice.of("test.messages:" + to.applicantId() + ":" + login, "notice.registered", "/realname", name, login));
        return notifications.inboxOf(to.applicantId()).get(0);
    }

    private MockHttpServletResponse page(ApplicantPrincipal as, String url) throws Exception {
        return mvc.perform(get(url).with(authentication(as(as)))).andReturn().getResponse();
    }

    @Test
    void theListShowsOwnMessagesAndOpeningOneMarksItRead() throws Exception {
        ApplicantPrincipal mine = applicants.create("陈一");
        ApplicantPrincipal other = applicants.create("林二");
        String myLogin = UniqueData.mobile();
        String otherLogin = UniqueData.mobile();
        InboxMessage message = send(mine, "陈一", myLogin);
        send(other, "林二", otherLogin);

        String list = page(mine, "/messages").getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("我的消息", "注册成功", "共 1 条消息，1 条未读", "class=\"unread\"",
                "/messages/" + message.getId());
        assertThat(list).doesNotContain("林二");
        assertThat(notifications.unreadCount(mine.applicantId())).isEqualTo(1);

        MockHttpServletResponse opened = page(mine, "/messages/" + message.getId());
        assertThat(opened.getStatus()).isEqualTo(200);
        assertThat(opened.getContentAsString(StandardCharsets.UTF_8)).contains("注册成功", "陈一", myLogin,
                "href=\"/realname\"", "返回消息列表");
        assertThat(notifications.unreadCount(mine.applicantId())).isZero();
        assertThat(page(mine, "/messages").getContentAsString(StandardCharsets.UTF_8))
                .contains("共 1 条消息，0 条未读", "已读").doesNotContain("class=\"unread\"");
        assertThat(page(mine, "/home").getContentAsString(StandardCharsets.UTF_8)).contains("0 条未读");
        assertThat(page(mine, "/messages?lang=en").getContentAsString(StandardCharsets.UTF_8))
                .contains("My messages", "1 messages, 0 unread").doesNotContain("??");
    }

    @Test
    void anotherApplicantsMessageIsNotFound() throws Exception {
        ApplicantPrincipal mine = applicants.create("黄三");
        ApplicantPrincipal other = applicants.create("许四");
        String otherLogin = UniqueData.mobile();
        InboxMessage theirs = send(other, "许四", otherLogin);

        MockHttpServletResponse response = page(mine, "/messages/" + theirs.getId());
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("找不到该记录，或您无权查看。").doesNotContain("许四").doesNotContain(otherLogin);
        List<InboxMessage> stillUnread = notifications.inboxOf(other.applicantId());
        assertThat(stillUnread).allSatisfy(m -> assertThat(m.isRead()).isFalse());

        assertThat(page(mine, "/messages/999999999").getStatus()).isEqualTo(404);
        assertThat(page(mine, "/messages/not-a-number").getStatus()).isEqualTo(404);
        assertThat(page(mine, "/messages").getContentAsString(StandardCharsets.UTF_8)).contains("暂无消息。");
    }

    @Test
    void anonymousVisitorsAreSentToLogin() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/messages")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/login");
    }
}
