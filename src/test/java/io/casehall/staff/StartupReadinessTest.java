package io.casehall.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

/** The readiness probe stays OUT_OF_SERVICE until the models are deployed and the staff directory is built. */
class StartupReadinessTest {

    private final RepositoryService repository = mock(RepositoryService.class, RETURNS_DEEP_STUBS);
    private final StartupReadiness readiness = new StartupReadiness(repository);

    @Test
    void outOfServiceUntilTheStaffDirectoryIsBuilt() {
        models(1);

        assertThat(readiness.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(readiness.health().getDetails()).containsEntry("staffDirectory", false).containsEntry("models", true);

        readiness.staffDirectoryReady();
        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void outOfServiceWithoutModels() {
        models(0);
        readiness.staffDirectoryReady();

        assertThat(readiness.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(readiness.health().getDetails()).containsEntry("models", false);

        models(1);
        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
    }

    private void models(long count) {
        when(repository.createProcessDefinitionQuery().latestVersion().count()).thenReturn(count);
        when(repository.createDecisionDefinitionQuery().latestVersion().count()).thenReturn(count);
    }
}
