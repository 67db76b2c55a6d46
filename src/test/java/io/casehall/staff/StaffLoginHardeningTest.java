package io.casehall.staff;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.casehall.shared.security.LoginThrottle;
import io.casehall.support.Browser;
import io.casehall.support.TestDatabase;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Sign-in and staff-account hardening over real HTTP: the engine's lockout can no longer lock anyone for good,
 * a client that keeps failing is held back on every surface, passwords follow the policy on the REST API, and
 * the webapps' side doors (first-run setup, their own login, password verification, Cockpit's plugin API for
 * non-administrators, a forged logout) are closed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("integration")
class StaffLoginHardeningTest {

    private static final String ADMIN_PASSWORD = "Console2026";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @AfterEach
    void restore() {
        ClockUtil.reset();
        engineConfiguration.setLoginDelayBase(0);
        identityService.unlockUser("admin");
    }

    @Test
    void tenWrongRestPasswordsLockTheAdministratorOnlyForAWhile() {
        engineConfiguration.setLoginDelayBase(3);
        Browser attacker = new Browser(port);
        for (int i = 0; i < 12; i++) {
            ClockUtil.offset(ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis() + 16 * 60_000L);
            assertThat(attacker.getWithBasic("/engine-rest/user/count", "admin", "guess" + i).statusCode())
                    .isEqualTo(401);
        }
        UserEntity admin = (UserEntity) identityService.createUserQuery().userId("admin").singleResult();
        assertThat(admin.getAttempts()).isEqualTo(12);
        Date lockedUntil = admin.getLockExpirationTime();
        assertThat(lockedUntil).isNotNull();
        long lockSeconds = (lockedUntil.getTime() - ClockUtil.getCurrentTime().getTime()) / 1000;
        assertThat(lockSeconds).isBetween(1L, 900L);

        // While locked, even the right password is refused, in the console as on REST.
        assertThat(new Browser(port).staffLogin("admin", ADMIN_PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/staff/login?error"));

        // The lock expires: the right password works again everywhere.
        ClockUtil.offset(ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis() + 16 * 60_000L);
        assertThat(new Browser(port).getWithBasic("/engine-rest/user/count", "admin", ADMIN_PASSWORD).statusCode())
                .isEqualTo(200);
        assertThat(new Browser(port).staffLogin("admin", ADMIN_PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/staff"));
    }

    @Test
    void anAdministratorUnlocksAStaffAccountInTheConsole() {
        engineConfiguration.setLoginDelayBase(600);
        new Browser(port).staffLogin("reviewer", "wrong-password-1");
        assertThat(new Browser(port).staffLogin("reviewer", "Review2026").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("error"));

        Browser admin = new Browser(port);
        admin.staffLogin("admin", ADMIN_PASSWORD);
        String page = admin.get("/staff/admin/accounts").body();
        assertThat(page).contains("锁定至").contains("reviewer");
        HttpResponse<String> unlocked = admin.submitForm("/staff/admin/accounts",
                "/staff/admin/accounts/reviewer/unlock", Map.of());
        assertThat(unlocked.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/staff/admin/accounts"));
        assertThat(admin.get("/staff/admin/accounts").body()).contains("已解锁账号 reviewer");

        assertThat(new Browser(port).staffLogin("reviewer", "Review2026").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/staff"));
        assertThat(new Browser(port).get("/staff/admin/accounts").statusCode()).isEqualTo(302);
    }

    @Test
    void theUnlockSwitchReadAtStartFreesALockedOutAdministrator() {
        engineConfiguration.setLoginDelayBase(600);
        new Browser(port).getWithBasic("/engine-rest/user/count", "admin", "wrong-password-1");
        assertThat(identityService.checkPassword("admin", ADMIN_PASSWORD)).isFalse();

        StaffDirectoryProperties properties = new StaffDirectoryProperties(null, null,
                new StaffDirectoryProperties.Staff(List.of("admin")));
        new StaffDirectoryInitializer(directory(), properties, new StartupReadiness(null)).initialize();

        assertThat(identityService.checkPassword("admin", ADMIN_PASSWORD)).isTrue();
    }

    @Autowired
    StaffDirectory staffDirectory;

    private StaffDirectory directory() {
        return staffDirectory;
    }

    @Test
    void aClientThatKeepsFailingIsHeldBackOnEverySignInSurface() {
        String client = "127.0.0.1";
        for (int i = 0; i < 500; i++) {
            throttle.recordFailure(client);
        }
        try {
            HttpResponse<String> rest = new Browser(port).getWithBasic("/engine-rest/user/count", "admin",
                    ADMIN_PASSWORD);
            assertThat(rest.statusCode()).isEqualTo(429);
            assertThat(rest.headers().firstValue("Retry-After")).isPresent();
            assertThat(new Browser(port).staffLogin("admin", ADMIN_PASSWORD).headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/staff/login?throttled"));
            assertThat(new Browser(port).get("/staff/login?throttled").body()).contains("登录失败次数过多");
            assertThat(new Browser(port).submitForm("/login", "/login",
                    Map.of("username", "13800000000", "password", "Whatever2026")).headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?throttled"));
        } finally {
            throttle.forget(client);
        }
    }

    @Test
    void staffPasswordsFollowThePolicyOnTheRestApi() {
        Browser reviewer = new Browser(port);
        for (String weak : List.of("a", "abcdefgh", "12345678", "Reviewer2026", "Abc12345678901234567890")) {
            HttpResponse<String> response = reviewer.restJson("PUT", "/engine-rest/user/reviewer/credentials",
                    "{\"password\":\"" + weak + "\",\"authenticatedUserPassword\":\"Review2026\"}",
                    "reviewer", "Review2026");
            assertThat(response.statusCode()).as(weak).isEqualTo(400);
            assertThat(response.body()).as(weak).contains("8–20");
        }
        HttpResponse<String> create = new Browser(port).restJson("POST", "/engine-rest/user/create",
                "{\"profile\":{\"id\":\"weakling\",\"firstName\":\"弱\",\"lastName\":\"密码\"},"
                        + "\"credentials\":{\"password\":\"a\"}}", "admin", ADMIN_PASSWORD);
        assertThat(create.statusCode()).isEqualTo(400);
        assertThat(identityService.createUserQuery().userId("weakling").count()).isZero();

        HttpResponse<String> policy = reviewer.getWithBasic("/engine-rest/identity/password-policy", "reviewer",
                "Review2026");
        assertThat(policy.body()).contains("PASSWORD_POLICY_CASEHALL_LENGTH").contains("PASSWORD_POLICY_USER_DATA");
    }

    @Test
    void theWebappsSideDoorsAreClosed() {
        Browser anonymous = new Browser(port);
        assertThat(anonymous.restJson("POST", "/camunda/api/admin/setup/default/user/create",
                "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"Intruder2026\"}}", null, null)
                .statusCode()).isIn(401, 403);

        Browser admin = new Browser(port);
        admin.staffLogin("admin", ADMIN_PASSWORD);
        assertThat(admin.webappJson("POST", "/camunda/api/admin/setup/default/user/create",
                "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"Intruder2026\"}}").statusCode())
                .isEqualTo(403);
        assertThat(admin.webappJson("POST", "/camunda/api/admin/auth/user/default/login/tasklist", null)
                .statusCode()).isEqualTo(403);
        assertThat(admin.webappJson("POST", "/camunda/api/engine/engine/default/identity/verify",
                "{\"username\":\"reviewer\",\"password\":\"Review2026\"}").statusCode()).isEqualTo(403);
        assertThat(new Browser(port).restJson("POST", "/engine-rest/identity/verify",
                "{\"username\":\"admin\",\"password\":\"x\"}", "reviewer", "Review2026").statusCode()).isEqualTo(403);
        assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();

        Browser reviewer = new Browser(port);
        reviewer.staffLogin("reviewer", "Review2026");
        assertThat(reviewer.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count")
                .statusCode()).isEqualTo(403);
        assertThat(reviewer.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
        assertThat(reviewer.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
        assertThat(admin.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count")
                .statusCode()).isNotIn(401, 403);
    }

    @Test
    void aForgedPostDoesNotEndTheSessionButTasklistsOwnLogoutDoes() {
        Browser staff = new Browser(port);
        staff.staffLogin("reviewer", "Review2026");
        assertThat(staff.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);

        for (String forgedTarget : List.of("/camunda/api/admin/auth/user/default/logout",
                "/camunda/api/engine/engine/default/task/no-such-task/claim")) {
            HttpResponse<String> forged = staff.postWithoutToken(forgedTarget, "");
            assertThat(forged.statusCode()).as(forgedTarget).isEqualTo(403);
            assertThat(staff.get("/staff").statusCode()).as(forgedTarget).isEqualTo(200);
        }

        assertThat(staff.webappJson("POST", "/camunda/api/admin/auth/user/default/logout", null).statusCode())
                .isEqualTo(200);
        assertThat(staff.get("/staff").statusCode()).isEqualTo(302);
    }

    @Test
    void consolePagesSendAContentSecurityPolicy() {
        Browser admin = new Browser(port);
        admin.staffLogin("admin", ADMIN_PASSWORD);
        for (String page : List.of("/staff", "/staff/login", "/staff/admin/accounts", "/staff/admin/audit")) {
            assertThat(admin.get(page).headers().firstValue("Content-Security-Policy")).as(page)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'")
                            .contains("frame-ancestors 'self'"));
        }
    }

    /** Stands for any task listener that refuses a form the way CaseHall's do. */
    public static class RefusingListener implements TaskListener {
        @Override
        public void notify(DelegateTask task) {
            if (task.getVariable("decision") == null) {
                throw new org.camunda.bpm.engine.BadUserRequestException("请选择审核结果：通过或不通过。");
            }
        }
    }

    @Test
    void aRefusedTaskCompletionAnswers400WithTheMessageAndLogsNoError() {
        Deployment deployment = repositoryService.createDeployment().addModelInstance("refusal.bpmn",
                Bpmn.createExecutableProcess("refusalProbe").camundaHistoryTimeToLive(1).startEvent()
                        .userTask("Task_Review").camundaCandidateGroups("realNameReview")
                        .camundaTaskListenerClass(TaskListener.EVENTNAME_COMPLETE, RefusingListener.class.getName())
                        .endEvent().done()).deploy();
        Logger engineContext = (Logger) LoggerFactory.getLogger("org.camunda.bpm.engine.context");
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        engineContext.addAppender(logged);
        try {
            runtimeService.startProcessInstanceByKey("refusalProbe");
            Task task = taskService.createTaskQuery().processDefinitionKey("refusalProbe").singleResult();
            Browser reviewer = new Browser(port);

            HttpResponse<String> refused = reviewer.restJson("POST", "/engine-rest/task/" + task.getId() + "/complete",
                    "{\"variables\":{}}", "reviewer", "Review2026");
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("请选择审核结果").doesNotContain("ENGINE-03051");

            Browser tasklist = new Browser(port);
            tasklist.staffLogin("reviewer", "Review2026");
            HttpResponse<String> inTasklist = tasklist.webappJson("POST",
                    "/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form", "{\"variables\":{}}");
            assertThat(inTasklist.statusCode()).isEqualTo(400);
            assertThat(inTasklist.body()).contains("请选择审核结果");

            HttpResponse<String> javaSerialized = reviewer.restJson("PUT",
                    "/engine-rest/task/" + task.getId() + "/variables/decision",
                    "{\"value\":\"rO0ABXQAAWE=\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":"
                            + "\"java.lang.String\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}}",
                    "reviewer", "Review2026");
            assertThat(javaSerialized.statusCode()).isEqualTo(400);
            assertThat(javaSerialized.body()).contains("Java");

            assertThat(logged.list).noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.ERROR));
            assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        } finally {
            engineContext.detachAppender(logged);
            repositoryService.deleteDeployment(deployment.getId(), true);
        }
    }
}
