package io.casehall.creditbank.conversion.review;

import io.casehall.shared.web.SearchText;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The 查看学员 page of a batch: its learners the current step has still to decide, or has decided. */
@Component
class BatchLearners {

    private final NamedParameterJdbcTemplate jdbc;

    BatchLearners(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A learner of a batch on the 查看学员 page; result: the bundle key of 审核结果 (已审核 only). */
    record LearnerRow(Long id, String learnerName, String idNumber, String personalNo, LocalDate issueDate,
                      String resultKey, String reason) {
    }

    /**
     * The application's learners: 未审核 (the step has still to decide them) or 已审核 (decided at the step, or
     * failed before it), filtered by 学员姓名 (part) and 身份证号 (whole), 10 a page.
     */
    Page<LearnerRow> learners(Long applicationId, String step, boolean decided, String name, String idNumber,
                              int page) {
        PageRequest request = PageRequest.of(Math.max(0, page), ReviewQueries.PAGE_SIZE);
        StringBuilder where = new StringBuilder(" FROM cb_conversion_item i LEFT JOIN cb_conversion_review r"
                + " ON r.item_id = i.id AND r.step = :step WHERE i.application_id = :app AND "
                + (decided ? "(i.status <> 'PENDING' OR r.id IS NOT NULL)" : "i.status = 'PENDING' AND r.id IS NULL"));
        MapSqlParameterSource args = new MapSqlParameterSource("step", step).addValue("app", applicationId);
        if (name != null && !name.isBlank()) {
            where.append(" AND i.learner_name LIKE :name");
            args.addValue("name", SearchText.contains(name.strip()));
        }
        if (idNumber != null && !idNumber.isBlank()) {
            where.append(" AND i.id_number = :idNumber");
            args.addValue("idNumber", idNumber.strip().toUpperCase(Locale.ROOT));
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + where, args, Long.class);
        args.addValue("limit", request.getPageSize()).addValue("offset", request.getOffset());
        List<LearnerRow> rows = jdbc.query("SELECT i.id, i.learner_name, i.id_number, i.personal_no, i.issue_date,"
                + " i.status, i.reason, r.decision, r.reason AS review_reason" + where
                + " ORDER BY i.id LIMIT :limit OFFSET :offset", args, (rs, n) -> {
                    String decision = rs.getString("decision");
                    String resultKey = decision != null ? "creditbank.conversion.reviews.result." + decision
                            : "creditbank.conversion.status." + rs.getString("status");
                    String reason = decision != null ? rs.getString("review_reason") : rs.getString("reason");
                    Date issued = rs.getDate("issue_date");
                    return new LearnerRow(rs.getLong("id"), rs.getString("learner_name"), rs.getString("id_number"),
                            rs.getString("personal_no"), issued == null ? null : issued.toLocalDate(), resultKey,
                            reason);
                });
        return new PageImpl<>(rows, request, total == null ? 0 : total);
    }
}
