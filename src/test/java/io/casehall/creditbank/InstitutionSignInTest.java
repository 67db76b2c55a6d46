package io.casehall.creditbank;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.support.Browser;
import io.casehall.support.TestDatabase;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The institution entrance over real HTTP: an institution user signs in once and works in the institution space and
 * in Tasklist, where the engine's tenant check shows only their institution's tasks; they cannot sign in as staff,
 * and a disabled user cannot sign in at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("integration")
class InstitutionSignInTest {

    @LocalServerPort
    int port;

    @Autowired
    TestInstitutions institutions;

    @Autowired
    InstitutionUserRepository users;

    @Autowired
    TaskService taskService;

    private HttpResponse<String> signIn(Browser browser, String login, String password) {
        return browser.submitForm("/institution/login", "/institution/login",
                Map.of("username", login, "password", password));
    }

    @Test
    void anInstitutionUserSignsInOnceAndTasklistShowsOnlyTheirInstitutionsTasks() {
        TestInstitutions.Registered a = institutions.registered("长沙航空职业技术学院");
        TestInstitutions.Registered b = institutions.registered("广州番禺职业技术学院");
        String taskOfA = tenantTask(a, "反馈处理（A）");
        String taskOfB = tenantTask(b, "反馈处理（B）");

        Browser browser = new Browser(port);
        HttpResponse<String> login = signIn(browser, a.adminLogin(), TestInstitutions.PASSWORD);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/institution"));

        assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
        HttpResponse<String> tasks = browser.get("/camunda/api/engine/engine/default/task?candidateGroup="
                + CreditBankGroups.INSTITUTION_USER);
        assertThat(tasks.statusCode()).isEqualTo(200);
        assertThat(tasks.body()).contains(taskOfA).doesNotContain(taskOfB);
        assertThat(browser.get("/camunda/api/engine/engine/default/task/" + taskOfB).statusCode()).isEqualTo(404);

        // The staff console and Cockpit stay closed.
        assertThat(browser.get("/staff").statusCode()).isEqualTo(403);
        assertThat(browser.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
    }

    @Test
    void anInstitutionUserCannotSignInAsStaffNorUseTheRestApi() {
        TestInstitutions.Registered a = institutions.registered("湖南铁道职业技术学院");
        Browser browser = new Browser(port);
        HttpResponse<String> staffLogin = browser.staffLogin(a.adminLogin(), TestInstitutions.PASSWORD);
        assertThat(staffLogin.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/staff/login?error"));
        assertThat(browser.getWithBasic("/engine-rest/task", a.adminLogin(), TestInstitutions.PASSWORD).statusCode())
                .isEqualTo(401);
    }

    @Test
    void aWrongPasswordKeepsTheAccountTypedAndADisabledUserIsRefused() {
        TestInstitutions.Registered a = institutions.registered("湖南工业职业技术学院");
        Browser browser = new Browser(port);
        HttpResponse<String> wrong = signIn(browser, a.adminLogin(), "Wrong2026x");
        assertThat(wrong.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/institution/login?error"));
        String page = browser.get("/institution/login?error").body();
        assertThat(page).contains("账号或密码错误").contains("value=\"" + a.adminLogin() + "\"");

        InstitutionUser sub = institutions.subUser(a, "赵老师", List.of());
        sub.setEnabled(false);
        users.save(sub);
        HttpResponse<String> disabled = signIn(new Browser(port), sub.getUserId(), TestInstitutions.PASSWORD);
        assertThat(disabled.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/institution/login?disabled"));
    }

    @Test
    void theInstitutionSpaceNeedsAnInstitutionSignIn() {
        Browser anonymous = new Browser(port);
        assertThat(anonymous.get("/institution").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/institution/login"));
        assertThat(anonymous.get("/institution/login").body()).contains("院校登录", "立即注册");

        Browser staff = new Browser(port);
        staff.staffLogin("admin", "Console2026");
        assertThat(staff.get("/institution").statusCode()).isIn(302, 403);
    }

    /** A task of the institution's tenant for its users, as the credit bank's processes create them. */
    private String tenantTask(TestInstitutions.Registered institution, String name) {
        Task task = taskService.newTask();
        task.setName(name);
        task.setTenantId(institution.institution().getTenantId());
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), CreditBankGroups.INSTITUTION_USER);
        return task.getId();
    }
}
