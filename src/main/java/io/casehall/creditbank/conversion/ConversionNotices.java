package io.casehall.creditbank.conversion;

import io.casehall.creditbank.Institution;
import io.casehall.creditbank.InstitutionRepository;
import io.casehall.creditbank.messages.InstitutionMessages;
import io.casehall.shared.notification.Notice;
import io.casehall.shared.notification.NotificationService;
import io.casehall.shared.notification.Recipient;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Everyone concerned hears of a decided application, with a link to where they see it: each learner who has a
 * portal account (我的学分转换), the receiving institution (转换记录 · 机构接收) and, for a batch, the initiating one
 * (转换记录 · 机构发起).
 */
@Component
class ConversionNotices {

    static final String LEARNER_LINK = "/conversions";
    static final String RECEIVED_LINK = "/institution/conversion/records?tab=received";
    static final String INITIATED_LINK = "/institution/conversion/records?tab=initiated";

    private final JdbcTemplate jdbc;
    private final NotificationService notifications;
    private final InstitutionMessages institutionMessages;
    private final InstitutionRepository institutions;

    ConversionNotices(JdbcTemplate jdbc, NotificationService notifications, InstitutionMessages institutionMessages,
                      InstitutionRepository institutions) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.institutionMessages = institutionMessages;
        this.institutions = institutions;
    }

    void decided(ConversionApplication application) {
        String target = institutions.findById(application.getTargetInstitutionId()).map(Institution::getName)
                .orElse("");
        jdbc.query("SELECT id, applicant_id, status, reason FROM cb_conversion_item WHERE application_id = ?"
                + " AND applicant_id IS NOT NULL ORDER BY id", rs -> {
                    String status = rs.getString("status");
                    notifications.notify(new Recipient(rs.getLong("applicant_id"), null, null, Locale.SIMPLIFIED_CHINESE),
                            Notice.of("conversion-item-" + rs.getLong("id"),
                                    "creditbank.conversion.notice.learner." + status, LEARNER_LINK,
                                    application.getRuleCode(), target,
                                    rs.getString("reason") == null ? "" : rs.getString("reason")));
                }, application.getId());
        long passed = count(application, ConversionItemStatus.PASSED);
        long failed = count(application, ConversionItemStatus.FAILED);
        Object[] args = {application.getRuleCode(), application.getBatchName(), passed, failed, target};
        institutionMessages.notifyInstitution(application.getTargetInstitutionId(), null,
                Notice.of("conversion-" + application.getId() + "-received", "creditbank.conversion.notice.received",
                        RECEIVED_LINK, args));
        if (application.getInitiatorInstitutionId() != null) {
            institutionMessages.notifyInstitution(application.getInitiatorInstitutionId(), null,
                    Notice.of("conversion-" + application.getId() + "-initiated",
                            "creditbank.conversion.notice.initiated", INITIATED_LINK, args));
        }
    }

    private long count(ConversionApplication application, ConversionItemStatus status) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM cb_conversion_item WHERE application_id = ? AND status = ?",
                Long.class, application.getId(), status.name());
        return n == null ? 0 : n;
    }
}
