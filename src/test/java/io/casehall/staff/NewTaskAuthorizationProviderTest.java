package io.casehall.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casehall.support.IntegrationTest;
import io.casehall.support.ProbeModels;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Candidate groups still get their grant on each task, once, whether the task was created in the same command
 * (no database look-up) or exists already (looked up, merged, never duplicated).
 */
class NewTaskAuthorizationProviderTest extends IntegrationTest {

    private static final String KEY = "authorizationProbe";
    private static final String GROUP = "probeGroup";

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

    private Deployment deployment;

    @BeforeEach
    void deployProbe() {
        deployment = ProbeModels.oneGroupTask(repositoryService, KEY, GROUP);
    }

    @AfterEach
    void removeProbe() {
        repositoryService.deleteDeployment(deployment.getId(), true);
    }

    @Test
    void aTaskCreatedByAStartGrantsItsCandidateGroupReadAndWorkOnce() {
        runtimeService.startProcessInstanceByKey(KEY);
        Task task = taskService.createTaskQuery().processDefinitionKey(KEY).singleResult();

        assertThat(grantsOf(task)).singleElement().satisfies(grant -> {
            assertThat(grant.isPermissionGranted(Permissions.READ)).isTrue();
            assertThat(grant.getPermissions(Permissions.values())).isNotEmpty();
        });
        assertThat(visibleTo("probe-member", GROUP, task)).isTrue();
        assertThat(visibleTo("probe-outsider", "someOtherGroup", task)).isFalse();

        identityService.setAuthentication("probe-member", List.of(GROUP));
        try {
            taskService.complete(task.getId());
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(taskService.createTaskQuery().processDefinitionKey(KEY).count()).isZero();
    }

    @Test
    void addingTheGroupAgainToAnExistingTaskKeepsOneGrant() {
        runtimeService.startProcessInstanceByKey(KEY);
        Task task = taskService.createTaskQuery().processDefinitionKey(KEY).singleResult();
        taskService.deleteCandidateGroup(task.getId(), GROUP);
        taskService.addCandidateGroup(task.getId(), GROUP);

        assertThat(grantsOf(task)).hasSize(1);
        assertThat(visibleTo("probe-member", GROUP, task)).isTrue();
    }

    @Test
    void anOutsiderCannotCompleteTheTask() {
        runtimeService.startProcessInstanceByKey(KEY);
        Task task = taskService.createTaskQuery().processDefinitionKey(KEY).singleResult();
        identityService.setAuthentication("probe-outsider", List.of("someOtherGroup"));
        try {
            assertThatThrownBy(() -> taskService.complete(task.getId())).isInstanceOf(AuthorizationException.class);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private List<Authorization> grantsOf(Task task) {
        return authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task.getId())
                .groupIdIn(GROUP).list();
    }

    private boolean visibleTo(String user, String group, Task task) {
        identityService.setAuthentication(user, List.of(group));
        try {
            return taskService.createTaskQuery().taskId(task.getId()).count() == 1;
        } finally {
            identityService.clearAuthentication();
        }
    }
}
