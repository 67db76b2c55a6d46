package io.casehall.staff.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.support.IntegrationTest;
import io.casehall.support.ProbeModels;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A page of a group's work queue (what Tasklist lists) is found from the task table and then read through the
 * engine's checks (QueuePage): the member sees exactly the page the engine's own query would list, in every order
 * Tasklist offers, only of their tenants, and never a task whose grant was taken away.
 */
class WorkQueuePageTest extends IntegrationTest {

    private static final String KEY = "queuePageProbe";
    private static final String MEMBER = "queue-member";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    DataSource dataSource;

    private final String group = "pageQueue" + UUID.randomUUID().toString().substring(0, 8);
    private final String tenant = "pageTenantA" + UUID.randomUUID().toString().substring(0, 6);
    private final String otherTenant = "pageTenantB" + UUID.randomUUID().toString().substring(0, 6);
    private final List<Deployment> deployments = new ArrayList<>();
    private final List<String> mine = new ArrayList<>();
    private final List<String> othersTenant = new ArrayList<>();

    @BeforeEach
    void fillTheQueue() {
        deployments.add(ProbeModels.oneGroupTask(repositoryService, KEY, group, null));
        deployments.add(ProbeModels.oneGroupTask(repositoryService, KEY, group, tenant));
        deployments.add(ProbeModels.oneGroupTask(repositoryService, KEY, group, otherTenant));
        Instant time = Instant.parse("2026-09-01T08:00:00Z");
        try {
            for (int i = 0; i < 20; i++) {
                ClockUtil.setCurrentTime(Date.from(time.plusSeconds(60L * i)));
                String tenantId = i % 4 == 0 ? null : i % 4 == 3 ? otherTenant : tenant;
                String taskId = start(tenantId);
                Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
                task.setPriority(40 + i % 3 * 10);
                task.setDueDate(i % 5 == 0 ? null : Date.from(time.plusSeconds(86_400L * (i % 7))));
                task.setName("清单审核 " + (char) ('A' + i * 7 % 20));
                task.setAssignee(i % 6 == 0 ? MEMBER : null);
                taskService.saveTask(task);
                (otherTenant.equals(tenantId) ? othersTenant : mine).add(taskId);
            }
        } finally {
            ClockUtil.reset();
        }
    }

    @AfterEach
    void removeProbes() {
        deployments.forEach(deployment -> repositoryService.deleteDeployment(deployment.getId(), true));
    }

    @Test
    void everyPageInEveryOrderIsThePageTheEngineWouldList() {
        List<UnaryOperator<TaskQuery>> orders = List.of(
                query -> query.orderByTaskCreateTime().desc(),
                query -> query.orderByTaskCreateTime().asc(),
                query -> query.orderByTaskPriority().desc().orderByTaskId().asc(),
                query -> query.orderByDueDate().asc().orderByTaskId().asc(),
                query -> query.orderByDueDate().desc().orderByTaskCreateTime().asc(),
                query -> query.orderByTaskName().asc().orderByTaskId().desc(),
                query -> query.orderByTaskAssignee().desc().orderByTaskId().asc(),
                UnaryOperator.identity());
        for (UnaryOperator<TaskQuery> order : orders) {
            List<String> listed = new ArrayList<>();
            for (int page = 0; page < 4; page++) {
                int first = page * 5;
                List<String> listedPage = ids(asMember(() -> order.apply(queue()).listPage(first, 5)));
                List<String> engines = ids(asMember(() -> order.apply(enginesOwn()).listPage(first, 5)));
                assertThat(listedPage).as("page from %d", first).isEqualTo(engines);
                listed.addAll(listedPage);
            }
            assertThat(listed).as("the whole queue, once, of the member's tenants")
                    .containsExactlyInAnyOrderElementsOf(mine);
        }
    }

    @Test
    void aQueueWithoutAssignedTasksLeavesThemOut() {
        List<String> page = ids(asMember(() -> taskService.createTaskQuery().taskCandidateGroup(group).active()
                .orderByTaskCreateTime().desc().listPage(0, 15)));

        assertThat(page).hasSize(11).isEqualTo(ids(asMember(() -> taskService.createTaskQuery()
                .taskCandidateGroup(group).processDefinitionKey(KEY).active().orderByTaskCreateTime().desc()
                .listPage(0, 15))));
        assertThat(page).doesNotContainAnyElementsOf(taskService.createTaskQuery().taskAssignee(MEMBER).list()
                .stream().map(Task::getId).toList());
    }

    @Test
    void aTaskWhoseGrantWasTakenAwayIsNotListed() {
        String newest = asMember(() -> queue().orderByTaskCreateTime().desc().listPage(0, 1)).get(0).getId();
        authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(newest).list().forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));

        for (int first = 0; first < 15; first += 5) {
            int from = first;
            List<String> page = ids(asMember(() -> queue().orderByTaskCreateTime().desc().listPage(from, 5)));

            assertThat(page).as("page from %d", from).doesNotContain(newest)
                    .isEqualTo(ids(asMember(() -> enginesOwn().orderByTaskCreateTime().desc().listPage(from, 5))));
        }
    }

    @Test
    void theStatementAloneFindsThePage() throws Exception {
        TaskQueryImpl query = (TaskQueryImpl) queue().orderByTaskCreateTime().desc();
        query.setFirstResult(5);
        query.setMaxResults(5);
        query.getTenantCheck().setTenantCheckEnabled(true);
        query.getTenantCheck().setAuthTenantIds(List.of(tenant));
        Authentication member = new Authentication(MEMBER, List.of(group), List.of(tenant));

        List<String> page;
        try (Connection connection = dataSource.getConnection()) {
            page = QueuePage.of(query, member, "").orElseThrow().taskIdsToEndOfPage(connection);
        }

        assertThat(page).as("down to the end of the page, to check what comes before it too")
                .isEqualTo(ids(asMember(() -> enginesOwn().orderByTaskCreateTime().desc().listPage(0, 10))));
        assertThat(QueuePage.of((TaskQueryImpl) queue().orderByTaskNameCaseInsensitive().asc(), member, ""))
                .as("an order the engine computes").isEmpty();
        assertThat(QueuePage.of((TaskQueryImpl) queue(), new Authentication("outsider", List.of("x")), ""))
                .as("not a member").isEmpty();
        TaskQueryImpl everything = (TaskQueryImpl) queue();
        everything.setMaxResults(Integer.MAX_VALUE);
        assertThat(QueuePage.of(everything, member, "")).as("not a page").isEmpty();
        assertThat(QueuePage.of((TaskQueryImpl) queue().taskDelegationState(null), member, ""))
                .as("not delegated: a criterion a filter cannot store").isEmpty();
    }

    @Test
    void aDelegatedTaskStaysOutOfAQueueOfUndelegatedTasks() {
        String delegated = asMember(() -> queue().orderByTaskCreateTime().asc().listPage(0, 1)).get(0).getId();
        taskService.delegateTask(delegated, "someone-else");

        List<String> page = ids(asMember(() -> queue().taskDelegationState(null).orderByTaskCreateTime().asc()
                .listPage(0, 5)));

        assertThat(page).hasSize(5).doesNotContain(delegated);
    }

    /** Tasklist's filter on the group, with its "active" switch: a work queue. */
    private TaskQuery queue() {
        return taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().active();
    }

    /** The same tasks asked with one criterion more, which the engine answers itself. */
    private TaskQuery enginesOwn() {
        return queue().processDefinitionKey(KEY);
    }

    private <T> T asMember(Supplier<T> read) {
        identityService.setAuthentication(MEMBER, List.of(group), List.of(tenant));
        try {
            return read.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private String start(String tenantId) {
        String instance = (tenantId == null
                ? runtimeService.createProcessInstanceByKey(KEY).processDefinitionWithoutTenantId()
                : runtimeService.createProcessInstanceByKey(KEY).processDefinitionTenantId(tenantId))
                .execute().getId();
        return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    private static List<String> ids(List<Task> tasks) {
        return tasks.stream().map(Task::getId).toList();
    }
}
