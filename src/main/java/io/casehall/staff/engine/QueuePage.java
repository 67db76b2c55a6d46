package io.casehall.staff.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.TenantCheck;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;

/**
 * Which tasks are on one page of a work queue ({@link QueueQuery}), found without the engine's authorization join.
 * <p>
 * The engine's task query joins every task of the queue to the user's grants and removes duplicates of the whole
 * result before it can sort and keep a page: Tasklist's page of 15 took 0.3 s on PostgreSQL with 10,000 tasks in
 * one queue, most of it the grant look-up of each of the 10,000 tasks (docs/benchmarks.md, "Credit conversion").
 * Here the page is one statement over the task table and the candidate links, which the database answers from
 * the creation-time index in a millisecond. The caller then reads those tasks through the engine's own query, with
 * its authorization and tenant checks, and uses the page only when the engine returns every one of them.
 * <p>
 * Only orders by the task's own columns are served here (Tasklist's created, due date, follow-up date, priority,
 * name, assignee…); a case-insensitive name order or an order by a variable goes to the engine.
 */
final class QueuePage {

    /** Pages that end further down the queue (or a query without paging) are the engine's to answer. */
    static final int MAX_PAGE_SIZE = 1_000;

    private static final Map<String, String> TASK_COLUMNS = Map.ofEntries(Map.entry("ID_", "RES.ID_"),
            Map.entry("NAME_", "RES.NAME_"), Map.entry("DESCRIPTION_", "RES.DESCRIPTION_"),
            Map.entry("PRIORITY_", "RES.PRIORITY_"), Map.entry("ASSIGNEE_", "RES.ASSIGNEE_"),
            Map.entry("CREATE_TIME_", "RES.CREATE_TIME_"), Map.entry("LAST_UPDATED_", "RES.LAST_UPDATED_"),
            Map.entry("PROC_INST_ID_", "RES.PROC_INST_ID_"), Map.entry("CASE_INST_ID_", "RES.CASE_INST_ID_"),
            Map.entry("EXECUTION_ID_", "RES.EXECUTION_ID_"), Map.entry("CASE_EXECUTION_ID_", "RES.CASE_EXECUTION_ID_"),
            Map.entry("DUE_DATE_", "RES.DUE_DATE_"), Map.entry("FOLLOW_UP_DATE_", "RES.FOLLOW_UP_DATE_"),
            Map.entry("TENANT_ID_", "RES.TENANT_ID_"));

    private final String sql;
    private final List<Object> parameters;

    private QueuePage(String sql, List<Object> parameters) {
        this.sql = sql;
        this.parameters = parameters;
    }

    /**
     * The statement for the query's page, or empty when the engine must answer the query itself.
     *
     * @param query the query as the engine configured it for the signed-in user (its tenant check set)
     */
    static Optional<QueuePage> of(TaskQueryImpl query, Authentication authentication, String tablePrefix) {
        if ((long) query.getFirstResult() + query.getMaxResults() > MAX_PAGE_SIZE
                || QueueQuery.of(query, authentication).isEmpty()
                || query.getCandidateGroups() == null || query.getCandidateGroups().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> order = orderBy(query.getOrderingProperties());
        if (order.isEmpty()) {
            return Optional.empty();
        }
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT RES.ID_ FROM ").append(tablePrefix).append("ACT_RU_TASK RES")
                .append(" WHERE EXISTS (SELECT 1 FROM ").append(tablePrefix).append("ACT_RU_IDENTITYLINK I")
                .append(" WHERE I.TASK_ID_ = RES.ID_ AND I.TYPE_ = 'candidate' AND I.GROUP_ID_ IN ")
                .append(placeholders(query.getCandidateGroups(), parameters)).append(')');
        if (!query.isIncludeAssignedTasks()) {
            sql.append(" AND RES.ASSIGNEE_ IS NULL");
        }
        SuspensionState suspension = query.getSuspensionState();
        if (suspension != null) {
            sql.append(" AND RES.SUSPENSION_STATE_ = ?");
            parameters.add(suspension.getStateCode());
        }
        TenantCheck tenantCheck = query.getTenantCheck();
        if (tenantCheck.isTenantCheckEnabled()) {
            List<String> tenants = tenantCheck.getAuthTenantIds();
            sql.append(" AND (RES.TENANT_ID_ IS NULL");
            if (tenants != null && !tenants.isEmpty()) {
                sql.append(" OR RES.TENANT_ID_ IN ").append(placeholders(tenants, parameters));
            }
            sql.append(')');
        }
        sql.append(" ORDER BY ").append(order.get()).append(" FETCH FIRST ? ROWS ONLY");
        parameters.add(query.getFirstResult() + query.getMaxResults());
        return Optional.of(new QueuePage(sql.toString(), parameters));
    }

    /**
     * The ids of the queue's tasks from its start to the end of the page, in the page's order: the caller checks
     * those before the page too, since a task the user may not see there would shift the page.
     */
    List<String> taskIdsToEndOfPage(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    /** The engine's order (its default is the id), with the id last so that a page never depends on chance. */
    private static Optional<String> orderBy(List<QueryOrderingProperty> orderings) {
        StringJoiner order = new StringJoiner(", ");
        boolean byId = false;
        for (QueryOrderingProperty ordering : orderings) {
            String column = ordering.getRelation() == null && ordering.getQueryProperty().getFunction() == null
                    ? TASK_COLUMNS.get(ordering.getQueryProperty().getName()) : null;
            if (column == null || ordering.getDirection() == null) {
                return Optional.empty();
            }
            order.add(column + ("desc".equals(ordering.getDirection().getName()) ? " DESC" : " ASC"));
            byId |= "RES.ID_".equals(column);
        }
        if (!byId) {
            order.add("RES.ID_ ASC");
        }
        return Optional.of(order.toString());
    }

    private static String placeholders(List<String> values, List<Object> parameters) {
        StringJoiner marks = new StringJoiner(", ", "(", ")");
        values.forEach(value -> {
            marks.add("?");
            parameters.add(value);
        });
        return marks.toString();
    }
}
