package io.casehall.creditbank.learner;

import io.casehall.account.AccountService;
import io.casehall.creditbank.AchievementCategory;
import io.casehall.creditbank.AchievementSubtype;
import io.casehall.creditbank.LearnerAchievementStatus;
import io.casehall.shared.identity.ChineseIdNumber;
import io.casehall.shared.spreadsheet.KeysetPages;
import io.casehall.shared.web.SearchText;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learner-achievement list of one institution, in one place for the page, the export and the benchmark. It
 * filters on the institution first, a learner's name by prefix ({@code LIKE 'x%'}, index (institution, name, id)),
 * an ID number exactly (index (institution, ID number, id)), pages with a limit (newest first), reads the page's
 * achievements and learners in one query each (no query per row) and counts only what the filter matches.
 */
@Component
public class LearnerAchievementQueries {

    /** Rows per export page (keyset on id, newest first). */
    static final int EXPORT_PAGE = 1000;

    private final JdbcTemplate jdbc;
    private final AccountService accounts;

    LearnerAchievementQueries(JdbcTemplate jdbc, AccountService accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /**
     * What the list is filtered by; every field optional. {@code achievementId} and {@code learnerId} come from links
     * of other pages (an achievement's learners, a learner's achievements).
     */
    public record Filter(Integer year, String achievementName, AchievementCategory category, String learnerName,
                         String idNumber, LearnerAchievementStatus status, Long achievementId, Long learnerId) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null, null);
        }

        public Filter {
            achievementName = blankToNull(achievementName);
            learnerName = blankToNull(learnerName);
            idNumber = idNumber == null || idNumber.isBlank() ? null : ChineseIdNumber.normalize(idNumber);
        }

        public static Filter learnerName(String name) {
            return new Filter(null, null, null, name, null, null, null, null);
        }

        public static Filter idNumber(String idNumber) {
            return new Filter(null, null, null, null, idNumber, null, null, null);
        }
    }

    /** One row of the list: the learner's achievement with its achievement and the learner's mobile (if activated). */
    public record Row(long id, long achievementId, String achievementName, AchievementCategory category,
                      AchievementSubtype subtype, long learnerId, String learnerName, String idNumber, String mobile,
                      String personalNo, LocalDate issueDate, int storedYear, LearnerAchievementStatus status) {
    }

    /** One page of the list, newest first, with the count of everything the filter matches. */
    @Transactional(readOnly = true)
    public Page<Row> page(long institutionId, Filter filter, int page, int size) {
        Where where = where(institutionId, filter);
        int number = Math.max(0, page);
        List<Object> args = new ArrayList<>(where.args);
        args.add(size);
        args.add((long) number * size);
        List<Base> rows = jdbc.query(SELECT + where.sql + " ORDER BY la.id DESC LIMIT ? OFFSET ?", BASE,
                args.toArray());
        long total = rows.size() < size && (number == 0 || !rows.isEmpty()) ? (long) number * size + rows.size()
                : count(where);
        return new PageImpl<>(complete(rows), PageRequest.of(number, size), total);
    }

    /** How many rows the filter matches. */
    @Transactional(readOnly = true)
    public long count(long institutionId, Filter filter) {
        return count(where(institutionId, filter));
    }

    /** How many of these ids are the institution's (the export of selected rows). */
    @Transactional(readOnly = true)
    public long countSelected(long institutionId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<Object> args = new ArrayList<>();
        args.add(institutionId);
        args.addAll(ids);
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM cb_learner_achievement la WHERE la.institution_id = ?"
                + " AND la.id IN (" + marks(ids.size()) + ")", Long.class, args.toArray());
        return n == null ? 0 : n;
    }

    /**
     * Every row the filter matches (or only the selected ids, when given), newest first, read {@link #EXPORT_PAGE}
     * rows at a time: an export of any size holds one page in memory.
     */
    public Stream<Row> stream(long institutionId, Filter filter, List<Long> selected) {
        return stream(institutionId, filter, selected, EXPORT_PAGE);
    }

    Stream<Row> stream(long institutionId, Filter filter, List<Long> selected, int pageSize) {
        Where where = selected == null || selected.isEmpty() ? where(institutionId, filter)
                : selected(institutionId, selected);
        return KeysetPages.<Row, Long>stream(null, pageSize, after -> {
            List<Object> args = new ArrayList<>(where.args);
            String keyset = "";
            if (after != null) {
                keyset = " AND la.id < ?";
                args.add(after);
            }
            args.add(pageSize);
            return complete(jdbc.query(SELECT + where.sql + keyset + " ORDER BY la.id DESC LIMIT ?", BASE,
                    args.toArray()));
        }, Row::id).flatMap(List::stream);
    }

    private long count(Where where) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM cb_learner_achievement la" + where.sql, Long.class,
                where.args.toArray());
        return n == null ? 0 : n;
    }

    private static final String SELECT = "SELECT la.id, la.achievement_id, la.learner_id, la.learner_name,"
            + " la.id_number, la.personal_no, la.issue_date, la.stored_year, la.status FROM cb_learner_achievement la";

    private record Base(long id, long achievementId, long learnerId, String learnerName, String idNumber,
                        String personalNo, LocalDate issueDate, int storedYear, LearnerAchievementStatus status) {
    }

    private static final org.springframework.jdbc.core.RowMapper<Base> BASE = (rs, n) -> {
        Date issued = rs.getDate("issue_date");
        return new Base(rs.getLong("id"), rs.getLong("achievement_id"), rs.getLong("learner_id"),
                rs.getString("learner_name"), rs.getString("id_number"), rs.getString("personal_no"),
                issued == null ? null : issued.toLocalDate(), rs.getInt("stored_year"),
                LearnerAchievementStatus.valueOf(rs.getString("status")));
    };

    private record AchievementInfo(String name, AchievementCategory category, AchievementSubtype subtype) {
    }

    /** The page's achievements and learners' mobiles, one query each. */
    private List<Row> complete(List<Base> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> achievementIds = rows.stream().map(Base::achievementId).distinct().toList();
        Map<Long, AchievementInfo> achievements = new HashMap<>();
        jdbc.query("SELECT id, name, category, subtype FROM cb_achievement WHERE id IN (" + marks(achievementIds.size())
                + ")", rs -> {
                    achievements.put(rs.getLong("id"), new AchievementInfo(rs.getString("name"),
                            AchievementCategory.valueOf(rs.getString("category")),
                            AchievementSubtype.valueOf(rs.getString("subtype"))));
                }, achievementIds.toArray());
        List<Long> learnerIds = rows.stream().map(Base::learnerId).distinct().toList();
        Map<Long, Long> applicantOf = new HashMap<>();
        jdbc.query("SELECT id, applicant_id FROM cb_learner WHERE applicant_id IS NOT NULL AND id IN ("
                + marks(learnerIds.size()) + ")", rs -> {
                    applicantOf.put(rs.getLong("id"), rs.getLong("applicant_id"));
                }, learnerIds.toArray());
        Map<Long, String> mobiles = applicantOf.isEmpty() ? Map.of()
                : accounts.mobiles(applicantOf.values().stream().distinct().toList());
        List<Row> result = new ArrayList<>(rows.size());
        for (Base b : rows) {
            AchievementInfo a = achievements.getOrDefault(b.achievementId(), new AchievementInfo("", null, null));
            Long applicant = applicantOf.get(b.learnerId());
            result.add(new Row(b.id(), b.achievementId(), a.name(), a.category(), a.subtype(), b.learnerId(),
                    b.learnerName(), b.idNumber(), applicant == null ? null : mobiles.get(applicant), b.personalNo(),
                    b.issueDate(), b.storedYear(), b.status()));
        }
        return result;
    }

    private record Where(String sql, List<Object> args) {
    }

    private static Where where(long institutionId, Filter f) {
        StringBuilder sql = new StringBuilder(" WHERE la.institution_id = ?");
        List<Object> args = new ArrayList<>();
        args.add(institutionId);
        if (f.learnerName() != null) {
            sql.append(" AND la.learner_name LIKE ? ESCAPE '\\'");
            args.add(likePrefix(f.learnerName()));
        }
        if (f.idNumber() != null) {
            sql.append(" AND la.id_number = ?");
            args.add(f.idNumber());
        }
        if (f.year() != null) {
            sql.append(" AND la.stored_year = ?");
            args.add(f.year());
        }
        if (f.status() != null) {
            sql.append(" AND la.status = ?");
            args.add(f.status().name());
        }
        if (f.achievementId() != null) {
            sql.append(" AND la.achievement_id = ?");
            args.add(f.achievementId());
        }
        if (f.learnerId() != null) {
            sql.append(" AND la.learner_id = ?");
            args.add(f.learnerId());
        }
        if (f.achievementName() != null || f.category() != null) {
            sql.append(" AND la.achievement_id IN (SELECT a.id FROM cb_achievement a WHERE a.institution_id = ?");
            args.add(institutionId);
            if (f.achievementName() != null) {
                sql.append(" AND a.name LIKE ? ESCAPE '\\'");
                args.add("%" + SearchText.escaped(f.achievementName()) + "%");
            }
            if (f.category() != null) {
                sql.append(" AND a.category = ?");
                args.add(f.category().name());
            }
            sql.append(")");
        }
        return new Where(sql.toString(), args);
    }

    private static Where selected(long institutionId, List<Long> ids) {
        List<Object> args = new ArrayList<>();
        args.add(institutionId);
        args.addAll(ids.stream().filter(Objects::nonNull).distinct().toList());
        int n = args.size() - 1;
        return new Where(" WHERE la.institution_id = ? AND la.id IN (" + (n == 0 ? "NULL" : marks(n)) + ")", args);
    }

    static String likePrefix(String text) {
        return SearchText.escaped(text.strip()) + "%";
    }

    static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
