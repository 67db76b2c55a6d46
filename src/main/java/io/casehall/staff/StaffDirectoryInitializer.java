package io.casehall.staff;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** Builds the staff directory once the engine is up: administrators first, then every role queue. */
@Configuration
@EnableConfigurationProperties(StaffDirectoryProperties.class)
class StaffDirectoryInitializer {

    private final StaffDirectory directory;
    private final StaffDirectoryProperties properties;
    private final StartupReadiness readiness;

    StaffDirectoryInitializer(StaffDirectory directory, StaffDirectoryProperties properties,
                              StartupReadiness readiness) {
        this.directory = directory;
        this.properties = properties;
        this.readiness = readiness;
    }

    /** Last of the start-up work (the other listeners have lower orders); the node is ready after it. */
    @Order(Ordered.LOWEST_PRECEDENCE)
    @EventListener(ApplicationReadyEvent.class)
    void initialize() {
        directory.ensureAdministrators(properties.admin().password());
        if (properties.admin().resetAtStart()) {
            directory.resetAdministratorPassword(properties.admin().password());
        }
        properties.staff().unlockAtStart().forEach(directory::unlock);
        StaffRoles.QUEUES.forEach(directory::ensureRole);
        properties.demo().staff().forEach(staff ->
                directory.ensureUser(staff.id(), staff.name(), staff.password(), staff.groups()));
        readiness.staffDirectoryReady();
    }
}
