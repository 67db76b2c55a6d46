package io.casehall.creditbank.conversion;

import io.casehall.creditbank.rule.ConversionRule;
import io.casehall.creditbank.rule.RuleSource;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The facts about learners a conversion application needs: who of an institution holds a rule's source achievement
 * (批量选择学员), who holds every source achievement anywhere, and who already has a pending or passed conversion
 * under the rule. Set-based queries, so a batch of thousands costs a few statements.
 */
@Component
public class ConversionCandidates {

    /** A learner achievement of the initiating institution that is a source of the rule. */
    public record Candidate(Long learnerAchievementId, Long achievementId, String achievementName, String learnerName,
                            String idNumber, String personalNo, LocalDate issueDate, Long applicantId) {
    }

    /** The 批量选择学员 filter: name prefix and/or exact ID number; blank means any. */
    public record Filter(String name, String idNumber) {

        public static final Filter NONE = new Filter(null, null);

        String nameOrNull() {
            return name == null || name.isBlank() ? null : name.strip();
        }

        String idNumberOrNull() {
            return idNumber == null || idNumber.isBlank() ? null : idNumber.strip().toUpperCase();
        }
    }

    private static final String FROM = " FROM cb_learner_achievement la JOIN cb_achievement a ON a.id = la.achievement_id"
            + " JOIN cb_learner l ON l.id = la.learner_id"
            + " WHERE la.institution_id = :institution AND la.achievement_id IN (:sources) AND la.status <> 'WITHDRAWN'";

    private final NamedParameterJdbcTemplate jdbc;

    ConversionCandidates(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The rule's source achievements that belong to the institution: none means the rule is not related to it. */
    public static List<Long> sourcesOf(ConversionRule rule, Long institutionId) {
        return rule.getSources().stream().filter(s -> s.getInstitutionId().equals(institutionId))
                .map(RuleSource::getAchievementId).toList();
    }

    public Page<Candidate> page(ConversionRule rule, Long institutionId, Filter filter, Pageable pageable) {
        List<Long> sources = sourcesOf(rule, institutionId);
        if (sources.isEmpty()) {
            return Page.empty(pageable);
        }
        MapSqlParameterSource params = params(institutionId, sources, filter);
        String where = FROM + conditions(filter);
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + where, params, Long.class);
        params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        List<Candidate> rows = jdbc.query(select() + where + " ORDER BY la.id LIMIT :limit OFFSET :offset", params,
                (rs, i) -> candidate(rs));
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    /** Every matching candidate, one per learner (ID number): the batch applies for these. */
    public List<Candidate> all(ConversionRule rule, Long institutionId, Filter filter) {
        List<Long> sources = sourcesOf(rule, institutionId);
        if (sources.isEmpty()) {
            return List.of();
        }
        return onePerLearner(jdbc.query(select() + FROM + conditions(filter) + " ORDER BY la.id",
                params(institutionId, sources, filter), (rs, i) -> candidate(rs)));
    }

    private static List<Candidate> onePerLearner(List<Candidate> rows) {
        Set<String> seen = new HashSet<>();
        List<Candidate> one = new ArrayList<>(rows.size());
        for (Candidate c : rows) {
            if (seen.add(c.idNumber())) {
                one.add(c);
            }
        }
        return one;
    }

    /** The ticked candidates (learner achievement ids) that really are candidates of the institution for the rule. */
    public List<Candidate> ticked(ConversionRule rule, Long institutionId, Collection<Long> ids) {
        List<Long> sources = sourcesOf(rule, institutionId);
        if (sources.isEmpty() || ids.isEmpty()) {
            return List.of();
        }
        List<Candidate> found = new ArrayList<>(ids.size());
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1000) {
            found.addAll(jdbc.query(select() + FROM + " AND la.id IN (:ids) ORDER BY la.id",
                    params(institutionId, sources, Filter.NONE).addValue("ids", all.subList(from,
                            Math.min(all.size(), from + 1000))), (rs, i) -> candidate(rs)));
        }
        return onePerLearner(found);
    }

    /** The given learner accounts' achievements (any institution, not withdrawn) that are among the sources. */
    public List<Candidate> heldByLearners(List<Long> learnerIds, List<Long> sources) {
        return jdbc.query(select() + " FROM cb_learner_achievement la JOIN cb_achievement a ON a.id = la.achievement_id"
                        + " JOIN cb_learner l ON l.id = la.learner_id WHERE la.learner_id IN (:learners)"
                        + " AND la.achievement_id IN (:sources) AND la.status <> 'WITHDRAWN' ORDER BY la.id",
                new MapSqlParameterSource("learners", learnerIds).addValue("sources", sources),
                (rs, i) -> candidate(rs));
    }

    /** The ID numbers that hold every one of the rule's source achievements (at any institution, not withdrawn). */
    public Set<String> holdingAll(ConversionRule rule, Set<String> idNumbers) {
        List<Long> sources = rule.sourceAchievementIds();
        if (sources.size() == 1) {
            return idNumbers;
        }
        Set<String> holders = new HashSet<>(jdbc.queryForList("SELECT la.id_number FROM cb_learner_achievement la"
                        + " WHERE la.achievement_id IN (:sources) AND la.status <> 'WITHDRAWN' GROUP BY la.id_number"
                        + " HAVING COUNT(DISTINCT la.achievement_id) = :count",
                new MapSqlParameterSource("sources", sources).addValue("count", sources.size()), String.class));
        holders.retainAll(idNumbers);
        return holders;
    }

    /** Of the given ID numbers, those with a pending or passed conversion under the rule, and its status. */
    public Map<String, ConversionItemStatus> existing(Long ruleId, Collection<String> idNumbers) {
        Map<String, ConversionItemStatus> found = new HashMap<>();
        List<String> all = List.copyOf(idNumbers);
        for (int from = 0; from < all.size(); from += 1000) {
            jdbc.query("SELECT id_number, status FROM cb_conversion_item WHERE rule_id = :rule"
                            + " AND id_number IN (:ids) AND status IN ('PENDING', 'PASSED')",
                    new MapSqlParameterSource("rule", ruleId).addValue("ids",
                            all.subList(from, Math.min(all.size(), from + 1000))),
                    rs -> {
                        ConversionItemStatus status = ConversionItemStatus.valueOf(rs.getString(2));
                        found.merge(rs.getString(1), status, (a, b) -> a == ConversionItemStatus.PASSED ? a : b);
                    });
        }
        return found;
    }

    private static String select() {
        return "SELECT la.id, la.achievement_id, a.name AS achievement_name, la.learner_name, la.id_number,"
                + " la.personal_no, la.issue_date, l.applicant_id";
    }

    private static String conditions(Filter filter) {
        StringBuilder sql = new StringBuilder();
        if (filter.nameOrNull() != null) {
            sql.append(" AND la.learner_name LIKE :name");
        }
        if (filter.idNumberOrNull() != null) {
            sql.append(" AND la.id_number = :idNumber");
        }
        return sql.toString();
    }

    private static MapSqlParameterSource params(Long institutionId, List<Long> sources, Filter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource("institution", institutionId)
                .addValue("sources", sources);
        if (filter.nameOrNull() != null) {
            params.addValue("name", filter.nameOrNull().replace("%", "").replace("_", "") + "%");
        }
        if (filter.idNumberOrNull() != null) {
            params.addValue("idNumber", filter.idNumberOrNull());
        }
        return params;
    }

    private static Candidate candidate(java.sql.ResultSet rs) throws java.sql.SQLException {
        Date issued = rs.getDate("issue_date");
        long applicant = rs.getLong("applicant_id");
        return new Candidate(rs.getLong("id"), rs.getLong("achievement_id"), rs.getString("achievement_name"),
                rs.getString("learner_name"), rs.getString("id_number"), rs.getString("personal_no"),
                issued == null ? null : issued.toLocalDate(), rs.wasNull() ? null : applicant);
    }
}
