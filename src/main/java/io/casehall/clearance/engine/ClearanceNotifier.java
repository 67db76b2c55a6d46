package io.casehall.clearance.engine;

import io.casehall.clearance.Checkpoint;
import io.casehall.clearance.checkpoint.CheckpointCatalog;
import io.casehall.shared.notification.Notice;
import io.casehall.shared.notification.NotificationService;
import io.casehall.shared.notification.Recipient;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a clearance student what happened (message centre, e-mail, SMS through the shared
 * {@link NotificationService}): a checkpoint failed (with the remark), or the clearance is complete. Runs in an
 * engine job ({@link ClearanceNoticeJobHandler}), so a mail outage retries the job instead of losing the notice,
 * and each notice's dedup key reaches each channel once. The student is the verified applicant account whose
 * real-name ID number is the clearance student's; without such an account there is nobody to tell (no error).
 */
@Component
class ClearanceNotifier {

    static final String PORTAL_LINK = "/clearance";

    private final JdbcTemplate jdbc;
    private final NotificationService notifications;
    private final CheckpointCatalog catalog;

    ClearanceNotifier(JdbcTemplate jdbc, NotificationService notifications, CheckpointCatalog catalog) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.catalog = catalog;
    }

    /** A checkpoint failed: its name and the remark. {@code dedup} is fixed when the failure is recorded. */
    @Transactional
    public void checkpointFailed(long studentId, String checkpointId, String remark, String dedup) {
        student(studentId).ifPresent(s -> recipient(s.idNumber()).ifPresent(r -> notifications.notify(r,
                Notice.of("clearance-failed:" + dedup, "clearance.notice.failed", PORTAL_LINK, s.planName(),
                        checkpointName(s.definitionId(), checkpointId), remark == null ? "" : remark.strip()))));
    }

    private String checkpointName(String definitionId, String checkpointId) {
        if (definitionId == null) {
            return checkpointId;
        }
        return catalog.of(definitionId).stream().filter(c -> c.id().equals(checkpointId)).map(Checkpoint::name)
                .findFirst().orElse(checkpointId);
    }

    /** The clearance is complete (certificates handed over). */
    @Transactional
    public void completed(long studentId) {
        student(studentId).ifPresent(s -> recipient(s.idNumber()).ifPresent(r -> notifications.notify(r,
                Notice.of("clearance-completed:" + studentId, "clearance.notice.completed", PORTAL_LINK,
                        s.planName(), s.fullName()))));
    }

    private record Student(String idNumber, String fullName, String planName, String definitionId) {
    }

    private Optional<Student> student(long studentId) {
        List<Student> rows = jdbc.query("SELECT s.id_number, s.full_name, p.name, p.process_definition_id"
                        + " FROM clearance_student s JOIN clearance_plan p ON p.id = s.plan_id WHERE s.id = ?",
                (rs, n) -> new Student(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                studentId);
        return rows.stream().findFirst();
    }

    private Optional<Recipient> recipient(String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            return Optional.empty();
        }
        return jdbc.query("SELECT id, email, mobile FROM applicant_account WHERE verified_id_number = ?",
                (rs, n) -> new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3), null), idNumber)
                .stream().findFirst();
    }
}
