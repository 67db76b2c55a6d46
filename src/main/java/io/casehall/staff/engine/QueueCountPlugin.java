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

/** Installs the shared work-queue counts ({@link QueueCounts}); a refresh interval of 0 turns them off. */
@Component
class QueueCountPlugin extends AbstractProcessEnginePlugin {

    private final QueueCounts counts;

    QueueCountPlugin(@Value("${casehall.staff.queue-counts.refresh-after:PT15S}") Duration refreshAfter,
                     @Value("${casehall.staff.queue-counts.expire-after:PT5M}") Duration expireAfter) {
        this.counts = QueueCounts.inBackground(refreshAfter, expireAfter);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (!counts.enabled()) {
            return;
        }
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(QueueCountingTaskManager.factory(counts, configuration));
        configuration.setCustomSessionFactories(factories);
    }

    @PreDestroy
    void stop() {
        counts.shutdown();
    }
}
