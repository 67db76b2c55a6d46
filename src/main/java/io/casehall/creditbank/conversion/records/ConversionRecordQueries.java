package io.casehall.creditbank.conversion.records;

import io.casehall.creditbank.conversion.ConversionChannel;
import io.casehall.creditbank.conversion.ConversionItemStatus;
import io.casehall.shared.identity.ChineseIdNumber;
import io.casehall.shared.spreadsheet.KeysetPages;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 转换记录 of one institution: the learners' conversions it receives (target_institution_id) or initiated
 * (initiator_institution_id), filtered first on that column (indexes (target, year, id), (initiator, id)), newest
 * first with a limit; a name by prefix, an ID number exactly. The page, the counts of the tabs and the export read
 * here, and only here.
 */
@Component
public class ConversionRecordQueries {

    /** Rows per export page (keyset on id, newest first). */
    static final int EXPORT_PAGE = 1000;

    /** 机构接收 or 机构发起. */
    public enum Tab {
        RECEIVED("target_institution_id"),
        INITIATED("initiator_institution_id");

        private final String column;

        Tab(String column) {
            this.column = column;
        }

        public String param() {
            return name().toLowerCase();
        }

        static Tab of(String text) {
            return "initiated".equalsIgnoreCase(text == null ? "" : text.strip()) ? INITIATED : RECEIVED;
        }
    }

    /** The list's filters; every one optional. */
    public record Filter(Integer year, String ruleCode, String learnerName, String idNumber,
                         ConversionItemStatus status) {

        public static final Filter NONE = new Filter(null, null, null, null, null);

        public Filter {
            ruleCode = blankToNull(ruleCode);
            learnerName = blankToNull(learnerName);
            idNumber = idNumber == null || idNumber.isBlank() ? null : ChineseIdNumber.normalize(idNumber);
        }
    }

    /** One row: the learner's conversion, its source as applied, the rule's target, the receiving institution. */
    public record Row(long id, String ruleCode, long ruleId, ConversionChannel channel, String learnerName,
                      String idNumber, String sourceName, String personalNo, LocalDate issueDate, Instant appliedAt,
                      ConversionItemStatus status, String reason, long targetInstitutionId, String target,
                      String targetInstitution) {
    }

    private final JdbcTemplate jdbc;
    private final ConversionTargets targets;

    ConversionRecordQueries(JdbcTemplate jdbc, ConversionTargets targets) {
        this.jdbc = jdbc;
        this.targets = targets;
    }

    @Transactional(readOnly = true)
    public Page<Row> page(long institutionId, Tab tab, Filter filter, int page, int size) {
        Where where = where(institutionId, tab, filter);
        int number = Math.max(0, page);
        List<Object> args = new ArrayList<>(where.args);
        args.add(size);
        args.add((long) number * size);
        List<Row> rows = jdbc.query(SELECT + where.sql + " ORDER BY i.id DESC LIMIT ? OFFSET ?", ROW,
                args.toArray());
        long total = rows.size() < size && (number == 0 || !rows.isEmpty()) ? (long) number * size + rows.size()
                : count(where);
        return new PageImpl<>(complete(rows), PageRequest.of(number, size), total);
    }

    @Transactional(readOnly = true)
    public long count(long institutionId, Tab tab, Filter filter) {
        return count(where(institutionId, tab, filter));
    }

    /** How many of these ids are the institution's on the tab (the export of ticked rows). */
    @Transactional(readOnly = true)
    public long countSelected(long institutionId, Tab tab, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return count(selected(institutionId, tab, ids));
    }

    /** Every row the filter matches (or the ticked ids), newest first, {@link #EXPORT_PAGE} rows at a time. */
    public Stream<Row> stream(long institutionId, Tab tab, Filter filter, List<Long> selected) {
        Where where = selected == null || selected.isEmpty() ? where(institutionId, tab, filter)
                : selected(institutionId, tab, selected);
        return KeysetPages.<Row, Long>stream(null, EXPORT_PAGE, after -> {
            List<Object> args = new ArrayList<>(where.args);
            String keyset = "";
            if (after != null) {
                keyset = " AND i.id < ?";
                args.add(after);
            }
            args.add(EXPORT_PAGE);
            return complete(jdbc.query(SELECT + where.sql + keyset + " ORDER BY i.id DESC LIMIT ?", ROW,
                    args.toArray()));
        }, Row::id).flatMap(List::stream);
    }

    private long count(Where where) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM cb_conversion_item i" + where.sql, Long.class,
                where.args.toArray());
        return n == null ? 0 : n;
    }

    private static final String SELECT = "SELECT i.id, i.rule_id, i.rule_code, i.channel, i.learner_name,"
            + " i.id_number, i.source_name, i.personal_no, i.issue_date, i.applied_at, i.status, i.reason,"
            + " i.target_institution_id FROM cb_conversion_item i";

    private static final RowMapper<Row> ROW = (rs, n) -> {
        Date issued = rs.getDate("issue_date");
        Timestamp applied = rs.getTimestamp("applied_at");
        return new Row(rs.getLong("id"), rs.getString("rule_code"), rs.getLong("rule_id"),
                ConversionChannel.valueOf(rs.getString("channel")), rs.getString("learner_name"),
                rs.getString("id_number"), rs.getString("source_name"), rs.getString("personal_no"),
                issued == null ? null : issued.toLocalDate(), applied == null ? null : applied.toInstant(),
                ConversionItemStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                rs.getLong("target_institution_id"), null, null);
    };

    /** The page's targets and receiving institutions' names: one query each for the whole page. */
    private List<Row> complete(List<Row> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, String> target = targets.of(rows.stream().map(Row::ruleId).toList());
        Map<Long, String> names = targets.institutionNames(rows.stream().map(Row::targetInstitutionId).toList());
        return rows.stream().map(r -> new Row(r.id(), r.ruleCode(), r.ruleId(), r.channel(), r.learnerName(),
                r.idNumber(), r.sourceName(), r.personalNo(), r.issueDate(), r.appliedAt(), r.status(), r.reason(),
                r.targetInstitutionId(), Objects.requireNonNullElse(target.get(r.ruleId()), ""),
                Objects.requireNonNullElse(names.get(r.targetInstitutionId()), ""))).toList();
    }

    private record Where(String sql, List<Object> args) {
    }

    private static Where where(long institutionId, Tab tab, Filter filter) {
        StringBuilder sql = new StringBuilder(" WHERE i." + tab.column + " = ?");
        List<Object> args = new ArrayList<>();
        args.add(institutionId);
        if (filter.year() != null) {
            sql.append(" AND i.applied_year = ?");
            args.add(filter.year());
        }
        if (filter.ruleCode() != null) {
            sql.append(" AND i.rule_code LIKE ?");
            args.add(like(filter.ruleCode()));
        }
        if (filter.learnerName() != null) {
            sql.append(" AND i.learner_name LIKE ?");
            args.add(like(filter.learnerName()));
        }
        if (filter.idNumber() != null) {
            sql.append(" AND i.id_number = ?");
            args.add(filter.idNumber());
        }
        if (filter.status() != null) {
            sql.append(" AND i.status = ?");
            args.add(filter.status().name());
        }
        return new Where(sql.toString(), args);
    }

    private static Where selected(long institutionId, Tab tab, Collection<Long> ids) {
        List<Long> distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
        List<Object> args = new ArrayList<>();
        args.add(institutionId);
        args.addAll(distinct);
        String marks = distinct.isEmpty() ? "NULL" : String.join(",", distinct.stream().map(id -> "?").toList());
        return new Where(" WHERE i." + tab.column + " = ? AND i.id IN (" + marks + ")", args);
    }

    /** A prefix match: the typed text with LIKE's wildcards taken out, then %. */
    private static String like(String text) {
        return text.replace("%", "").replace("_", "") + "%";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
