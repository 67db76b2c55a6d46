package io.casehall.qualification.review;

import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.reference.CodedName;
import io.casehall.shared.reference.Divisions;
import io.casehall.shared.reference.EthnicGroups;
import io.casehall.shared.reference.PoliticalStatuses;
import io.casehall.shared.security.Actor;
import io.casehall.shared.spreadsheet.ExportColumn;
import io.casehall.shared.spreadsheet.KeysetPages;
import io.casehall.shared.spreadsheet.SpreadsheetWriter;
import io.casehall.shared.web.Messages;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Excel export of a college's graduates' final data (after the approved changes), streamed: SXSSF keeps a
 * window of rows in memory and the rows are read a page at a time (keyset on the student number), so a college of
 * any size exports in constant memory. Full values (phones, addresses): the file is the college's data for the
 * employment office; every export is in the audit log.
 */
@Component
class CollegeExport {

    static final int PAGE = 1000;

    private final JdbcTemplate jdbc;
    private final Divisions divisions;
    private final EthnicGroups ethnicGroups;
    private final PoliticalStatuses politicalStatuses;
    private final Messages messages;
    private final AuditLog audit;
    private final Clock clock;

    CollegeExport(JdbcTemplate jdbc, Divisions divisions, EthnicGroups ethnicGroups,
                  PoliticalStatuses politicalStatuses, Messages messages, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.divisions = divisions;
        this.ethnicGroups = ethnicGroups;
        this.politicalStatuses = politicalStatuses;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    String fileName(int graduationYear, String college) {
        return messages.get("qualification.export.fileName", String.valueOf(graduationYear), college);
    }

    void write(long campaignId, String college, OutputStream out, Actor actor) {
        audit.record(actor, "QUALIFICATION_GRADUATES_EXPORTED", "qualification-campaign", campaignId, college);
        try (SpreadsheetWriter writer = new SpreadsheetWriter(clock.getZone())) {
            writer.sheet(messages.get("qualification.export.sheet"), columns(), rows(campaignId, college))
                    .writeTo(out);
        }
    }

    private List<ExportColumn<ExportRow>> columns() {
        return List.of(
                column("candidateNo", 16, ExportRow::candidateNo),
                column("studentNo", 12, ExportRow::studentNo),
                column("name", 10, ExportRow::name),
                column("gender", 6, ExportRow::gender),
                column("birthDate", 12, ExportRow::birthDate),
                column("college", 20, ExportRow::college),
                column("education", 12, ExportRow::education),
                column("major", 20, ExportRow::major),
                column("originPlaceCode", 10, ExportRow::originPlaceCode),
                column("originPlace", 24, r -> placeName(r.originPlaceCode())),
                column("ethnicity", 10, r -> ethnicGroups.find(r.ethnicity()).map(CodedName::name).orElse(r.ethnicity())),
                column("politicalStatus", 14, r -> politicalStatuses.find(r.politicalStatus()).map(CodedName::name)
                        .orElse(r.politicalStatus())),
                column("phone", 14, ExportRow::phone),
                column("homeAddress", 36, ExportRow::homeAddress),
                column("homePhone", 14, ExportRow::homePhone),
                column("email", 24, ExportRow::email),
                column("checkStatus", 12, r -> messages.get("qualification.status." + r.checkStatus())),
                column("confirmedAt", 18, ExportRow::confirmedAt));
    }

    private ExportColumn<ExportRow> column(String key, int width, java.util.function.Function<ExportRow, ?> value) {
        return ExportColumn.of(messages.get("qualification.export.column." + key), width, value);
    }

    private String placeName(String code) {
        return code == null || divisions.find(code).isEmpty() ? code : divisions.fullName(code);
    }

    /** The college's graduates in student-number order, read a page at a time. */
    Stream<ExportRow> rows(long campaignId, String college) {
        return KeysetPages.stream("", PAGE, after -> page(campaignId, college, after), ExportRow::studentNo)
                .flatMap(List::stream);
    }

    private List<ExportRow> page(long campaignId, String college, String after) {
        return new ArrayList<>(jdbc.query("SELECT candidate_no, student_no, name, gender, birth_date, college,"
                        + " education, major, origin_place_code, ethnicity, political_status, phone, home_address,"
                        + " home_phone, email, check_status, confirmed_at FROM qualification_graduate"
                        + " WHERE campaign_id = ? AND college = ? AND student_no > ? ORDER BY student_no LIMIT ?",
                (rs, n) -> {
                    Timestamp confirmed = rs.getTimestamp("confirmed_at");
                    return new ExportRow(rs.getString("candidate_no"), rs.getString("student_no"),
                            rs.getString("name"), rs.getString("gender"), rs.getObject("birth_date", LocalDate.class),
                            rs.getString("college"), rs.getString("education"), rs.getString("major"),
                            rs.getString("origin_place_code"), rs.getString("ethnicity"),
                            rs.getString("political_status"), rs.getString("phone"), rs.getString("home_address"),
                            rs.getString("home_phone"), rs.getString("email"), rs.getString("check_status"),
                            confirmed == null ? null : confirmed.toInstant());
                }, campaignId, college, after, PAGE));
    }
}
