package io.casehall.account.registry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Demo run only ({@code casehall.demo.registry-rows=true}): puts a few graduates with valid ID numbers into
 * the registry, so a newcomer can pass real-name verification automatically (see the README).
 */
@Component
@ConditionalOnProperty(name = "casehall.demo.registry-rows", havingValue = "true")
class RegistryDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RegistryDemoData.class);

    private final GraduateRegistryService registry;

    RegistryDemoData(GraduateRegistryService registry) {
        this.registry = registry;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            int added = registry.addDemoRows();
            if (added > 0) {
                log.info("Demo graduate registry: {} rows added", added);
            }
        } catch (DataIntegrityViolationException e) {
            // another node of the cluster inserted them at the same moment
            log.debug("Demo graduate registry rows already present", e);
        }
    }
}
