package io.casehall.creditbank.conversion.review;

import static io.casehall.creditbank.conversion.CreditConversionProcess.KEY;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.shared.web.SearchText;
import io.casehall.creditbank.conversion.ConversionChannel;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the approver has to review: the pending applications of my institution whose process instance has an active
 * task of my tenant with a candidate group among mine — so a step added in the Modeler with another group needs no
 * code, only that group's people see it. Lists and counts are ONE SQL query each over our table joined to the
 * engine's runtime tables (ACT_RU_TASK, ACT_RU_IDENTITYLINK), filters straight on our columns, newest first.
 * Deciding still takes the task from the engine ({@link #taskOf}), so the engine's own checks apply.
 */
@Component
class ReviewQueries {

    static final int PAGE_SIZE = 10;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    /** A row of 个人申请 (one learner). */
    record PersonalRow(Long id, String ruleCode, String sourceName, String personalNo, LocalDate issueDate,
                       String target, String learnerName, String idNumber, String appliedAt) {
    }

    /** A row of 机构发起 (a batch). */
    record BatchRow(Long id, String ruleCode, String batchName, String initiator, String source, String target,
                    int learnerCount, String appliedAt) {
    }

    private final TaskService tasks;
    private final NamedParameterJdbcTemplate jdbc;
    private final RuleTexts ruleTexts;

    ReviewQueries(TaskService tasks, NamedParameterJdbcTemplate jdbc, RuleTexts ruleTexts) {
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.ruleTexts = ruleTexts;
    }

    /** The approval tasks of my tenant I may work on (null when I am in no group). */
    private TaskQuery myTasks(InstitutionPrincipal me) {
        if (me.groupIds().isEmpty() || me.tenantId() == null) {
            return null;
        }
        return tasks.createTaskQuery().processDefinitionKey(KEY).tenantIdIn(me.tenantId()).active()
                .taskCandidateGroupIn(me.groupIds()).includeAssignedTasks();
    }

    /** The active task of the application's instance that I may work on (an engine query: its own checks apply). */
    Optional<Task> taskOf(InstitutionPrincipal me, String processInstanceId) {
        TaskQuery query = myTasks(me);
        if (query == null || processInstanceId == null) {
            return Optional.empty();
        }
        return query.processInstanceId(processInstanceId).orderByTaskCreateTime().asc().list().stream().findFirst();
    }

    /** The WHERE of "waiting for me" with its parameters; null when nothing can match (no group, no tenant). */
    private record Where(String sql, MapSqlParameterSource args) {
    }

    /**
     * My institution's pending applications (of the channel when given) whose instance has an active task of my
     * tenant with a candidate group among mine, narrowed by the filter and, when given, to the ids.
     */
    private Where where(InstitutionPrincipal me, ConversionChannel channel, ReviewFilter filter, Collection<Long> ids) {
        if (me.groupIds().isEmpty() || me.tenantId() == null) {
            return null;
        }
        StringBuilder sql = new StringBuilder(" FROM cb_conversion_application a WHERE a.target_institution_id = :me"
                + " AND a.status = 'PENDING'");
        MapSqlParameterSource args = new MapSqlParameterSource("me", me.institutionId())
                .addValue("tenant", me.tenantId()).addValue("groups", List.copyOf(me.groupIds()));
        if (channel != null) {
            sql.append(" AND a.channel = :channel");
            args.addValue("channel", channel.name());
        }
        if (ids != null) {
            sql.append(" AND a.id IN (:ids)");
            args.addValue("ids", ids);
        }
        if (filter.yearValue() != null) {
            sql.append(" AND a.applied_year = :year");
            args.addValue("year", filter.yearValue());
        }
        if (filter.ruleCode() != null) {
            sql.append(" AND a.rule_code LIKE :ruleCode");
            args.addValue("ruleCode", SearchText.contains(filter.ruleCode()));
        }
        if (channel == ConversionChannel.PERSONAL && filter.learnerName() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM cb_conversion_item i WHERE i.application_id = a.id"
                    + " AND i.learner_name LIKE :learnerName)");
            args.addValue("learnerName", SearchText.contains(filter.learnerName()));
        }
        if (channel == ConversionChannel.PERSONAL && filter.idNumber() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM cb_conversion_item i WHERE i.application_id = a.id"
                    + " AND i.id_number = :idNumber)");
            args.addValue("idNumber", filter.idNumber().toUpperCase(Locale.ROOT));
        }
        if (channel == ConversionChannel.INSTITUTION && filter.initiator() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM cb_institution n WHERE n.id = a.initiator_institution_id"
                    + " AND n.name LIKE :initiator)");
            args.addValue("initiator", SearchText.contains(filter.initiator()));
        }
        // the engine's runtime tables, unquoted: upper case on H2, lower case on PostgreSQL, both fold alike
        sql.append(" AND EXISTS (SELECT 1 FROM ACT_RU_TASK t WHERE t.PROC_INST_ID_ = a.process_instance_id"
                + " AND t.TENANT_ID_ = :tenant AND t.SUSPENSION_STATE_ = 1 AND EXISTS (SELECT 1"
                + " FROM ACT_RU_IDENTITYLINK l WHERE l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate'"
                + " AND l.GROUP_ID_ IN (:groups)))");
        return new Where(sql.toString(), args);
    }

    /** How many applications of the tab the filter matches, of those waiting for me (ids: only these). */
    long count(InstitutionPrincipal me, ConversionChannel channel, ReviewFilter filter, Collection<Long> ids) {
        Where where = where(me, channel, filter, ids);
        if (where == null || (ids != null && ids.isEmpty())) {
            return 0;
        }
        Long n = jdbc.queryForObject("SELECT COUNT(*)" + where.sql(), where.args(), Long.class);
        return n == null ? 0 : n;
    }

    /** The two tabs' counts (no filters), in one query. */
    Map<ConversionChannel, Long> counts(InstitutionPrincipal me) {
        Map<ConversionChannel, Long> counts = new EnumMap<>(ConversionChannel.class);
        counts.put(ConversionChannel.PERSONAL, 0L);
        counts.put(ConversionChannel.INSTITUTION, 0L);
        Where where = where(me, null, ReviewFilter.NONE, null);
        if (where != null) {
            jdbc.query("SELECT a.channel, COUNT(*) AS n" + where.sql() + " GROUP BY a.channel", where.args(),
                    rs -> {
                        counts.put(ConversionChannel.valueOf(rs.getString("channel")), rs.getLong("n"));
                    });
        }
        return counts;
    }

    /** How many personal applications the filters match (what 审核 with nothing ticked decides). */
    long countAll(InstitutionPrincipal me, ReviewFilter filter) {
        return count(me, ConversionChannel.PERSONAL, filter, null);
    }

    /**
     * Up to {@code limit} applications of the tab waiting for me that the filter matches, newest first, with ids
     * below {@code beforeId} when given (to walk them all without skipping or repeating).
     */
    List<Long> pendingIds(InstitutionPrincipal me, ConversionChannel channel, ReviewFilter filter, Long beforeId,
                          int limit) {
        Where where = where(me, channel, filter, null);
        if (where == null) {
            return List.of();
        }
        String sql = "SELECT a.id" + where.sql()
                + (beforeId == null ? "" : " AND a.id < :before") + " ORDER BY a.id DESC LIMIT :limit";
        return jdbc.queryForList(sql, where.args().addValue("before", beforeId).addValue("limit", limit), Long.class);
    }

    Page<PersonalRow> personal(InstitutionPrincipal me, ReviewFilter filter, int page, Long knownTotal) {
        return page(me, ConversionChannel.PERSONAL, filter, page, knownTotal,
                (offset, total) -> personalRows(me, filter, null, offset, PAGE_SIZE, total));
    }

    Page<BatchRow> batches(InstitutionPrincipal me, ReviewFilter filter, int page, Long knownTotal) {
        return page(me, ConversionChannel.INSTITUTION, filter, page, knownTotal,
                (offset, total) -> batchRows(me, filter, null, offset, PAGE_SIZE, total));
    }

    /**
     * One page of the tab: with the tab's count known (no filter) the rows alone; else the rows and how many match
     * in the same query (a window count), asking the count alone only for a page past the end.
     */
    private <T> Page<T> page(InstitutionPrincipal me, ConversionChannel channel, ReviewFilter filter, int page,
                             Long knownTotal, BiFunction<Long, long[], List<T>> rows) {
        PageRequest request = PageRequest.of(Math.max(0, page), PAGE_SIZE);
        if (knownTotal != null && filter.isEmpty()) {
            return new PageImpl<>(request.getOffset() >= knownTotal ? List.of()
                    : rows.apply(request.getOffset(), null), request, knownTotal);
        }
        long[] total = {0};
        List<T> found = rows.apply(request.getOffset(), total);
        if (found.isEmpty() && request.getOffset() > 0) {
            total[0] = count(me, channel, filter, null);
        }
        return new PageImpl<>(found, request, total[0]);
    }

    /** 个人申请 rows waiting for me, newest first (ids: only these), one query plus the rules' texts. */
    List<PersonalRow> personalRows(InstitutionPrincipal me, ReviewFilter filter, Collection<Long> ids, long offset,
                                   int limit, long[] total) {
        Where where = where(me, ConversionChannel.PERSONAL, filter, ids);
        if (where == null || (ids != null && ids.isEmpty())) {
            return List.of();
        }
        List<Object[]> raw = new ArrayList<>();
        jdbc.query("SELECT a.id, a.rule_id, a.rule_code, a.applied_at, a.total, i.learner_name, i.id_number,"
                + " i.source_name, i.personal_no, i.issue_date FROM (SELECT a.id, a.rule_id, a.rule_code, a.applied_at,"
                + windowCount(total) + where.sql() + " ORDER BY a.id DESC LIMIT :limit OFFSET :offset) a"
                + " JOIN cb_conversion_item i ON i.application_id = a.id ORDER BY a.id DESC, i.id",
                where.args().addValue("limit", limit).addValue("offset", offset), rs -> {
                    if (total != null) {
                        total[0] = rs.getLong("total");
                    }
                    raw.add(new Object[] {rs.getLong("id"), rs.getLong("rule_id"), rs.getString("rule_code"),
                            rs.getTimestamp("applied_at"), rs.getString("learner_name"), rs.getString("id_number"),
                            rs.getString("source_name"), rs.getString("personal_no"), rs.getDate("issue_date")});
                });
        Map<Long, RuleTexts.RuleText> texts = ruleTexts.of(raw.stream().map(r -> (Long) r[1])
                .collect(Collectors.toSet()));
        Map<Long, PersonalRow> byId = new LinkedHashMap<>();
        for (Object[] r : raw) {
            RuleTexts.RuleText text = texts.get((Long) r[1]);
            byId.putIfAbsent((Long) r[0], new PersonalRow((Long) r[0], (String) r[2], (String) r[6], (String) r[7],
                    r[8] == null ? null : ((java.sql.Date) r[8]).toLocalDate(), text == null ? "" : text.target(),
                    (String) r[4], (String) r[5], day((Timestamp) r[3])));
        }
        return List.copyOf(byId.values());
    }

    /** 机构发起 rows waiting for me, newest first (ids: only these), one query plus the rules' texts. */
    List<BatchRow> batchRows(InstitutionPrincipal me, ReviewFilter filter, Collection<Long> ids, long offset,
                             int limit, long[] total) {
        Where where = where(me, ConversionChannel.INSTITUTION, filter, ids);
        if (where == null || (ids != null && ids.isEmpty())) {
            return List.of();
        }
        List<Object[]> raw = new ArrayList<>();
        jdbc.query("SELECT a.id, a.rule_id, a.rule_code, a.batch_name, a.learner_count, a.applied_at, a.total,"
                + " n.name AS initiator FROM (SELECT a.id, a.rule_id, a.rule_code, a.batch_name, a.learner_count,"
                + " a.applied_at, a.initiator_institution_id," + windowCount(total) + where.sql()
                + " ORDER BY a.id DESC LIMIT :limit OFFSET :offset) a"
                + " LEFT JOIN cb_institution n ON n.id = a.initiator_institution_id ORDER BY a.id DESC",
                where.args().addValue("limit", limit).addValue("offset", offset), rs -> {
                    if (total != null) {
                        total[0] = rs.getLong("total");
                    }
                    raw.add(new Object[] {rs.getLong("id"), rs.getLong("rule_id"), rs.getString("rule_code"),
                            rs.getString("batch_name"), rs.getString("initiator"), rs.getInt("learner_count"),
                            rs.getTimestamp("applied_at")});
                });
        Map<Long, RuleTexts.RuleText> texts = ruleTexts.of(raw.stream().map(r -> (Long) r[1])
                .collect(Collectors.toSet()));
        List<BatchRow> rows = new ArrayList<>();
        for (Object[] r : raw) {
            RuleTexts.RuleText text = texts.get((Long) r[1]);
            rows.add(new BatchRow((Long) r[0], (String) r[2], (String) r[3], r[4] == null ? "" : (String) r[4],
                    text == null ? "" : text.source(), text == null ? "" : text.target(), (Integer) r[5],
                    day((Timestamp) r[6])));
        }
        return rows;
    }

    /** How many rows match, beside each row of the page (when asked for), so a page and its total are one query. */
    private static String windowCount(long[] total) {
        return total == null ? " 0 AS total" : " COUNT(*) OVER () AS total";
    }

    static String day(Timestamp at) {
        return at == null ? "" : DAY.withZone(CHINA).format(at.toInstant());
    }

}
