package io.casehall.clearance.report;

import io.casehall.clearance.ClearanceStage;
import io.casehall.clearance.StudentFilter;
import io.casehall.clearance.StudentInfo;
import io.casehall.shared.identity.ChineseIdNumber;
import io.casehall.shared.web.SearchText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** SQL fragments shared by the clearance queries: the student columns, their mapping, and the filters. */
public final class StudentSql {

    static final String COLUMNS = "s.id, s.plan_id, s.student_no, s.candidate_no, s.full_name, s.gender, s.id_number,"
            + " s.department, s.major, s.class_name, s.category, s.level, s.household_migration, s.dormitory, s.stage";

    /** A student number as typed: letters and digits only (a name always has other characters). */
    private static final java.util.regex.Pattern STUDENT_NO_LIKE = java.util.regex.Pattern.compile("[A-Za-z0-9]{1,20}");

    private StudentSql() {
    }

    static StudentInfo map(ResultSet rs, LocalDate today) throws SQLException {
        String idNumber = rs.getString("id_number");
        Integer age = ChineseIdNumber.birthDate(idNumber).map(birth -> Period.between(birth, today).getYears())
                .orElse(null);
        return new StudentInfo(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("student_no"),
                rs.getString("candidate_no"), rs.getString("full_name"), rs.getString("gender"), age, idNumber,
                rs.getString("department"), rs.getString("major"), rs.getString("class_name"),
                rs.getString("category"), rs.getString("level"), rs.getBoolean("household_migration"),
                rs.getString("dormitory"), ClearanceStage.valueOf(rs.getString("stage")));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** A WHERE fragment (starting with " AND") and its arguments for the filter's student fields. */
    record Where(String sql, List<Object> args) {
    }

    static Where where(StudentFilter filter) {
        StringBuilder sql = new StringBuilder();
        List<Object> args = new ArrayList<>();
        if (filter == null) {
            return new Where("", args);
        }
        String query = blankToNull(filter.query());
        if (query != null) {
            if (STUDENT_NO_LIKE.matcher(query).matches()) {
                sql.append(" AND s.student_no LIKE ? ESCAPE '\\'");
                args.add(SearchText.escaped(query.toUpperCase(Locale.ROOT)) + "%");
            } else {
                sql.append(" AND s.full_name LIKE ? ESCAPE '\\'");
                args.add("%" + SearchText.escaped(query) + "%");
            }
        }
        exact(sql, args, "s.student_no", upper(filter.studentNo()));
        exact(sql, args, "s.candidate_no", blankToNull(filter.candidateNo()));
        contains(sql, args, "s.full_name", filter.name());
        exact(sql, args, "s.department", blankToNull(filter.department()));
        contains(sql, args, "s.major", filter.major());
        contains(sql, args, "s.class_name", filter.className());
        exact(sql, args, "s.gender", blankToNull(filter.gender()));
        exact(sql, args, "s.level", blankToNull(filter.level()));
        exact(sql, args, "s.category", blankToNull(filter.category()));
        if (filter.departmentsIn() != null) {
            if (filter.departmentsIn().isEmpty()) {
                sql.append(" AND 1 = 0");
            } else {
                sql.append(" AND s.department IN (").append(marks(filter.departmentsIn().size())).append(")");
                args.addAll(filter.departmentsIn().stream().sorted().toList());
            }
        }
        return new Where(sql.toString(), args);
    }

    private static void exact(StringBuilder sql, List<Object> args, String column, String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            args.add(value);
        }
    }

    private static void contains(StringBuilder sql, List<Object> args, String column, String value) {
        String v = blankToNull(value);
        if (v != null) {
            sql.append(" AND ").append(column).append(" LIKE ? ESCAPE '\\'");
            args.add("%" + SearchText.escaped(v) + "%");
        }
    }

    static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String stripped = s.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static String upper(String s) {
        String v = blankToNull(s);
        return v == null ? null : v.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    public static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }
}
