package io.casehall.creditbank.learner;

import io.casehall.account.AccountService;
import io.casehall.creditbank.LearnerStatus;
import io.casehall.shared.identity.ChineseIdNumber;
import io.casehall.shared.spreadsheet.KeysetPages;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learner list of 学员账户管理 and its export, in one place: always within one institution, filtered by the year
 * the account was created, a name prefix or an ID number, newest first; the mobile is the activated applicant's.
 */
@Service
public class LearnerQueries {

    private final AccountService accounts;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    LearnerQueries(AccountService accounts, JdbcTemplate jdbc, Clock clock) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The list's filters: the year the account was created (入库年份), a name prefix, an ID number. */
    public record Filter(Integer year, String name, String idNumber) {
        public Filter {
            name = name == null || name.isBlank() ? null : name.strip();
            idNumber = idNumber == null || idNumber.isBlank() ? null : ChineseIdNumber.normalize(idNumber);
        }
    }

    /** A row of the list: the mobile is the activated applicant's. */
    public record Row(long id, String name, String idNumber, String mobile, LearnerStatus status, Instant createdAt) {
        public boolean editable() {
            return status == LearnerStatus.INACTIVE;
        }
    }

    /** A page of the institution's learners, newest first. */
    @Transactional(readOnly = true)
    public Page<Row> page(long institutionId, Filter filter, int page, int size) {
        Where where = where(institutionId, filter);
        int number = Math.max(0, page);
        List<Object> pageArgs = new ArrayList<>(where.args());
        pageArgs.add(size);
        pageArgs.add((long) number * size);
        List<Row> rows = rows(" WHERE " + where.sql() + " ORDER BY l.id DESC LIMIT ? OFFSET ?", pageArgs);
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM cb_learner l WHERE " + where.sql(), Long.class,
                where.args().toArray());
        return new PageImpl<>(rows, PageRequest.of(number, size), total == null ? 0 : total);
    }

    /** The filter's learners (or only the selected ones) newest first, a page of 1,000 at a time, for the export. */
    public Stream<Row> stream(long institutionId, Filter filter, List<Long> selected) {
        Where where = selected.isEmpty() ? where(institutionId, filter) : selected(institutionId, selected);
        int size = LearnerAchievementQueries.EXPORT_PAGE;
        return KeysetPages.<Row, Long>stream(null, size, after -> {
            List<Object> args = new ArrayList<>(where.args());
            String keyset = "";
            if (after != null) {
                keyset = " AND l.id < ?";
                args.add(after);
            }
            args.add(size);
            return rows(" WHERE " + where.sql() + keyset + " ORDER BY l.id DESC LIMIT ?", args);
        }, Row::id).flatMap(List::stream);
    }

    /** How many learners the filter (or the selection) matches. */
    @Transactional(readOnly = true)
    public long count(long institutionId, Filter filter, List<Long> selected) {
        Where where = selected.isEmpty() ? where(institutionId, filter) : selected(institutionId, selected);
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM cb_learner l WHERE " + where.sql(), Long.class,
                where.args().toArray());
        return n == null ? 0 : n;
    }

    private List<Row> rows(String whereOrderLimit, List<Object> args) {
        List<Object[]> rows = jdbc.query("SELECT l.id, l.name, l.id_number, l.status, l.applicant_id, l.created_at"
                        + " FROM cb_learner l" + whereOrderLimit,
                (rs, n) -> new Object[] {rs.getLong("id"), rs.getString("name"), rs.getString("id_number"),
                        rs.getString("status"), rs.getObject("applicant_id") == null ? null : rs.getLong("applicant_id"),
                        rs.getTimestamp("created_at").toInstant()},
                args.toArray());
        List<Long> applicants = rows.stream().map(r -> (Long) r[4]).filter(Objects::nonNull).distinct()
                .toList();
        Map<Long, String> mobiles = applicants.isEmpty() ? new HashMap<>() : accounts.mobiles(applicants);
        return rows.stream().map(r -> new Row((Long) r[0], (String) r[1], (String) r[2],
                r[4] == null ? null : mobiles.get((Long) r[4]), LearnerStatus.valueOf((String) r[3]), (Instant) r[5]))
                .toList();
    }

    private record Where(String sql, List<Object> args) {
    }

    private Where where(long institutionId, Filter filter) {
        StringBuilder where = new StringBuilder("l.institution_id = ?");
        List<Object> args = new ArrayList<>();
        args.add(institutionId);
        if (filter.name() != null) {
            where.append(" AND l.name LIKE ? ESCAPE '\\'");
            args.add(LearnerAchievementQueries.likePrefix(filter.name()));
        }
        if (filter.idNumber() != null) {
            where.append(" AND l.id_number = ?");
            args.add(filter.idNumber());
        }
        if (filter.year() != null) {
            ZoneId zone = clock.getZone();
            where.append(" AND l.created_at >= ? AND l.created_at < ?");
            args.add(LocalDate.of(filter.year(), 1, 1).atStartOfDay(zone).toOffsetDateTime());
            args.add(LocalDate.of(filter.year() + 1, 1, 1).atStartOfDay(zone).toOffsetDateTime());
        }
        return new Where(where.toString(), args);
    }

    private static Where selected(long institutionId, List<Long> ids) {
        List<Object> args = new ArrayList<>();
        args.add(institutionId);
        args.addAll(ids.stream().distinct().toList());
        return new Where("l.institution_id = ? AND l.id IN (" + LearnerAchievementQueries.marks(args.size() - 1) + ")",
                args);
    }
}
