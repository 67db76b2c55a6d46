package io.casehall.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casehall.support.Browser;
import io.casehall.support.TestDatabase;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * No expression from outside is evaluated (CVE-2026-109432 and relatives): task queries and filters carrying an
 * expression other than Tasklist's standard functions are refused — over real HTTP as a non-admin staff member,
 * on the REST API and the webapps' API, at the top level, nested in orQueries and in query parameters — and the
 * engine refuses them itself when they come another way; models reach only the beans meant for them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("integration")
class EngineExpressionGuardTest {

    private static final String BEAN_CALL = "${staffDirectory.toString()}";
    private static final String OS_COMMAND = "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime')"
            + ".invoke(null).exec('touch /tmp/casehall-pwned')}";

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    @Autowired
    FilterService filterService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    static Stream<String> hostileQueries() {
        return Stream.of(
                "{\"orQueries\":[{\"assigneeExpression\":\"" + json(BEAN_CALL) + "\"}]}",
                "{\"orQueries\":[{\"candidateGroupExpression\":\"" + json(OS_COMMAND) + "\"}]}",
                "{\"orQueries\":[{\"candidateUserExpression\":\"#{staffDirectory}\"}]}",
                "{\"assigneeExpression\":\"" + json(BEAN_CALL) + "\"}",
                "{\"dueBeforeExpression\":\"${dateTime().plusDays(1).toDate().getClass()}\"}",
                "{\"assigneeExpression\":\"${currentUser()}${staffDirectory}\"}",
                // Unicode escapes are decoded before the check.
                "{\"orQueries\":[{\"ownerExpression\":\"\\u0024{staffDirectory}\"}]}");
    }

    @ParameterizedTest
    @MethodSource("hostileQueries")
    void aTaskQueryWithAnExpressionIsRefusedOnTheRestApi(String body) {
        for (String path : List.of("/engine-rest/task", "/engine-rest/task/count",
                "/engine-rest/engine/default/task")) {
            HttpResponse<String> response = new Browser(port).restJson("POST", path, body, "reviewer", "Review2026");
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.body()).contains("currentUser()");
        }
    }

    @ParameterizedTest
    @MethodSource("hostileQueries")
    void aTaskQueryWithAnExpressionIsRefusedOnTheWebappsApi(String body) {
        Browser tasklist = new Browser(port);
        tasklist.staffLogin("reviewer", "Review2026");
        HttpResponse<String> response = tasklist.webappJson("POST", "/camunda/api/engine/engine/default/task", body);
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void anExpressionInAQueryParameterIsRefused() {
        Browser reviewer = new Browser(port);
        for (String parameter : List.of("assigneeExpression", "candidateGroupExpression", "dueAfterExpression")) {
            HttpResponse<String> response = reviewer.getWithBasic("/engine-rest/task?" + parameter + "="
                    + URLEncoder.encode(OS_COMMAND, StandardCharsets.UTF_8), "reviewer", "Review2026");
            assertThat(response.statusCode()).as(parameter).isEqualTo(400);
        }
    }

    @Test
    void filtersCanBeCreatedUpdatedAndExecutedOnlyWithTheStandardFunctions() {
        Browser admin = new Browser(port);
        String hostile = "{\"resourceType\":\"Task\",\"name\":\"x\",\"query\":{\"orQueries\":[{\"assigneeExpression\":\""
                + json(OS_COMMAND) + "\"}]}}";
        assertThat(admin.restJson("POST", "/engine-rest/filter/create", hostile, "admin", "Console2026")
                .statusCode()).isEqualTo(400);

        HttpResponse<String> created = admin.restJson("POST", "/engine-rest/filter/create",
                "{\"resourceType\":\"Task\",\"name\":\"我的任务（测试）\",\"query\":{\"assigneeExpression\":\"${ currentUser() }\","
                        + "\"dueBeforeExpression\":\"${dateTime().plusDays(3).toDate()}\"}}", "admin", "Console2026");
        assertThat(created.statusCode()).isEqualTo(200);
        String id = created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        try {
            assertThat(admin.restJson("PUT", "/engine-rest/filter/" + id, hostile, "admin", "Console2026")
                    .statusCode()).isEqualTo(400);
            assertThat(admin.restJson("POST", "/engine-rest/filter/" + id + "/list",
                    "{\"orQueries\":[{\"assigneeExpression\":\"" + json(BEAN_CALL) + "\"}]}", "admin", "Console2026")
                    .statusCode()).isEqualTo(400);
            assertThat(admin.restJson("POST", "/engine-rest/filter/" + id + "/count", "{}", "admin", "Console2026")
                    .statusCode()).isEqualTo(200);
        } finally {
            filterService.deleteFilter(id);
        }
    }

    @Test
    void tasklistsOwnSavedFiltersKeepWorking() {
        Filter myTasks = filterService.createFilterQuery().filterName(StaffDirectory.MY_TASKS_FILTER).singleResult();
        Browser tasklist = new Browser(port);
        tasklist.staffLogin("reviewer", "Review2026");
        HttpResponse<String> list = tasklist.webappJson("POST",
                "/camunda/api/engine/engine/default/filter/" + myTasks.getId() + "/list?firstResult=0&maxResults=15",
                "{}");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(new Browser(port).getWithBasic("/engine-rest/filter/" + myTasks.getId() + "/count", "reviewer",
                "Review2026").statusCode()).isEqualTo(200);
    }

    @Test
    void theEngineItselfRefusesExpressionsThatReachItAnotherWay() {
        assertThatThrownBy(() -> taskService.createTaskQuery().or().taskAssigneeExpression(BEAN_CALL).endOr().list())
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("currentUser()");

        // A filter stored before this rule (or through Java) is refused when it runs.
        Filter stored = filterService.saveFilter(filterService.newTaskFilter("旧过滤器（测试）")
                .setQuery(taskService.createTaskQuery().or().taskCandidateGroupExpression(OS_COMMAND).endOr()));
        try {
            assertThatThrownBy(() -> filterService.list(stored.getId())).isInstanceOf(BadUserRequestException.class);
        } finally {
            filterService.deleteFilter(stored.getId());
        }
        assertThat(new java.io.File("/tmp/casehall-pwned")).doesNotExist();
    }

    @Test
    void modelsReachDelegatesAndTheCalendarButNotServices() {
        assertThat(evaluate("${workingCalendar.dueDate(1)}")).isInstanceOf(java.util.Date.class);
        assertThat(evaluate("${notifyArchiveApplicant != null}")).isEqualTo(true);
        for (String service : List.of("staffDirectory", "identityService", "archiveService", "auditLog")) {
            assertThatThrownBy(() -> evaluate("${" + service + ".toString()}")).as(service)
                    .isInstanceOf(ProcessEngineException.class).hasMessageContaining(service);
        }
    }

    /** Evaluates an expression as a model would, in a service task of a throw-away process. */
    private Object evaluate(String expression) {
        BpmnModelInstance model = Bpmn.createExecutableProcess("expressionProbe").camundaHistoryTimeToLive(1)
                .startEvent().serviceTask("Task_Probe").camundaExpression(expression)
                .camundaResultVariable("result").userTask("Task_Hold").endEvent().done();
        Deployment deployment = repositoryService.createDeployment().addModelInstance("probe.bpmn", model).deploy();
        try {
            String instance = runtimeService.startProcessInstanceByKey("expressionProbe").getId();
            return runtimeService.getVariable(instance, "result");
        } finally {
            repositoryService.deleteDeployment(deployment.getId(), true);
        }
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
