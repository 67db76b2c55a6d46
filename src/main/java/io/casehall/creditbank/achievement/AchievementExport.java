package io.casehall.creditbank.achievement;

import io.casehall.creditbank.AchievementCategory;
import io.casehall.creditbank.AchievementSubtype;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.RecognitionStatus;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.spreadsheet.ExportColumn;
import io.casehall.shared.spreadsheet.KeysetPages;
import io.casehall.shared.spreadsheet.SpreadsheetWriter;
import io.casehall.shared.web.SearchText;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 成果导出: the selected achievements, or all of the institution's achievements matching the filters when none is
 * selected, as .xlsx streamed while read (keyset pages on id, newest first), with 获证学员数量 counted per page in
 * one grouped query. Every export is in the audit log with its row count.
 */
@Component
class AchievementExport {

    static final int PAGE = 1000;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    AchievementExport(JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    String fileName() {
        return "机构成果_" + STAMP.format(clock.instant().atZone(clock.getZone())) + ".xlsx";
    }

    /** Writes the rows; answers how many were written. */
    long write(InstitutionPrincipal me, AchievementFilter filter, List<Long> selected, OutputStream out) {
        AtomicLong count = new AtomicLong();
        try (SpreadsheetWriter writer = new SpreadsheetWriter(clock.getZone())) {
            writer.sheet("机构成果", columns(), rows(me.institutionId(), filter, selected, PAGE)
                    .peek(row -> count.incrementAndGet())).writeTo(out);
        } finally {
            audit.record(me, "CREDITBANK_ACHIEVEMENTS_EXPORTED", "institution", me.institutionId(),
                    "rows=" + count.get() + (selected.isEmpty() ? " filter=" + filter : " selected=" + selected.size()));
        }
        return count.get();
    }

    private static List<ExportColumn<Row>> columns() {
        return List.of(
                ExportColumn.of("成果名称", 30, Row::name),
                ExportColumn.of("成果类型", 12, r -> r.category().label()),
                ExportColumn.of("成果子类型", 24, r -> r.subtype().label()),
                ExportColumn.of("颁证机构", 24, Row::issuer),
                ExportColumn.of("层次/等级", 14, Row::level),
                ExportColumn.of("学科门类", 12, Row::discipline),
                ExportColumn.of("专业类", 14, Row::majorClass),
                ExportColumn.of("专业", 20, Row::major),
                ExportColumn.of("专业代码", 10, Row::majorCode),
                ExportColumn.of("毕业结论", 10, Row::graduationConclusion),
                ExportColumn.of("学制（年）", 10, Row::studyYears),
                ExportColumn.of("原始学时", 10, Row::originalHours),
                ExportColumn.of("原始学分", 10, Row::originalCredits),
                ExportColumn.of("最低毕业学分", 12, Row::minGraduationCredits),
                ExportColumn.of("有效期起始时间", 14, Row::validFrom),
                ExportColumn.of("成果简介", 40, Row::introduction),
                ExportColumn.of("认定状态", 10, r -> r.recognition().label()),
                ExportColumn.of("获证学员数量（个）", 14, Row::certified),
                ExportColumn.of("入库时间", 18, Row::createdAt));
    }

    /** The rows in the list's order (newest first), a page at a time. */
    Stream<Row> rows(long institutionId, AchievementFilter filter, List<Long> selected, int pageSize) {
        return KeysetPages.<Row, Long>stream(null, pageSize, after -> page(institutionId, filter, selected, after,
                pageSize), Row::id).flatMap(List::stream);
    }

    private List<Row> page(long institutionId, AchievementFilter filter, List<Long> selected, Long after,
                           int pageSize) {
        StringBuilder sql = new StringBuilder("SELECT id, name, category, subtype, issuer, level, discipline,"
                + " major_class, major, major_code, graduation_conclusion, study_years, original_hours,"
                + " original_credits, min_graduation_credits, valid_from, introduction, recognition, created_at"
                + " FROM cb_achievement WHERE institution_id = ?");
        List<Object> args = new ArrayList<>(List.of(institutionId));
        if (!selected.isEmpty()) {
            sql.append(" AND id IN (").append(String.join(",", Collections.nCopies(selected.size(), "?"))).append(')');
            args.addAll(selected);
        } else {
            if (filter.name() != null) {
                sql.append(" AND LOWER(name) LIKE ? ESCAPE '\\'");
                args.add(SearchText.containsIgnoringCase(filter.name()));
            }
            if (filter.category() != null) {
                sql.append(" AND category = ?");
                args.add(filter.category().name());
            }
            if (filter.subtype() != null) {
                sql.append(" AND subtype = ?");
                args.add(filter.subtype().name());
            }
        }
        if (after != null) {
            sql.append(" AND id < ?");
            args.add(after);
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        args.add(pageSize);
        List<Row> rows = jdbc.query(sql.toString(), (rs, n) -> {
            Date validFrom = rs.getDate("valid_from");
            return new Row(rs.getLong("id"), rs.getString("name"), AchievementCategory.valueOf(rs.getString("category")),
                    AchievementSubtype.valueOf(rs.getString("subtype")), rs.getString("issuer"), rs.getString("level"),
                    rs.getString("discipline"), rs.getString("major_class"), rs.getString("major"),
                    rs.getString("major_code"), rs.getString("graduation_conclusion"),
                    plain(rs.getBigDecimal("study_years")), plain(rs.getBigDecimal("original_hours")),
                    plain(rs.getBigDecimal("original_credits")), plain(rs.getBigDecimal("min_graduation_credits")),
                    validFrom == null ? null : validFrom.toLocalDate(), rs.getString("introduction"),
                    RecognitionStatus.valueOf(rs.getString("recognition")),
                    rs.getTimestamp("created_at").toInstant(), 0L);
        }, args.toArray());
        Map<Long, Long> certified = certified(institutionId, rows.stream().map(Row::id).toList());
        return rows.stream().map(r -> r.withCertified(certified.getOrDefault(r.id(), 0L))).toList();
    }

    private Map<Long, Long> certified(long institutionId, List<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        List<Object> args = new ArrayList<>(List.of(institutionId));
        args.addAll(ids);
        jdbc.query("SELECT achievement_id, COUNT(*) AS n FROM cb_learner_achievement WHERE institution_id = ?"
                        + " AND achievement_id IN (" + String.join(",", Collections.nCopies(ids.size(), "?")) + ")"
                        + " AND status <> 'WITHDRAWN' GROUP BY achievement_id",
                rs -> {
                    counts.put(rs.getLong("achievement_id"), rs.getLong("n"));
                }, args.toArray());
        return counts;
    }

    private static BigDecimal plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros();
    }

    /** One exported achievement. */
    record Row(long id, String name, AchievementCategory category, AchievementSubtype subtype, String issuer,
               String level, String discipline, String majorClass, String major, String majorCode,
               String graduationConclusion, BigDecimal studyYears, BigDecimal originalHours,
               BigDecimal originalCredits, BigDecimal minGraduationCredits, LocalDate validFrom, String introduction,
               RecognitionStatus recognition, Instant createdAt, long certified) {

        Row withCertified(long count) {
            return new Row(id, name, category, subtype, issuer, level, discipline, majorClass, major, majorCode,
                    graduationConclusion, studyYears, originalHours, originalCredits, minGraduationCredits, validFrom,
                    introduction, recognition, createdAt, count);
        }
    }
}
