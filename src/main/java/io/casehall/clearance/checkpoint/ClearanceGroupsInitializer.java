package io.casehall.clearance.checkpoint;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, makes sure every checkpoint group of the latest deployed clearance model exists (with Tasklist access
 * and a queue filter), so administrators can put staff into the groups before the first plan is launched. A model
 * redeployed from Modeler gets its new groups at the next launch.
 */
@Component
class ClearanceGroupsInitializer {

    private static final Logger log = LoggerFactory.getLogger(ClearanceGroupsInitializer.class);

    private final CheckpointCatalog catalog;

    ClearanceGroupsInitializer(CheckpointCatalog catalog) {
        this.catalog = catalog;
    }

    @Order(50)
    @EventListener(ApplicationReadyEvent.class)
    void ensureGroups() {
        try {
            catalog.latestDefinitionId().ifPresent(catalog::ensureGroups);
        } catch (RuntimeException e) {
            // Another node may be creating the same groups at this moment; the next launch ensures them again.
            log.warn("Clearance checkpoint groups could not be ensured at start", e);
        }
    }
}
