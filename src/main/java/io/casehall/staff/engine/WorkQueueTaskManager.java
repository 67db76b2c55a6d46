package io.casehall.staff.engine;

import java.sql.SQLException;
import java.util.ArrayList;
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
     * A page of a work queue: the queue's task ids down to the end of the page from {@link QueuePage}, then the
     * engine's query with its authorization and tenant checks on them: the page's tasks are read, the ones before the
     * page counted. Should the engine withhold any of them (a grant taken away in Camunda Admin), or should a task
     * have been claimed in between by someone else while the queue leaves out assigned tasks, the engine answers the
     * whole query as it would have.
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
        List<String> toEndOfPage = taskIdsToEndOfPage(page.get());
        int first = Math.min(query.getFirstResult(), toEndOfPage.size());
        List<String> before = toEndOfPage.subList(0, first);
        List<String> ids = toEndOfPage.subList(first, toEndOfPage.size());
        if (ids.isEmpty()) {
            // The engine sees at most these tasks, so its page is empty too.
            return new ArrayList<>();
        }
        if (!before.isEmpty() && super.findTaskCountByQueryCriteria(byIds(query, before)) != before.size()) {
            LOG.debug("The engine withholds a task before a work queue page: the engine answers the query");
            return super.findTasksByQueryCriteria(query);
        }
        List<Task> tasks = super.findTasksByQueryCriteria(byIds(query, ids));
        boolean claimedMeanwhile = !query.isIncludeAssignedTasks()
                && tasks.stream().anyMatch(task -> task.getAssignee() != null);
        if (tasks.size() != ids.size() || claimedMeanwhile) {
            LOG.debug("The engine withholds {} of a work queue page's {} tasks (claimed meanwhile: {}): the engine"
                    + " answers the query", ids.size() - tasks.size(), ids.size(), claimedMeanwhile);
            return super.findTasksByQueryCriteria(query);
        }
        Map<String, Task> byId = tasks.stream().collect(Collectors.toMap(Task::getId, Function.identity()));
        return ids.stream().map(byId::get).collect(Collectors.toCollection(ArrayList::new));
    }

    private List<String> taskIdsToEndOfPage(QueuePage page) {
        try {
            return page.taskIdsToEndOfPage(getDbSqlSession().getSqlSession().getConnection());
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not read a page of a work queue", e);
        }
    }

    /**
     * The given tasks as the engine's query reads them for the signed-in user: its authorization and tenant checks
     * (and the active/suspended switch) decide which of them may be shown. The other criteria are the page's own.
     */
    private static TaskQueryImpl byIds(TaskQueryImpl query, List<String> ids) {
        TaskQueryImpl byIds = new TaskQueryImpl();
        byIds.taskIdIn(ids.toArray(String[]::new));
        SuspensionState suspension = query.getSuspensionState();
        if (suspension != null && suspension.getStateCode() == SuspensionState.ACTIVE.getStateCode()) {
            byIds.active();
        } else if (suspension != null && suspension.getStateCode() == SuspensionState.SUSPENDED.getStateCode()) {
            byIds.suspended();
        }
        byIds.getAuthCheck().setUseLeftJoin(query.getAuthCheck().isUseLeftJoin());
        return byIds;
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
