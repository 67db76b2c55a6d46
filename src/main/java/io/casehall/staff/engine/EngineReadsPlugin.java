package io.casehall.staff.engine;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes the engine's reads for people cheaper at a season's scale: shared work-queue counts ({@link QueueCounts};
 * a refresh interval of 0 turns them off), work-queue pages found without the engine's authorization join
 * ({@link QueuePage}) and the groups that have grants remembered ({@link AuthorizedGroups}).
 */
@Component
class EngineReadsPlugin extends AbstractProcessEnginePlugin {

    private final QueueCounts counts;
    private final boolean queuePages;
    private final AuthorizedGroups authorizedGroups;

    EngineReadsPlugin(@Value("${casehall.staff.queue-counts.refresh-after:PT15S}") Duration refreshAfter,
                      @Value("${casehall.staff.queue-counts.expire-after:PT5M}") Duration expireAfter,
                      @Value("${casehall.staff.queue-pages.enabled:true}") boolean queuePages,
                      @Value("${casehall.staff.authorized-groups.recheck-after:PT5S}") Duration recheckAfter) {
        this.counts = QueueCounts.inBackground(refreshAfter, expireAfter);
        this.queuePages = queuePages;
        this.authorizedGroups = new AuthorizedGroups(recheckAfter, System::nanoTime);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        if (counts.enabled() || queuePages) {
            factories.add(WorkQueueTaskManager.factory(counts, queuePages, configuration));
        }
        factories.add(GroupRememberingAuthorizationManager.factory(authorizedGroups));
        configuration.setCustomSessionFactories(factories);
    }

    @PreDestroy
    void stop() {
        counts.shutdown();
    }
}
