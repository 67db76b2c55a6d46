package io.casehall.qualification.review;

import io.casehall.qualification.ChangeRequestStatus;
import io.casehall.qualification.CheckStatus;
import io.casehall.shared.web.SearchText;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the college console reads, in SQL (counts and lists of thousands of graduates without loading entities):
 * the counts by check status, the requests by outcome, the statistics lines per major, the majors and the paged
 * list with filters. Every query names the campaign and the college; the caller has checked the college is the
 * reviewer's.
 */
@Component
class CollegeQueries {

    /** The check statuses the list can be filtered by, in the order the filter offers them. */
    static final List<String> STATUSES = Arrays.stream(CheckStatus.values()).map(CheckStatus::name).toList();

    private static final Comparator<String> CHINESE = Comparator.nullsFirst(Collator.getInstance(Locale.CHINA)::compare);

    private final JdbcTemplate jdbc;

    CollegeQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The colleges of a campaign's graduates, in Chinese order. */
    List<String> colleges(long campaignId) {
        List<String> colleges = new ArrayList<>(jdbc.queryForList(
                "SELECT DISTINCT college FROM qualification_graduate WHERE campaign_id = ?", String.class, campaignId));
        colleges.sort(CHINESE);
        return colleges;
    }

    /** One line per education level and major, ordered by level then major. */
    List<ReportLine> lines(long campaignId, String college) {
        List<ReportLine> lines = new ArrayList<>(jdbc.query("SELECT education, major, COUNT(*) AS graduates,"
                        + sum(CheckStatus.CONFIRMED) + " AS confirmed," + sum(CheckStatus.CHANGED) + " AS changed,"
                        + sum(CheckStatus.CHANGE_PENDING) + " AS pending,"
                        + sum(CheckStatus.CHANGE_REJECTED, CheckStatus.CHANGE_EXPIRED) + " AS not_changed,"
                        + sum(CheckStatus.NOT_SUBMITTED) + " AS not_submitted"
                        + " FROM qualification_graduate WHERE campaign_id = ? AND college = ?"
                        + " GROUP BY education, major",
                (rs, n) -> new ReportLine(rs.getString("education"), rs.getString("major"),
                        new StatusCounts(rs.getLong("graduates"), rs.getLong("confirmed"), rs.getLong("changed"),
                                rs.getLong("pending"), rs.getLong("not_changed"), rs.getLong("not_submitted"))),
                campaignId, college));
        lines.sort(Comparator.comparing(ReportLine::education, CHINESE).thenComparing(ReportLine::major, CHINESE));
        return lines;
    }

    static StatusCounts totals(List<ReportLine> lines) {
        return lines.stream().map(ReportLine::counts).reduce(StatusCounts.NONE, StatusCounts::plus);
    }

    /** The college's sensitive-change requests by outcome. */
    RequestCounts requests(long campaignId, String college) {
        long[] counts = new long[ChangeRequestStatus.values().length];
        jdbc.query("SELECT status, COUNT(*) FROM qualification_change_request"
                + " WHERE campaign_id = ? AND college = ? GROUP BY status", rs -> {
                    counts[ChangeRequestStatus.valueOf(rs.getString(1)).ordinal()] += rs.getLong(2);
                }, campaignId, college);
        return new RequestCounts(counts[ChangeRequestStatus.PENDING.ordinal()],
                counts[ChangeRequestStatus.APPROVED.ordinal()], counts[ChangeRequestStatus.REJECTED.ordinal()],
                counts[ChangeRequestStatus.EXPIRED.ordinal()]);
    }

    /** The college's additions and removals: applied ones by type, and those still waiting. */
    RosterCounts roster(long campaignId, String college) {
        long[] counts = new long[3];
        jdbc.query("SELECT change_type, status, COUNT(*) FROM qualification_roster_change"
                + " WHERE campaign_id = ? AND college = ? GROUP BY change_type, status", rs -> {
                    String type = rs.getString(1);
                    String status = rs.getString(2);
                    if (RosterChangeStatus.PENDING.name().equals(status)) {
                        counts[2] += rs.getLong(3);
                    } else if (RosterChangeStatus.APPLIED.name().equals(status)) {
                        counts[RosterChangeType.ADD.name().equals(type) ? 0 : 1] += rs.getLong(3);
                    }
                }, campaignId, college);
        return new RosterCounts(counts[0], counts[1], counts[2]);
    }

    /** The majors of the college's graduates, for the filter. */
    List<String> majors(long campaignId, String college) {
        List<String> majors = new ArrayList<>(jdbc.queryForList("SELECT DISTINCT major FROM qualification_graduate"
                + " WHERE campaign_id = ? AND college = ? AND major IS NOT NULL", String.class, campaignId, college));
        majors.sort(CHINESE);
        return majors;
    }

    /** A page of the college's graduates matching the filter, by student number. */
    Page<GraduateRow> graduates(long campaignId, String college, CollegeFilter filter, int page, int size) {
        List<Object> args = new ArrayList<>(List.of(campaignId, college));
        String where = where(filter, args);
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM qualification_graduate g WHERE g.campaign_id = ?"
                + " AND g.college = ?" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<GraduateRow> rows = jdbc.query("SELECT g.id, g.student_no, g.name, g.gender, g.education, g.major,"
                        + " g.phone, g.check_status, g.applicant_account_id,"
                        + " (SELECT COUNT(*) FROM qualification_change_request r WHERE r.graduate_id = g.id"
                        + " AND r.status = '" + ChangeRequestStatus.PENDING.name() + "') AS pending_requests"
                        + " FROM qualification_graduate g WHERE g.campaign_id = ? AND g.college = ?" + where
                        + " ORDER BY g.student_no LIMIT ? OFFSET ?",
                (rs, n) -> new GraduateRow(rs.getLong("id"), rs.getString("student_no"), rs.getString("name"),
                        rs.getString("gender"), rs.getString("education"), rs.getString("major"),
                        rs.getString("phone"), rs.getString("check_status"), rs.getLong("pending_requests"),
                        rs.getObject("applicant_account_id") != null),
                pageArgs.toArray());
        return new PageImpl<>(rows, PageRequest.of(page, size), total);
    }

    /** The college of a campaign's graduate, or null when the campaign has no such graduate. */
    String collegeOfGraduate(long campaignId, long graduateId) {
        List<String> found = jdbc.queryForList("SELECT college FROM qualification_graduate WHERE id = ? AND campaign_id = ?",
                String.class, graduateId, campaignId);
        return found.isEmpty() ? null : found.get(0);
    }

    /** True when the campaign already has a graduate with this student number. */
    boolean studentNoTaken(long campaignId, String studentNo) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM qualification_graduate WHERE campaign_id = ?"
                + " AND student_no = ?", Long.class, campaignId, studentNo);
        return count != null && count > 0;
    }

    private static String where(CollegeFilter filter, List<Object> args) {
        StringBuilder sql = new StringBuilder();
        if (filter.status() != null) {
            sql.append(" AND g.check_status = ?");
            args.add(filter.status());
        }
        if (filter.query() != null) {
            if (filter.queryIsStudentNo()) {
                sql.append(" AND g.student_no LIKE ?");
                args.add(filter.query() + "%");
            } else {
                sql.append(" AND g.name LIKE ? ESCAPE '\\'");
                args.add("%" + SearchText.escaped(filter.query()) + "%");
            }
        }
        if (filter.major() != null) {
            sql.append(" AND g.major = ?");
            args.add(filter.major());
        }
        return sql.toString();
    }

    /** SQL summing the rows whose check status is one of these (enum names: nothing typed reaches the SQL). */
    private static String sum(CheckStatus... statuses) {
        String names = Arrays.stream(statuses).map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
        return " SUM(CASE WHEN check_status IN (" + names + ") THEN 1 ELSE 0 END)";
    }

    static boolean admits(Set<String> colleges, String college) {
        return college != null && colleges.contains(college);
    }
}
