package io.casehall.clearance.report;

import io.casehall.clearance.Checkpoint;
import io.casehall.clearance.GridRow;
import io.casehall.clearance.StudentFilter;
import io.casehall.clearance.StudentInfo;
import io.casehall.shared.spreadsheet.KeysetPages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The grid of a plan for the Excel export, streamed: any number of students, one page in memory at a time. */
@Component
class GridExportStream {

    /** Students per page of the streamed export. */
    static final int EXPORT_PAGE = 1000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ClearanceQueries queries;

    GridExportStream(JdbcTemplate jdbc, Clock clock, ClearanceQueries queries) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.queries = queries;
    }

    /**
     * Every matching student's grid row, read page by page (keyset on the student number), so an export of any
     * size holds one page in memory and no long-running cursor.
     */
    Stream<GridRow> rows(long planId, StudentFilter filter, List<Checkpoint> columns) {
        StudentSql.Where where = StudentSql.where(filter);
        LocalDate today = LocalDate.now(clock);
        return KeysetPages.stream("", EXPORT_PAGE, after -> {
            List<Object> args = new ArrayList<>(List.of(planId, after));
            args.addAll(where.args());
            args.add(EXPORT_PAGE);
            return jdbc.query("SELECT " + StudentSql.COLUMNS
                            + " FROM clearance_student s WHERE s.plan_id = ? AND s.student_no > ?" + where.sql()
                            + " ORDER BY s.student_no LIMIT ?",
                    (rs, n) -> StudentSql.map(rs, today), args.toArray());
        }, StudentInfo::studentNo).flatMap(students -> queries.gridRows(students, columns).stream());
    }
}
