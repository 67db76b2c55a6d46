package io.casehall.creditbank.messages;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.creditbank.CreditBankGroups;
import io.casehall.creditbank.InstitutionUser;
import io.casehall.creditbank.InstitutionUserRepository;
import io.casehall.creditbank.TestInstitutions;
import io.casehall.shared.notification.InboxMessage;
import io.casehall.shared.notification.Notice;
import io.casehall.shared.notification.NotificationService;
import io.casehall.support.Browser;
import io.casehall.support.TestDatabase;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** 我的消息 of institution users: each sees only their own messages; opening one marks it read. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("integration")
class InstitutionMessagesTest {

    @LocalServerPort
    int port;

    @Autowired
    TestInstitutions institutions;
    @Autowired
    InstitutionMessages institutionMessages;
    @Autowired
    NotificationService notifications;
    @Autowired
    InstitutionUserRepository users;

    private Browser signedIn(String login) {
        Browser browser = new Browser(port);
        HttpResponse<String> response = browser.submitForm("/institution/login", "/institution/login",
                Map.of("username", login, "password", TestInstitutions.PASSWORD));
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/institution"));
        return browser;
    }

    @Test
    void eachUserSeesOnlyTheirOwnMessagesAndOpeningOneMarksItRead() {
        TestInstitutions.Registered a = institutions.registered("湖南交通职业技术学院");
        TestInstitutions.Registered b = institutions.registered("江西应用技术职业学院");
        InstitutionUser approver = institutions.subUser(a, "审核员", List.of(CreditBankGroups.CONVERSION_APPROVAL));
        InstitutionUser plain = institutions.subUser(a, "普通用户", List.of());
        InstitutionUser disabled = institutions.subUser(a, "停用用户", List.of(CreditBankGroups.CONVERSION_APPROVAL));
        disabled.setEnabled(false);
        users.save(disabled);

        int sent = institutionMessages.notifyInstitution(a.institution().getId(), CreditBankGroups.CONVERSION_APPROVAL,
                Notice.of("test-approval-" + a.institution().getId(), "creditbank.feedback.arrivedNotice",
                        "/institution/feedback/1", "毕志刚", "测试成果", "照片错误"));
        assertThat(sent).isEqualTo(2); // the administrator and the approver; not the plain user, not the disabled one
        assertThat(notifications.inboxOfUser(plain.getUserId())).isEmpty();
        assertThat(notifications.inboxOfUser(disabled.getUserId())).isEmpty();
        assertThat(notifications.inboxOfUser(b.adminLogin())).isEmpty();
        institutionMessages.notifyUser(plain.getUserId(), Notice.of("test-plain-" + plain.getUserId(),
                "creditbank.feedback.arrivedNotice", "/institution/feedback/2", "张三", "普通成果", "其他"));

        Browser browser = signedIn(approver.getUserId());
        String list = browser.get("/institution/messages").body();
        assertThat(list).contains("我的消息", "新的问题反馈：毕志刚（测试成果）", "共 1 条消息，1 条未读", "<strong>")
                .doesNotContain("张三");
        InboxMessage mine = notifications.inboxOfUser(approver.getUserId()).get(0);
        InboxMessage others = notifications.inboxOfUser(plain.getUserId()).get(0);
        assertThat(browser.get("/institution/messages/" + others.getId()).statusCode()).isEqualTo(404);
        assertThat(browser.get("/institution/messages/x").statusCode()).isEqualTo(404);
        assertThat(notifications.unreadCountOfUser(plain.getUserId())).isEqualTo(1);

        String opened = browser.get("/institution/messages/" + mine.getId()).body();
        assertThat(opened).contains("学员 毕志刚 对成果「测试成果」反馈了问题", "href=\"/institution/feedback/1\"", "处理");
        assertThat(notifications.unreadCountOfUser(approver.getUserId())).isZero();
        assertThat(browser.get("/institution/messages").body()).contains("共 1 条消息，0 条未读", "已读");
        assertThat(browser.get("/institution/messages?lang=en").body()).contains("My messages").doesNotContain("??");
    }
}
