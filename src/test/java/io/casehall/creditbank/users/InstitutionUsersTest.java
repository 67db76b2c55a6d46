package io.casehall.creditbank.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.creditbank.CreditBankGroups;
import io.casehall.creditbank.InstitutionIdentity;
import io.casehall.creditbank.InstitutionUser;
import io.casehall.creditbank.InstitutionUserRepository;
import io.casehall.creditbank.TestInstitutions;
import io.casehall.shared.notification.OutboxMessage;
import io.casehall.shared.notification.OutboxMessageRepository;
import io.casehall.support.Browser;
import io.casehall.support.TestDatabase;
import io.casehall.support.UniqueData;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * 用户管理 over real HTTP: the administrator adds a sub-user whose password arrives only by SMS, edits roles,
 * disables (the user's open session ends at once), enables, resets the password and deletes; the registering
 * administrator and oneself are protected; another institution's users are not found.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("integration")
class InstitutionUsersTest {

    private static final Pattern PASSWORD_IN_SMS = Pattern.compile("(?:初始密码|新密码) ([A-Za-z0-9]{10,})");

    @LocalServerPort
    int port;

    @Autowired
    TestInstitutions institutions;

    @Autowired
    InstitutionUserRepository users;

    @Autowired
    InstitutionIdentity identity;

    @Autowired
    OutboxMessageRepository outbox;

    @Autowired
    TaskService taskService;

    @Autowired
    JdbcTemplate jdbc;

    private Browser signedIn(String login, String password) {
        Browser browser = new Browser(port);
        HttpResponse<String> response = signIn(browser, login, password);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/institution"));
        return browser;
    }

    private HttpResponse<String> signIn(Browser browser, String login, String password) {
        return browser.submitForm("/institution/login", "/institution/login",
                Map.of("username", login, "password", password));
    }

    private HttpResponse<String> post(Browser browser, String page, String action, List<Map.Entry<String, String>> fields) {
        return browser.submitForm(page, action, fields);
    }

    private String passwordSentTo(String phone) {
        List<OutboxMessage> sms = outbox.findByRecipientOrderByIdDesc(phone);
        assertThat(sms).isNotEmpty();
        Matcher m = PASSWORD_IN_SMS.matcher(sms.get(0).getBody());
        assertThat(m.find()).as("password in %s", sms.get(0).getBody()).isTrue();
        return m.group(1);
    }

    private String addUser(Browser admin, String login, String phone, String... roles) {
        List<Map.Entry<String, String>> fields = new java.util.ArrayList<>(List.of(Map.entry("login", login),
                Map.entry("name", "赵老师"), Map.entry("phone", phone), Map.entry("roles", "institutionUser")));
        for (String role : roles) {
            fields.add(Map.entry("roles", role));
        }
        HttpResponse<String> added = post(admin, "/institution/users/new", "/institution/users", fields);
        assertThat(added.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/institution/users"));
        return passwordSentTo(phone);
    }

    @Test
    void anAddedUserGetsThePasswordOnlyBySmsAndSignsInWithIt() {
        TestInstitutions.Registered a = institutions.registered("长沙民政职业技术学院");
        Browser admin = signedIn(a.adminLogin(), TestInstitutions.PASSWORD);
        String login = "t" + UniqueData.schoolCode();
        String phone = UniqueData.mobile();
        String password = addUser(admin, login, phone, CreditBankGroups.CONVERSION_APPROVAL);

        String list = admin.get("/institution/users").body();
        assertThat(list).contains(login, "赵老师", "尾号" + phone.substring(7), "机构用户、学分转换审核", "启用")
                .doesNotContain(password).doesNotContain(phone);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_message WHERE body LIKE ?", Integer.class,
                "%" + password + "%")).isZero();
        assertThat(identity.groupsOf(login)).contains(CreditBankGroups.INSTITUTION_USER,
                CreditBankGroups.CONVERSION_APPROVAL).doesNotContain(CreditBankGroups.INSTITUTION_ADMIN);

        Browser user = signedIn(login, password);
        assertThat(user.get("/institution/messages").statusCode()).isEqualTo(200);
        assertThat(user.get("/institution/users").statusCode()).isEqualTo(403);

        // A login already used, a bad phone: refused with the words, what was typed kept.
        HttpResponse<String> again = post(admin, "/institution/users/new", "/institution/users", List.of(
                Map.entry("login", login), Map.entry("name", "钱老师"), Map.entry("phone", UniqueData.mobile())));
        assertThat(again.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/institution/users/new"));
        assertThat(admin.get("/institution/users/new").body()).contains("已被使用", "钱老师");
        post(admin, "/institution/users/new", "/institution/users", List.of(
                Map.entry("login", "x" + UniqueData.schoolCode()), Map.entry("name", "孙老师"), Map.entry("phone", "12345")));
        assertThat(admin.get("/institution/users/new").body()).contains("11 位手机号", "孙老师", "12345");
    }

    @Test
    void rolesDisableEnableResetAndDelete() {
        TestInstitutions.Registered a = institutions.registered("湖南科技职业学院");
        Browser admin = signedIn(a.adminLogin(), TestInstitutions.PASSWORD);
        String login = "t" + UniqueData.schoolCode();
        String phone = UniqueData.mobile();
        String password = addUser(admin, login, phone);

        // Roles: a change signs the user out; the new roles apply at the next sign-in.
        Browser user = signedIn(login, password);
        String newPhone = UniqueData.mobile();
        HttpResponse<String> edited = post(admin, "/institution/users/" + login + "/edit", "/institution/users/" + login,
                List.of(Map.entry("name", "赵主任"), Map.entry("phone", newPhone), Map.entry("roles", "institutionUser"),
                        Map.entry("roles", CreditBankGroups.CONVERSION_APPROVAL)));
        assertThat(edited.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/institution/users"));
        assertThat(identity.groupsOf(login)).contains(CreditBankGroups.CONVERSION_APPROVAL);
        assertThat(users.findById(login).orElseThrow().getName()).isEqualTo("赵主任");
        assertThat(user.get("/institution/messages").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/institution/login"));

        // Disable: the open session ends at once (institution space and Tasklist), sign-in refused.
        user = signedIn(login, password);
        assertThat(user.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(200);
        post(admin, "/institution/users", "/institution/users/" + login + "/disable", List.of());
        assertThat(users.findById(login).orElseThrow().isEnabled()).isFalse();
        assertThat(user.get("/institution/messages").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/institution/login"));
        assertThat(user.get("/camunda/api/engine/engine/default/task").statusCode()).isNotEqualTo(200);
        assertThat(signIn(new Browser(port), login, password).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/institution/login?disabled"));
        assertThat(admin.get("/institution/users").body()).contains("停用");

        // Enable: signs in again.
        post(admin, "/institution/users", "/institution/users/" + login + "/enable", List.of());
        signedIn(login, password);

        // Reset: a new password by SMS to the (new) mobile; the old one stops working.
        HttpResponse<String> reset = post(admin, "/institution/users", "/institution/users/" + login + "/reset-password",
                List.of());
        assertThat(reset.statusCode()).isEqualTo(302);
        assertThat(admin.get("/institution/users").body()).contains("尾号" + newPhone.substring(7));
        String newPassword = passwordSentTo(newPhone);
        assertThat(newPassword).isNotEqualTo(password);
        assertThat(signIn(new Browser(port), login, password).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/institution/login?error"));
        signedIn(login, newPassword);

        // Delete: confirmation first; a task they had claimed goes back to the queue.
        Task task = taskService.newTask();
        task.setName("反馈处理（删除测试）");
        task.setTenantId(a.institution().getTenantId());
        task.setAssignee(login);
        taskService.saveTask(task);
        assertThat(admin.get("/institution/users/" + login + "/delete").body()).contains("确定删除", login);
        post(admin, "/institution/users/" + login + "/delete", "/institution/users/" + login + "/delete", List.of());
        assertThat(users.findById(login)).isEmpty();
        assertThat(identity.loginTaken(login)).isFalse();
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
        assertThat(signIn(new Browser(port), login, newPassword).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/institution/login?error"));
        taskService.deleteTask(task.getId(), true);
    }

    @Test
    void theRegisteringAdministratorAndOneselfAreProtected() {
        TestInstitutions.Registered a = institutions.registered("湖南汽车工程职业学院");
        InstitutionUser second = institutions.subUser(a, "副管理员", List.of(CreditBankGroups.INSTITUTION_ADMIN));
        Browser deputy = signedIn(second.getUserId(), TestInstitutions.PASSWORD);
        String list = deputy.get("/institution/users").body();
        assertThat(list).contains("/institution/users/" + a.adminLogin() + "/edit",
                        "/institution/users/" + a.adminLogin() + "/reset-password")
                .doesNotContain("/institution/users/" + a.adminLogin() + "/disable",
                        "/institution/users/" + a.adminLogin() + "/delete",
                        "/institution/users/" + second.getUserId() + "/disable",
                        "/institution/users/" + second.getUserId() + "/delete");

        post(deputy, "/institution/users", "/institution/users/" + a.adminLogin() + "/disable", List.of());
        assertThat(deputy.get("/institution/users").body()).contains("机构管理员（注册账号）不能停用");
        post(deputy, "/institution/users", "/institution/users/" + a.adminLogin() + "/delete", List.of());
        assertThat(deputy.get("/institution/users").body()).contains("机构管理员（注册账号）不能删除");
        post(deputy, "/institution/users", "/institution/users/" + second.getUserId() + "/disable", List.of());
        assertThat(deputy.get("/institution/users").body()).contains("不能停用您自己的账号");
        post(deputy, "/institution/users", "/institution/users/" + second.getUserId() + "/delete", List.of());
        assertThat(deputy.get("/institution/users").body()).contains("不能删除您自己的账号");
        post(deputy, "/institution/users/" + a.adminLogin() + "/edit", "/institution/users/" + a.adminLogin(),
                List.of(Map.entry("name", "王登记"), Map.entry("phone", a.adminPhone()),
                        Map.entry("roles", "institutionUser")));
        assertThat(deputy.get("/institution/users/" + a.adminLogin() + "/edit").body())
                .contains("不能取消机构管理员");
        assertThat(identity.groupsOf(a.adminLogin())).contains(CreditBankGroups.INSTITUTION_ADMIN);
        assertThat(users.findById(a.adminLogin()).orElseThrow().isEnabled()).isTrue();
        assertThat(users.findById(second.getUserId()).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void anotherInstitutionsUsersAreNotFound() {
        TestInstitutions.Registered a = institutions.registered("湖南化工职业技术学院");
        TestInstitutions.Registered b = institutions.registered("湖南信息职业技术学院");
        InstitutionUser ofB = institutions.subUser(b, "外校老师", List.of());
        Browser admin = signedIn(a.adminLogin(), TestInstitutions.PASSWORD);

        assertThat(admin.get("/institution/users").body()).doesNotContain(ofB.getUserId());
        assertThat(admin.get("/institution/users/" + ofB.getUserId() + "/edit").statusCode()).isEqualTo(404);
        assertThat(admin.get("/institution/users/" + ofB.getUserId() + "/delete").statusCode()).isEqualTo(404);
        for (String action : List.of("disable", "reset-password", "delete")) {
            HttpResponse<String> refused = post(admin, "/institution/users",
                    "/institution/users/" + ofB.getUserId() + "/" + action, List.of());
            assertThat(refused.statusCode()).as(action).isEqualTo(404);
        }
        assertThat(post(admin, "/institution/users", "/institution/users/" + ofB.getUserId(), List.of(
                Map.entry("name", "改名"), Map.entry("phone", UniqueData.mobile()))).statusCode()).isEqualTo(404);
        InstitutionUser still = users.findById(ofB.getUserId()).orElseThrow();
        assertThat(still.isEnabled()).isTrue();
        assertThat(still.getName()).isEqualTo("外校老师");
        assertThat(outbox.findByRecipientOrderByIdDesc(still.getPhone())).isEmpty();

        assertThat(admin.get("/institution/users/new?lang=en").body()).contains("Add a sub-user").doesNotContain("??");
        assertThat(admin.get("/institution/users").body()).contains("Users", "Reset password").doesNotContain("??");
    }
}
