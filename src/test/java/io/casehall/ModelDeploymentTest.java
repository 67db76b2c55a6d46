package io.casehall;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.support.IntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** processes/, dmn/ and forms/ reach the engine at start, forms included. */
class ModelDeploymentTest extends IntegrationTest {

    @Autowired
    RepositoryService repository;

    @Test
    void everyModelFolderIsDeployedAtStart() {
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("realNameVerification")
                .latestVersion().singleResult().getHistoryTimeToLive()).isEqualTo(180);
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("realNameAutoApproval")
                .latestVersion().count()).isEqualTo(1);

        String deploymentId = repository.createProcessDefinitionQuery().processDefinitionKey("realNameVerification")
                .latestVersion().singleResult().getDeploymentId();
        List<String> resources = repository.getDeploymentResources(deploymentId).stream().map(Resource::getName).toList();
        assertThat(resources).anyMatch(name -> name.endsWith("forms/real-name-review.form"));
        assertThat(resources).anyMatch(name -> name.endsWith("dmn/real-name-auto-approval.dmn"));
    }
}
