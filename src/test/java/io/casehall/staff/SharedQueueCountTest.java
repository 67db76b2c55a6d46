package io.casehall.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.support.IntegrationTest;
import io.casehall.support.ProbeModels;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A group's queue is counted once for all its members for a few seconds (the engine's authorization check of a
 * season-sized queue is the slowest part of Tasklist's queue page); anything narrower is counted for the caller.
 */
class SharedQueueCountTest extends IntegrationTest {

    private static final String KEY = "queueCountProbe";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    private final String group = "probeQueue" + UUID.randomUUID().toString().substring(0, 8);
    private Deployment deployment;

    @BeforeEach
    void deployProbe() {
        deployment = ProbeModels.oneGroupTask(repositoryService, KEY, group);
        start(3);
    }

    @AfterEach
    void removeProbe() {
        repositoryService.deleteDeployment(deployment.getId(), true);
    }

    @Test
    void membersOfTheGroupShareOneCountForAFewSeconds() {
        assertThat(countAs("member-one", List.of(group))).isEqualTo(3);
        start(2);

        assertThat(countAs("member-two", List.of(group))).as("the same count, shared").isEqualTo(3);
        assertThat(countAs("member-three", List.of(group, "archiveClerk"))).as("other groups: own count")
                .isEqualTo(5);
        assertThat(taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().count())
                .as("the application's own counts are exact").isEqualTo(5);
    }

    @Test
    void aNarrowerQueryAndAnOutsiderAreCountedExactly() {
        countAs("member-one", List.of(group));
        start(1);

        identityService.setAuthentication("member-one", List.of(group));
        try {
            assertThat(taskService.createTaskQuery().taskCandidateGroup(group).taskNameLike("没有这样的任务%").count())
                    .isZero();
            assertThat(taskService.createTaskQuery().taskCandidateGroup(group).processDefinitionKey(KEY).count())
                    .isEqualTo(4);
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(countAs("outsider", List.of("someOtherGroup"))).isZero();
    }

    private long countAs(String user, List<String> groups) {
        identityService.setAuthentication(user, groups);
        try {
            // What a Tasklist filter on the group runs (a filter adds only its own READ check).
            return taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().count();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void start(int instances) {
        for (int i = 0; i < instances; i++) {
            runtimeService.startProcessInstanceByKey(KEY);
        }
    }
}
