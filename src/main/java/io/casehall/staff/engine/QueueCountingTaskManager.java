package io.casehall.staff.engine;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;

/** The engine's task manager, with work-queue counts shared through {@link QueueCounts}. */
class QueueCountingTaskManager extends TaskManager {

    private final QueueCounts counts;
    private final ProcessEngineConfigurationImpl configuration;

    QueueCountingTaskManager(QueueCounts counts, ProcessEngineConfigurationImpl configuration) {
        this.counts = counts;
        this.configuration = configuration;
    }

    @Override
    public long findTaskCountByQueryCriteria(TaskQueryImpl query) {
        Authentication authentication = Context.getCommandContext().isAuthorizationCheckEnabled()
                ? Context.getCommandContext().getAuthentication() : null;
        return counts.count(query, authentication, () -> super.findTaskCountByQueryCriteria(query), this::recount);
    }

    private long countNow(TaskQueryImpl query) {
        return super.findTaskCountByQueryCriteria(query);
    }

    /** Counts in a command of its own, signed in as the user the shared count was first made for. */
    private long recount(TaskQueryImpl query, Authentication authentication) {
        configuration.getIdentityService().setAuthentication(authentication);
        try {
            return configuration.getCommandExecutorTxRequired().execute(context ->
                    ((QueueCountingTaskManager) context.getTaskManager()).countNow(query));
        } finally {
            configuration.getIdentityService().clearAuthentication();
        }
    }

    /** Replaces the engine's task manager factory (same session type). */
    static SessionFactory factory(QueueCounts counts, ProcessEngineConfigurationImpl configuration) {
        return new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return TaskManager.class;
            }

            @Override
            public Session openSession() {
                return new QueueCountingTaskManager(counts, configuration);
            }
        };
    }
}
