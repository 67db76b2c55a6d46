package io.casehall.staff.engine;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's task manager, with work queues ({@link QueueQuery}) read the cheap way: counts shared through
 * {@link QueueCounts}, pages found by {@link QueuePage} and read through the engine's own checks.
 */
class WorkQueueTaskManager extends TaskManager {

    private static final Logger LOG = LoggerFactory.getLogger(WorkQueueTaskManager.class);

    private final QueueCounts counts;
    private final boolean pages;
    private final ProcessEngineConfigurationImpl configuration;

    WorkQueueTaskManager(QueueCounts counts, boolean pages, ProcessEngineConfigurationImpl configuration) {
        this.counts = counts;
        this.pages = pages;
        this.configuration = configuration;
    }

    @Override
    public long findTaskCountByQueryCriteria(TaskQueryImpl query) {
        return counts.count(query, authentication(), () -> super.findTaskCountByQueryCriteria(query), this::recount);
    }

    /**
     * A page of a work queue: the page's task ids from {@link QueuePage}, then those tasks through the engine's
     * query with its authorization and tenant checks. Should the engine withhold any of them
     * (a grant taken away in Camunda Admin), the engine answers the whole query as it would have.
     */
    @Override
    public List<Task> findTasksByQueryCriteria(TaskQueryImpl query) {
        Authentication authentication = pages ? authentication() : null;
        if (authentication == null) {
            return super.findTasksByQueryCriteria(query);
        }
        configureQuery(query);
        Optional<QueuePage> page = QueuePage.of(query, authentication, configuration.getDatabaseTablePrefix());
        if (page.isEmpty()) {
            return super.findTasksByQueryCriteria(query);
        }
        List<String> ids = taskIds(page.get());
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Task> tasks = theEnginesOwn(query, ids);
        if (tasks.size() != ids.size()) {
            LOG.debug("The engine withheld {} of a work queue page's {} tasks: the engine answers the query",
                    ids.size() - tasks.size(), ids.size());
            return super.findTasksByQueryCriteria(query);
        }
        Map<String, Task> byId = tasks.stream().collect(Collectors.toMap(Task::getId, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    private List<String> taskIds(QueuePage page) {
        try {
            return page.taskIds(getDbSqlSession().getSqlSession().getConnection());
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not read a page of a work queue", e);
        }
    }

    /**
     * The page's tasks as the engine's query reads them for the signed-in user: its authorization and tenant checks
     * (and the active/suspended switch) decide which of them may be shown. The other criteria are the page's own.
     */
    private List<Task> theEnginesOwn(TaskQueryImpl query, List<String> ids) {
        TaskQueryImpl pageOnly = new TaskQueryImpl();
        pageOnly.taskIdIn(ids.toArray(String[]::new));
        SuspensionState suspension = query.getSuspensionState();
        if (suspension != null && suspension.getStateCode() == SuspensionState.ACTIVE.getStateCode()) {
            pageOnly.active();
        } else if (suspension != null && suspension.getStateCode() == SuspensionState.SUSPENDED.getStateCode()) {
            pageOnly.suspended();
        }
        pageOnly.getAuthCheck().setUseLeftJoin(query.getAuthCheck().isUseLeftJoin());
        return super.findTasksByQueryCriteria(pageOnly);
    }

    /** The signed-in user when the engine checks authorizations in this command, else null. */
    private static Authentication authentication() {
        return Context.getCommandContext().isAuthorizationCheckEnabled()
                ? Context.getCommandContext().getAuthentication() : null;
    }

    private long countNow(TaskQueryImpl query) {
        return super.findTaskCountByQueryCriteria(query);
    }

    /** Counts in a command of its own, signed in as the user the shared count was first made for. */
    private long recount(TaskQueryImpl query, Authentication authentication) {
        configuration.getIdentityService().setAuthentication(authentication);
        try {
            return configuration.getCommandExecutorTxRequired().execute(context ->
                    ((WorkQueueTaskManager) context.getTaskManager()).countNow(query));
        } finally {
            configuration.getIdentityService().clearAuthentication();
        }
    }

    /** Replaces the engine's task manager factory (same session type). */
    static SessionFactory factory(QueueCounts counts, boolean pages, ProcessEngineConfigurationImpl configuration) {
        return new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return TaskManager.class;
            }

            @Override
            public Session openSession() {
                return new WorkQueueTaskManager(counts, pages, configuration);
            }
        };
    }
}
