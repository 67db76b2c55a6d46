package io.casehall.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.account.AccountService;
import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.TestApplicants;
import io.casehall.shared.audit.AuditEventRepository;
import io.casehall.support.Browser;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import io.casehall.support.TestDatabase;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Single sign-on into the Camunda webapps, and the engine's REST API as a real client sees it: closed
 * without credentials, closed to applicants, open to staff within their engine authorizations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("integration")
class StaffSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    TestApplicants applicants;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditEventRepository audit;

    @Test
    void restApiRequiresAuthentication() {
        Browser anonymous = new Browser(port);
        assertThat(anonymous.get("/engine-rest/task").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/engine-rest/deployment").statusCode()).isEqualTo(401);
        assertThat(anonymous.getWithBasic("/engine-rest/task", "reviewer", "wrong-password").statusCode())
                .isEqualTo(401);
    }

    @Test
    void anApplicantsOwnCredentialsOpenNeitherTheRestApiNorTheWebapps() {
        ApplicantPrincipal applicant = applicants.create("钱多多");
        String mobile = accounts.get(applicant.applicantId()).getMobile();
        Browser browser = new Browser(port);
        assertThat(browser.getWithBasic("/engine-rest/task", mobile, TestApplicants.PASSWORD).statusCode())
                .isEqualTo(401);

        HttpResponse<String> login = browser.submitForm("/login", "/login",
                Map.of("username", mobile, "password", TestApplicants.PASSWORD));
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/home"));
        assertThat(browser.get("/home").statusCode()).isEqualTo(200);
        assertThat(browser.get("/engine-rest/task").statusCode()).isEqualTo(401);
        assertThat(browser.get("/camunda/api/engine/engine/default/task").statusCode()).isIn(401, 403);
        assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isIn(302, 403);
        assertThat(browser.get("/staff").statusCode()).isIn(302, 403);
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() {
        HttpResponse<String> forged = new Browser(port).postWithoutToken("/staff/login", "username=admin&password=x");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(new Browser(port).postWithoutToken("/register", "fullName=x").statusCode()).isEqualTo(403);
    }

    @Test
    void anUploadOverTheRequestLimitComesBackToTheFormWithAMessage() {
        Browser admin = new Browser(port);
        admin.staffLogin("admin", "Console2026");
        HttpResponse<String> form = admin.get("/staff/registry");
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(form.body());
        assertThat(token.find()).isTrue();
        assertThat(form.body()).doesNotContain("_csrf=");

        HttpResponse<String> refused = admin.postMultipart("/staff/registry/import", token.group(1),
                "file", "big.xlsx", new byte[21 * 1024 * 1024], "http://localhost:" + port + "/staff/registry");
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/staff/registry"));
        assertThat(admin.get("/staff/registry").body()).contains("上传的文件过大");
    }

    @Test
    void restApiServesStaffWithinTheirAuthorizations() {
        Browser modeler = new Browser(port);
        HttpResponse<String> filters = modeler.getWithBasic("/engine-rest/filter", "reviewer", "Review2026");
        assertThat(filters.statusCode()).isEqualTo(200);
        assertThat(filters.body()).contains("实名认证审核").doesNotContain("档案业务受理");

        HttpResponse<String> adminFilters = modeler.getWithBasic("/engine-rest/filter", "admin", "Console2026");
        assertThat(adminFilters.body()).contains("实名认证审核", "档案业务受理");
    }

    @Test
    void aRestClientIsAuditedOnceNotOnEveryCallAndAWrongPasswordStaysRefused() {
        Browser modeler = new Browser(port);
        int before = audit.findByObjectTypeAndObjectIdOrderByIdAsc("staff", "clerk").size();
        for (int i = 0; i < 3; i++) {
            assertThat(modeler.getWithBasic("/engine-rest/task", "clerk", "Counter2026").statusCode()).isEqualTo(200);
        }
        assertThat(audit.findByObjectTypeAndObjectIdOrderByIdAsc("staff", "clerk")).hasSize(before + 1)
                .last().satisfies(e -> assertThat(e.getAction()).isEqualTo("LOGIN"));

        assertThat(modeler.getWithBasic("/engine-rest/task", "clerk", "Counter2026-wrong").statusCode()).isEqualTo(401);
        assertThat(audit.findByObjectTypeAndObjectIdOrderByIdAsc("staff", "clerk")).hasSize(before + 2)
                .last().satisfies(e -> assertThat(e.getAction()).isEqualTo("LOGIN_FAILED"));
    }

    @Test
    void adHocQueryExpressionsAreRefused() {
        HttpResponse<String> response = new Browser(port).getWithBasic(
                "/engine-rest/task?assigneeExpression=%24%7BcurrentUser()%7D", "admin", "Console2026");
        assertThat(response.statusCode()).isIn(400, 403);
        assertThat(response.body()).containsIgnoringCase("expression");
    }

    @Test
    void oneStaffLoginOpensTheConsoleAndTasklist() {
        Browser browser = new Browser(port);
        assertThat(browser.get("/camunda/app/tasklist/default/").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/staff/login"));

        HttpResponse<String> login = browser.staffLogin("reviewer", "Review2026");
        // Back to the Tasklist page that was asked for before signing in.
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/camunda/app/tasklist/default/"));

        HttpResponse<String> console = browser.get("/staff");
        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(console.body()).contains("实名认证审核").contains("/camunda/app/tasklist/default/#/?filter=");
        assertThat(console.body().indexOf("我的待办")).isLessThan(console.body().indexOf("实名认证审核"));

        assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
        // Tasklist speaks Chinese to staff.
        assertThat(browser.get("/camunda/app/tasklist/scripts/config.js").body()).contains("availableLocales: ['zh', 'en']");
        assertThat(browser.get("/camunda/app/tasklist/locales/zh.json").body()).contains("\"CLAIM_TASK\": \"认领\"");
        // Camunda Forms' own validation messages are translated by a Tasklist custom script.
        assertThat(browser.get("/camunda/app/tasklist/scripts/config.js").body())
                .contains("customScripts: ['casehall/form-messages']");
        assertThat(browser.get("/camunda/app/tasklist/casehall/form-messages.js").body()).contains("此项为必填项");
        HttpResponse<String> webappUser = browser.get("/camunda/api/admin/auth/user/default");
        assertThat(webappUser.statusCode()).isEqualTo(200);
        assertThat(webappUser.body()).contains("\"userId\":\"reviewer\"").contains("tasklist").doesNotContain("cockpit");
    }

    @Test
    void aWrongStaffPasswordIsRefusedAndAudited() {
        long before = audit.findByObjectTypeAndObjectIdOrderByIdAsc("staff", "clerk").size();
        HttpResponse<String> login = new Browser(port).staffLogin("clerk", "not-the-password");
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/staff/login?error"));
        assertThat(audit.findByObjectTypeAndObjectIdOrderByIdAsc("staff", "clerk")).hasSize((int) before + 1)
                .last().satisfies(e -> assertThat(e.getAction()).isEqualTo("LOGIN_FAILED"));
    }

    @Test
    void theOutboxPageIsForAdministratorsOnly() {
        Browser clerk = new Browser(port);
        clerk.staffLogin("clerk", "Counter2026");
        HttpResponse<String> refused = clerk.get("/staff/admin/outbox");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("您无权访问该页面").doesNotContain("Exception");

        Browser admin = new Browser(port);
        admin.staffLogin("admin", "Console2026");
        assertThat(admin.get("/staff/admin/outbox").statusCode()).isEqualTo(200);
    }
}
