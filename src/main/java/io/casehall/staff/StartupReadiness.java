package io.casehall.staff;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code startup} health component, part of the readiness group ({@code /actuator/health/readiness}):
 * OUT_OF_SERVICE until the models are deployed in the engine and the staff directory (administrators, role
 * queues, configured staff) has been built, which happens after the port already answers. A load balancer
 * that follows the probe sends no sign-in to a node whose staff accounts do not exist yet.
 */
@Component("startup")
class StartupReadiness implements HealthIndicator {

    private final RepositoryService repositoryService;
    private volatile boolean staffDirectory;
    private volatile boolean models;

    StartupReadiness(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    /** Called by {@link StaffDirectoryInitializer} once every account and group it manages exists. */
    void staffDirectoryReady() {
        staffDirectory = true;
    }

    @Override
    public Health health() {
        boolean modelsDeployed = modelsDeployed();
        Health.Builder health = staffDirectory && modelsDeployed ? Health.up() : Health.outOfService();
        return health.withDetail("staffDirectory", staffDirectory).withDetail("models", modelsDeployed).build();
    }

    /** Asked until it is true once: the models never leave the engine afterwards. */
    private boolean modelsDeployed() {
        if (!models) {
            models = repositoryService.createProcessDefinitionQuery().latestVersion().count() > 0
                    && repositoryService.createDecisionDefinitionQuery().latestVersion().count() > 0;
        }
        return models;
    }
}
