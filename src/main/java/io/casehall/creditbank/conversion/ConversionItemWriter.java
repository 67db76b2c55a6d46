package io.casehall.creditbank.conversion;

import io.casehall.creditbank.conversion.ConversionCandidates.Candidate;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes an application's learners in JDBC batches: a batch of 5,000 learners is a few round trips. */
@Component
class ConversionItemWriter {

    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;

    ConversionItemWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ConversionApplication application, List<Candidate> learners) {
        Timestamp appliedAt = Timestamp.from(application.getAppliedAt());
        jdbc.batchUpdate("INSERT INTO cb_conversion_item (version, application_id, rule_id, rule_code,"
                        + " target_institution_id, initiator_institution_id, channel, learner_name, id_number,"
                        + " applicant_id, source_learner_achievement_id, source_name, personal_no, issue_date,"
                        + " applied_at, applied_year, status) VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " 'PENDING')",
                learners, BATCH, (PreparedStatement ps, Candidate c) -> {
                    ps.setLong(1, application.getId());
                    ps.setLong(2, application.getRuleId());
                    ps.setString(3, application.getRuleCode());
                    ps.setLong(4, application.getTargetInstitutionId());
                    if (application.getInitiatorInstitutionId() == null) {
                        ps.setNull(5, Types.BIGINT);
                    } else {
                        ps.setLong(5, application.getInitiatorInstitutionId());
                    }
                    ps.setString(6, application.getChannel().name());
                    ps.setString(7, c.learnerName());
                    ps.setString(8, c.idNumber());
                    Long applicantId = application.getApplicantId() != null ? application.getApplicantId()
                            : c.applicantId();
                    if (applicantId == null) {
                        ps.setNull(9, Types.BIGINT);
                    } else {
                        ps.setLong(9, applicantId);
                    }
                    ps.setLong(10, c.learnerAchievementId());
                    ps.setString(11, c.achievementName());
                    ps.setString(12, c.personalNo());
                    ps.setDate(13, Date.valueOf(c.issueDate()));
                    ps.setTimestamp(14, appliedAt);
                    ps.setInt(15, application.getAppliedYear());
                });
    }
}
