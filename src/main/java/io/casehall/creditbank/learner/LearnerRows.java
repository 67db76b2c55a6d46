package io.casehall.creditbank.learner;

import io.casehall.account.AccountService;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Bulk reads and writes of the imports: existing learners and personal numbers looked up 500 at a time, new learner
 * accounts and learner achievements inserted in JDBC batches (10,000 rows in seconds, not one statement per row).
 */
@Component
class LearnerRows {

    static final int CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final AccountService accounts;
    private final Clock clock;

    LearnerRows(JdbcTemplate jdbc, AccountService accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    record ExistingLearner(long id, String name, String idNumber) {
    }

    record NewLearner(String name, String idNumber) {
    }

    record NewLearnerAchievement(long learnerId, String learnerName, String idNumber, String personalNo,
                                 LocalDate issueDate) {
    }

    /** The institution's learners with these ID numbers, by ID number. */
    Map<String, ExistingLearner> learnersOf(long institutionId, Collection<String> idNumbers) {
        Map<String, ExistingLearner> found = new HashMap<>();
        List<String> numbers = idNumbers.stream().filter(s -> s != null && !s.isEmpty()).distinct().toList();
        for (int from = 0; from < numbers.size(); from += CHUNK) {
            List<String> chunk = numbers.subList(from, Math.min(numbers.size(), from + CHUNK));
            List<Object> args = new ArrayList<>();
            args.add(institutionId);
            args.addAll(chunk);
            jdbc.query("SELECT id, name, id_number FROM cb_learner WHERE institution_id = ? AND id_number IN ("
                    + LearnerAchievementQueries.marks(chunk.size()) + ")", rs -> {
                        found.put(rs.getString("id_number"), new ExistingLearner(rs.getLong("id"),
                                rs.getString("name"), rs.getString("id_number")));
                    }, args.toArray());
        }
        return found;
    }

    /** Which of these personal achievement numbers the institution has already. */
    java.util.Set<String> personalNumbersTaken(long institutionId, Collection<String> personalNos) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        List<String> numbers = personalNos.stream().filter(s -> s != null && !s.isEmpty()).distinct().toList();
        for (int from = 0; from < numbers.size(); from += CHUNK) {
            List<String> chunk = numbers.subList(from, Math.min(numbers.size(), from + CHUNK));
            List<Object> args = new ArrayList<>();
            args.add(institutionId);
            args.addAll(chunk);
            taken.addAll(jdbc.queryForList("SELECT personal_no FROM cb_learner_achievement WHERE institution_id = ?"
                    + " AND personal_no IN (" + LearnerAchievementQueries.marks(chunk.size()) + ")", String.class,
                    args.toArray()));
        }
        return taken;
    }

    /**
     * Inserts new learner accounts (activated at once for people verified already) and answers them by ID number.
     */
    Map<String, ExistingLearner> insertLearners(long institutionId, List<NewLearner> learners) {
        if (learners.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> verified = accounts.applicantsVerifiedWith(learners.stream().map(NewLearner::idNumber).toList());
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (int from = 0; from < learners.size(); from += CHUNK) {
            List<Object[]> batch = new ArrayList<>();
            for (NewLearner l : learners.subList(from, Math.min(learners.size(), from + CHUNK))) {
                Long applicant = verified.get(l.idNumber());
                batch.add(new Object[] {institutionId, l.name(), l.idNumber(), applicant == null ? "INACTIVE" : "ACTIVE",
                        applicant, now, applicant == null ? null : now});
            }
            jdbc.batchUpdate("INSERT INTO cb_learner (version, institution_id, name, id_number, status, applicant_id,"
                    + " created_at, activated_at) VALUES (0, ?, ?, ?, ?, ?, ?, ?)", batch);
        }
        return learnersOf(institutionId, learners.stream().map(NewLearner::idNumber).toList());
    }

    /** Inserts learner achievements of one achievement in batches. */
    void insertLearnerAchievements(long institutionId, long achievementId, String status, int storedYear,
                                   String createdBy, List<NewLearnerAchievement> rows) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Object[]> batch = new ArrayList<>();
            for (NewLearnerAchievement r : rows.subList(from, Math.min(rows.size(), from + CHUNK))) {
                batch.add(new Object[] {institutionId, achievementId, r.learnerId(), r.learnerName(), r.idNumber(),
                        r.personalNo(), Date.valueOf(r.issueDate()), storedYear, status, createdBy, now});
            }
            jdbc.batchUpdate("INSERT INTO cb_learner_achievement (version, institution_id, achievement_id, learner_id,"
                    + " learner_name, id_number, personal_no, issue_date, stored_year, status, created_by, created_at)"
                    + " VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch);
        }
    }

    Instant now() {
        return clock.instant();
    }
}
