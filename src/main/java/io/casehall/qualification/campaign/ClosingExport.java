package io.casehall.qualification.campaign;

import io.casehall.qualification.QualificationCampaign;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.masking.Masking;
import io.casehall.shared.security.Actor;
import io.casehall.shared.spreadsheet.ExportColumn;
import io.casehall.shared.spreadsheet.KeysetPages;
import io.casehall.shared.spreadsheet.SpreadsheetWriter;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.NotFoundException;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The closing report's two lists in full as .xlsx (the campaign page shows only the first
 * {@link ClosingReport#SHOWN} rows): the graduates who never submitted, once the graduate window has closed, and
 * the change requests that expired undecided, once the college window has closed. Rows are read a page at a time
 * (keyset on college, student number, id: a page starts after the previous page's last row) and streamed, so any number of rows exports in constant memory. Phones
 * are masked as on the page; every download is in the audit log.
 */
@Component
class ClosingExport {

    static final int PAGE = 1000;

    /** The two lists, by the name their download address uses. */
    enum ClosingList {
        NOT_SUBMITTED("not-submitted", "QUALIFICATION_NOT_SUBMITTED_EXPORTED"),
        EXPIRED("expired", "QUALIFICATION_EXPIRED_REQUESTS_EXPORTED");

        static final String PATTERN = "not-submitted|expired";

        final String path;
        final String auditAction;

        ClosingList(String path, String auditAction) {
            this.path = path;
            this.auditAction = auditAction;
        }

        static ClosingList of(String path) {
            return Stream.of(values()).filter(l -> l.path.equals(path)).findFirst()
                    .orElseThrow(NotFoundException::new);
        }

        /** Only a closed window has its list. */
        boolean availableFor(QualificationCampaign campaign) {
            return this == NOT_SUBMITTED ? campaign.graduateWindowClosed() : campaign.collegeWindowClosed();
        }

        String key() {
            return this == NOT_SUBMITTED ? "notSubmitted" : "expired";
        }
    }

    private final JdbcTemplate jdbc;
    private final Masking mask;
    private final Messages messages;
    private final AuditLog audit;
    private final Clock clock;

    ClosingExport(JdbcTemplate jdbc, Masking mask, Messages messages, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.mask = mask;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    String fileName(QualificationCampaign campaign, ClosingList list) {
        return messages.get("qualification.closing.export.fileName." + list.key(),
                String.valueOf(campaign.getGraduationYear()));
    }

    void write(QualificationCampaign campaign, ClosingList list, OutputStream out, Actor actor) {
        audit.record(actor, list.auditAction, "qualification-campaign", campaign.getId(), list.path);
        try (SpreadsheetWriter writer = new SpreadsheetWriter(clock.getZone())) {
            writer.sheet(messages.get("qualification.closing.export.sheet." + list.key()), columns(list),
                    rows(campaign.getId(), list)).writeTo(out);
        }
    }

    private List<ExportColumn<Row>> columns(ClosingList list) {
        List<ExportColumn<Row>> columns = new ArrayList<>(List.of(
                column("college", 20, Row::college),
                column("studentNo", 12, Row::studentNo),
                column("name", 10, Row::name),
                column("education", 12, Row::education),
                column("major", 20, Row::major),
                column("phone", 14, r -> mask.phone(r.phone()))));
        if (list == ClosingList.EXPIRED) {
            columns.add(column("fields", 30, r -> r.fields().stream()
                    .map(f -> messages.get("qualification.field." + f)).collect(Collectors.joining("、"))));
            columns.add(column("submittedAt", 18, Row::submittedAt));
        }
        return columns;
    }

    private ExportColumn<Row> column(String key, int width, Function<Row, ?> value) {
        return ExportColumn.of(messages.get("qualification.export.column." + key), width, value);
    }

    /** The list's rows in college and student-number order, read a page at a time. */
    Stream<Row> rows(long campaignId, ClosingList list) {
        return rows(campaignId, list, PAGE);
    }

    Stream<Row> rows(long campaignId, ClosingList list, int pageSize) {
        return KeysetPages.<Row, Row>stream(null, pageSize, after -> list == ClosingList.NOT_SUBMITTED
                        ? notSubmittedPage(campaignId, after, pageSize) : expiredPage(campaignId, after, pageSize),
                Function.identity()).flatMap(List::stream);
    }

    private List<Row> notSubmittedPage(long campaignId, Row after, int pageSize) {
        Keyset keyset = new Keyset(campaignId, after);
        return jdbc.query("SELECT g.id, g.college, g.student_no, g.name, g.education, g.major, g.phone"
                        + " FROM qualification_graduate g WHERE g.campaign_id = ? AND g.check_status = 'NOT_SUBMITTED'"
                        + keyset.sql("g.id") + " ORDER BY g.college, g.student_no, g.id LIMIT ?",
                (rs, n) -> new Row(rs.getLong("id"), rs.getString("college"), rs.getString("student_no"),
                        rs.getString("name"), rs.getString("education"), rs.getString("major"),
                        rs.getString("phone"), List.of(), null),
                keyset.args(pageSize));
    }

    private List<Row> expiredPage(long campaignId, Row after, int pageSize) {
        Keyset keyset = new Keyset(campaignId, after);
        List<Row> requests = jdbc.query("SELECT r.id, g.college, g.student_no, g.name, g.education, g.major, g.phone,"
                        + " r.submitted_at FROM qualification_change_request r"
                        + " JOIN qualification_graduate g ON g.id = r.graduate_id"
                        + " WHERE r.campaign_id = ? AND r.status = 'EXPIRED'"
                        + keyset.sql("r.id") + " ORDER BY g.college, g.student_no, r.id LIMIT ?",
                (rs, n) -> {
                    Timestamp submitted = rs.getTimestamp("submitted_at");
                    return new Row(rs.getLong("id"), rs.getString("college"), rs.getString("student_no"),
                            rs.getString("name"), rs.getString("education"), rs.getString("major"),
                            rs.getString("phone"), List.of(), submitted == null ? null : submitted.toInstant());
                }, keyset.args(pageSize));
        Map<Long, List<String>> fields = fieldsOf(requests.stream().map(Row::id).toList());
        return requests.stream().map(r -> r.withFields(fields.getOrDefault(r.id(), List.of()))).toList();
    }

    /** The fields each request asked to change, in the request's order. */
    private Map<Long, List<String>> fieldsOf(List<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<String>> fields = new LinkedHashMap<>();
        jdbc.query("SELECT request_id, field FROM qualification_change_item WHERE request_id IN ("
                        + String.join(",", Collections.nCopies(requestIds.size(), "?")) + ") ORDER BY request_id, position",
                rs -> {
                    fields.computeIfAbsent(rs.getLong("request_id"), k -> new ArrayList<>()).add(rs.getString("field"));
                }, requestIds.toArray());
        return fields;
    }

    /** One row of either list; {@code fields} and {@code submittedAt} only for expired requests. */
    record Row(long id, String college, String studentNo, String name, String education, String major, String phone,
               List<String> fields, Instant submittedAt) {

        Row withFields(List<String> asked) {
            return new Row(id, college, studentNo, name, education, major, phone, asked, submittedAt);
        }
    }

    /** Where a page starts: after the given row (college, student number, id), or at the beginning for none. */
    private record Keyset(long campaignId, Row after) {

        String sql(String idColumn) {
            return after == null ? "" : " AND (g.college, g.student_no, " + idColumn + ") > (?, ?, ?)";
        }

        Object[] args(int limit) {
            return after == null ? new Object[] {campaignId, limit}
                    : new Object[] {campaignId, after.college(), after.studentNo(), after.id(), limit};
        }
    }
}
