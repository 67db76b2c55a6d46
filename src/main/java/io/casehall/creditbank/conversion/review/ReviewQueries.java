package io.casehall.creditbank.conversion.review;

import static io.casehall.creditbank.conversion.CreditConversionProcess.KEY;
import static io.casehall.creditbank.conversion.CreditConversionProcess.VAR_BATCH_NAME;
import static io.casehall.creditbank.conversion.CreditConversionProcess.VAR_CHANNEL_LABEL;
import static io.casehall.creditbank.conversion.CreditConversionProcess.VAR_RULE_CODE;

import io.casehall.creditbank.Achievement;
import io.casehall.creditbank.AchievementRepository;
import io.casehall.creditbank.Institution;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.InstitutionRepository;
import io.casehall.creditbank.conversion.ConversionChannel;
import io.casehall.creditbank.conversion.ConversionSummaries;
import io.casehall.creditbank.conversion.CreditConversionProcess;
import io.casehall.creditbank.rule.ConversionRule;
import io.casehall.creditbank.rule.ConversionRuleRepository;
import io.casehall.creditbank.rule.RuleSource;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
 * approval task I may work on (its candidate groups meet mine, in my tenant) — asked of the engine, so a step added
 * in the Modeler with another group needs no code. Tasks are read a page at a time with their count; the page's
 * applications are then loaded in one query. Filters the engine cannot ask (申请年份, 身份证号, ...) first narrow the
 * applications in SQL; the engine then gets their business keys. 规则编码 and the learner's name are variables of the
 * instance, asked of the engine directly.
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
    private final ConversionRuleRepository rules;
    private final AchievementRepository achievements;
    private final InstitutionRepository institutions;

    ReviewQueries(TaskService tasks, NamedParameterJdbcTemplate jdbc, ConversionRuleRepository rules,
                  AchievementRepository achievements, InstitutionRepository institutions) {
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.rules = rules;
        this.achievements = achievements;
        this.institutions = institutions;
    }

    static String channelLabel(ConversionChannel channel) {
        return channel == ConversionChannel.PERSONAL ? "个人申请" : "机构发起";
    }

    /** The approval tasks of my tenant I may work on (null when I am in no group). */
    TaskQuery myTasks(InstitutionPrincipal me) {
        if (me.groupIds().isEmpty() || me.tenantId() == null) {
            return null;
        }
        return tasks.createTaskQuery().processDefinitionKey(KEY).tenantIdIn(me.tenantId()).active()
                .taskCandidateGroupIn(me.groupIds()).includeAssignedTasks();
    }

    /** The active task of the application's instance that I may work on. */
    Optional<Task> taskOf(InstitutionPrincipal me, String processInstanceId) {
        TaskQuery query = myTasks(me);
        if (query == null || processInstanceId == null) {
            return Optional.empty();
        }
        return query.processInstanceId(processInstanceId).orderByTaskCreateTime().asc().list().stream().findFirst();
    }

    /** How many applications of the tab wait for me (the tab's count, no filters). */
    long count(InstitutionPrincipal me, ConversionChannel channel) {
        TaskQuery query = tabQuery(me, channel, ReviewFilter.NONE);
        return query == null ? 0 : query.count();
    }

    /** The two tabs' counts: one count by channel, the other from all my approval tasks (a cheap count). */
    Map<ConversionChannel, Long> counts(InstitutionPrincipal me) {
        TaskQuery all = myTasks(me);
        if (all == null) {
            return Map.of(ConversionChannel.PERSONAL, 0L, ConversionChannel.INSTITUTION, 0L);
        }
        long total = all.count();
        long personal = total == 0 ? 0 : count(me, ConversionChannel.PERSONAL);
        return Map.of(ConversionChannel.PERSONAL, personal, ConversionChannel.INSTITUTION, Math.max(0, total - personal));
    }

    /** How many personal applications the filters match (what 审核 with nothing ticked decides). */
    long countAll(InstitutionPrincipal me, ReviewFilter filter) {
        TaskQuery query = tabQuery(me, ConversionChannel.PERSONAL, filter);
        return query == null ? 0 : query.count();
    }

    /** The tab's tasks matching the filter (null: none can match). */
    TaskQuery tabQuery(InstitutionPrincipal me, ConversionChannel channel, ReviewFilter filter) {
        TaskQuery query = myTasks(me);
        if (query == null) {
            return null;
        }
        query.processVariableValueEquals(VAR_CHANNEL_LABEL, channelLabel(channel));
        // 规则编码 and a learner's name (personal: the batch name is the learner's) are process variables: asked of
        // the engine directly, so a code that every application matches is no list of keys
        if (filter.ruleCode() != null) {
            query.processVariableValueLike(VAR_RULE_CODE, like(filter.ruleCode()));
        }
        if (channel == ConversionChannel.PERSONAL && filter.learnerName() != null) {
            query.processVariableValueLike(VAR_BATCH_NAME, like(filter.learnerName()));
        }
        if (needsKeys(channel, filter)) {
            List<String> keys = matchingKeys(me, channel, filter);
            if (keys.isEmpty()) {
                return null;
            }
            query.processInstanceBusinessKeyIn(keys.toArray(String[]::new));
        }
        return query;
    }

    /** Filters only SQL can answer: 申请年份, 身份证号, 转换发起者. */
    private static boolean needsKeys(ConversionChannel channel, ReviewFilter filter) {
        return filter.yearValue() != null
                || (channel == ConversionChannel.PERSONAL && filter.idNumber() != null)
                || (channel == ConversionChannel.INSTITUTION && filter.initiator() != null);
    }

    /** The process instance ids of one page of the tab, newest task first, and the total (given when known). */
    Page<String> instances(InstitutionPrincipal me, ConversionChannel channel, ReviewFilter filter, int page,
                           int size, Long knownTotal) {
        TaskQuery query = tabQuery(me, channel, filter);
        PageRequest request = PageRequest.of(Math.max(0, page), size);
        if (query == null) {
            return new PageImpl<>(List.of(), request, 0);
        }
        long total = knownTotal != null && filter.isEmpty() ? knownTotal : query.count();
        if (request.getOffset() >= total) {
            return new PageImpl<>(List.of(), request, total);
        }
        List<Task> found = query.orderByTaskCreateTime().desc().orderByTaskId().asc()
                .listPage((int) request.getOffset(), size);
        List<String> ids = found.stream().map(Task::getProcessInstanceId).distinct().toList();
        return new PageImpl<>(ids, request, total);
    }

    Page<PersonalRow> personal(InstitutionPrincipal me, ReviewFilter filter, int page, Long knownTotal) {
        Page<String> instances = instances(me, ConversionChannel.PERSONAL, filter, page, PAGE_SIZE, knownTotal);
        return new PageImpl<>(personalRows(me, instances.getContent()), instances.getPageable(),
                instances.getTotalElements());
    }

    Page<BatchRow> batches(InstitutionPrincipal me, ReviewFilter filter, int page, Long knownTotal) {
        Page<String> instances = instances(me, ConversionChannel.INSTITUTION, filter, page, PAGE_SIZE, knownTotal);
        return new PageImpl<>(batchRows(me, instances.getContent()), instances.getPageable(),
                instances.getTotalElements());
    }

    /** The 个人申请 rows of the instances, in their order; instances not pending or not mine are left out. */
    List<PersonalRow> personalRows(InstitutionPrincipal me, List<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return List.of();
        }
        Map<String, PersonalRow> byInstance = new HashMap<>();
        Map<String, Long> ruleOf = new HashMap<>();
        List<Object[]> raw = new ArrayList<>();
        jdbc.query("SELECT a.id, a.rule_id, a.rule_code, a.applied_at, a.process_instance_id, i.learner_name,"
                + " i.id_number, i.source_name, i.personal_no, i.issue_date FROM cb_conversion_application a"
                + " JOIN cb_conversion_item i ON i.application_id = a.id WHERE a.target_institution_id = :me"
                + " AND a.status = 'PENDING' AND a.channel = 'PERSONAL' AND a.process_instance_id IN (:ids)",
                new MapSqlParameterSource("me", me.institutionId()).addValue("ids", processInstanceIds), rs -> {
                    raw.add(new Object[] {rs.getLong("id"), rs.getLong("rule_id"), rs.getString("rule_code"),
                            rs.getTimestamp("applied_at"), rs.getString("process_instance_id"),
                            rs.getString("learner_name"), rs.getString("id_number"), rs.getString("source_name"),
                            rs.getString("personal_no"), rs.getDate("issue_date")});
                    ruleOf.put(rs.getString("process_instance_id"), rs.getLong("rule_id"));
                });
        Map<Long, RuleText> texts = ruleTexts(new HashSet<>(ruleOf.values()));
        for (Object[] r : raw) {
            RuleText text = texts.get((Long) r[1]);
            byInstance.putIfAbsent((String) r[4], new PersonalRow((Long) r[0], (String) r[2], (String) r[7],
                    (String) r[8], r[9] == null ? null : ((java.sql.Date) r[9]).toLocalDate(),
                    text == null ? "" : text.target(), (String) r[5], (String) r[6], day((Timestamp) r[3])));
        }
        return processInstanceIds.stream().map(byInstance::get).filter(Objects::nonNull).toList();
    }

    /** The 机构发起 rows of the instances, in their order. */
    List<BatchRow> batchRows(InstitutionPrincipal me, List<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> raw = new ArrayList<>();
        jdbc.query("SELECT a.id, a.rule_id, a.rule_code, a.batch_name, a.initiator_institution_id, a.learner_count,"
                + " a.applied_at, a.process_instance_id FROM cb_conversion_application a"
                + " WHERE a.target_institution_id = :me AND a.status = 'PENDING' AND a.channel = 'INSTITUTION'"
                + " AND a.process_instance_id IN (:ids)",
                new MapSqlParameterSource("me", me.institutionId()).addValue("ids", processInstanceIds), rs -> {
                    long initiator = rs.getLong("initiator_institution_id");
                    raw.add(new Object[] {rs.getLong("id"), rs.getLong("rule_id"), rs.getString("rule_code"),
                            rs.getString("batch_name"), rs.wasNull() ? null : initiator, rs.getInt("learner_count"),
                            rs.getTimestamp("applied_at"), rs.getString("process_instance_id")});
                });
        Map<Long, RuleText> texts = ruleTexts(raw.stream().map(r -> (Long) r[1]).collect(Collectors.toSet()));
        Map<Long, String> names = institutions.findAllById(raw.stream().map(r -> (Long) r[4])
                        .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Institution::getId, Institution::getName));
        Map<String, BatchRow> byInstance = new HashMap<>();
        for (Object[] r : raw) {
            RuleText text = texts.get((Long) r[1]);
            byInstance.put((String) r[7], new BatchRow((Long) r[0], (String) r[2], (String) r[3],
                    r[4] == null ? "" : names.getOrDefault((Long) r[4], ""), text == null ? "" : text.source(),
                    text == null ? "" : text.target(), (Integer) r[5], day((Timestamp) r[6])));
        }
        return processInstanceIds.stream().map(byInstance::get).filter(Objects::nonNull).toList();
    }

    /** A learner of a batch on the 查看学员 page; result: the bundle key of 审核结果 (已审核 only). */
    record LearnerRow(Long id, String learnerName, String idNumber, String personalNo, LocalDate issueDate,
                      String resultKey, String reason) {
    }

    /**
     * The application's learners: 未审核 (the step has still to decide them) or 已审核 (decided at the step, or
     * failed before it), filtered by 学员姓名 (part) and 身份证号 (whole), 10 a page.
     */
    Page<LearnerRow> learners(Long applicationId, String step, boolean decided, String name, String idNumber,
                              int page) {
        PageRequest request = PageRequest.of(Math.max(0, page), PAGE_SIZE);
        StringBuilder where = new StringBuilder(" FROM cb_conversion_item i LEFT JOIN cb_conversion_review r"
                + " ON r.item_id = i.id AND r.step = :step WHERE i.application_id = :app AND "
                + (decided ? "(i.status <> 'PENDING' OR r.id IS NOT NULL)" : "i.status = 'PENDING' AND r.id IS NULL"));
        MapSqlParameterSource args = new MapSqlParameterSource("step", step).addValue("app", applicationId);
        if (name != null && !name.isBlank()) {
            where.append(" AND i.learner_name LIKE :name");
            args.addValue("name", like(name.strip()));
        }
        if (idNumber != null && !idNumber.isBlank()) {
            where.append(" AND i.id_number = :idNumber");
            args.addValue("idNumber", idNumber.strip().toUpperCase(java.util.Locale.ROOT));
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + where, args, Long.class);
        args.addValue("limit", request.getPageSize()).addValue("offset", request.getOffset());
        List<LearnerRow> rows = jdbc.query("SELECT i.id, i.learner_name, i.id_number, i.personal_no, i.issue_date,"
                + " i.status, i.reason, r.decision, r.reason AS review_reason" + where
                + " ORDER BY i.id LIMIT :limit OFFSET :offset", args, (rs, n) -> {
                    String decision = rs.getString("decision");
                    String resultKey = decision != null ? "creditbank.conversion.reviews.result." + decision
                            : "creditbank.conversion.status." + rs.getString("status");
                    String reason = decision != null ? rs.getString("review_reason") : rs.getString("reason");
                    java.sql.Date issued = rs.getDate("issue_date");
                    return new LearnerRow(rs.getLong("id"), rs.getString("learner_name"), rs.getString("id_number"),
                            rs.getString("personal_no"), issued == null ? null : issued.toLocalDate(), resultKey,
                            reason);
                });
        return new PageImpl<>(rows, request, total == null ? 0 : total);
    }

    /** The business keys of my pending applications of the channel that match the filter. */
    private List<String> matchingKeys(InstitutionPrincipal me, ConversionChannel channel, ReviewFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT a.id FROM cb_conversion_application a"
                + " WHERE a.target_institution_id = :me AND a.status = 'PENDING' AND a.channel = :channel");
        MapSqlParameterSource args = new MapSqlParameterSource("me", me.institutionId())
                .addValue("channel", channel.name());
        if (filter.yearValue() != null) {
            sql.append(" AND a.applied_year = :year");
            args.addValue("year", filter.yearValue());
        }
        if (channel == ConversionChannel.PERSONAL && filter.idNumber() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM cb_conversion_item i WHERE i.application_id = a.id"
                    + " AND i.id_number = :idNumber)");
            args.addValue("idNumber", filter.idNumber().toUpperCase(java.util.Locale.ROOT));
        }
        if (channel == ConversionChannel.INSTITUTION && filter.initiator() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM cb_institution n WHERE n.id = a.initiator_institution_id"
                    + " AND n.name LIKE :initiator)");
            args.addValue("initiator", like(filter.initiator()));
        }
        return jdbc.queryForList(sql.toString(), args, Long.class).stream()
                .map(CreditConversionProcess::businessKey).toList();
    }

    /** A rule's source names and its target, as the lists show them. */
    record RuleText(String source, String target) {
    }

    Map<Long, RuleText> ruleTexts(Collection<Long> ruleIds) {
        if (ruleIds.isEmpty()) {
            return Map.of();
        }
        List<ConversionRule> found = rules.findAllById(ruleIds);
        Set<Long> achievementIds = new LinkedHashSet<>();
        for (ConversionRule rule : found) {
            achievementIds.addAll(rule.sourceAchievementIds());
            if (rule.getTargetMajorId() != null) {
                achievementIds.add(rule.getTargetMajorId());
            }
            if (rule.getTargetCourseId() != null) {
                achievementIds.add(rule.getTargetCourseId());
            }
        }
        Map<Long, Achievement> byId = achievements.findAllById(achievementIds).stream()
                .collect(Collectors.toMap(Achievement::getId, Function.identity()));
        Map<Long, RuleText> texts = new LinkedHashMap<>();
        for (ConversionRule rule : found) {
            String source = rule.getSources().stream().map(RuleSource::getAchievementId).map(byId::get)
                    .filter(Objects::nonNull).map(Achievement::getName).collect(Collectors.joining("、"));
            String target = ConversionSummaries.target(byId.get(rule.getTargetMajorId()),
                    byId.get(rule.getTargetCourseId()));
            texts.put(rule.getId(), new RuleText(source, target));
        }
        return texts;
    }

    static String day(Timestamp at) {
        return at == null ? "" : DAY.withZone(CHINA).format(at.toInstant());
    }

    static String like(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
