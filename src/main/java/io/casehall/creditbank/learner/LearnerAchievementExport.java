package io.casehall.creditbank.learner;

import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.masking.Masking;
import io.casehall.shared.spreadsheet.ExportColumn;
import io.casehall.shared.spreadsheet.SpreadsheetWriter;
import io.casehall.shared.web.Messages;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * 导出 of learner achievements: the selected rows or all that match the filters, streamed as .xlsx while they are
 * read a page at a time (constant memory for 100,000 rows); ID numbers and mobiles masked as on the page; audited
 * with the count.
 */
@Component
class LearnerAchievementExport {

    private final LearnerAchievementQueries queries;
    private final Masking mask;
    private final Messages messages;
    private final AuditLog audit;
    private final Clock clock;

    LearnerAchievementExport(LearnerAchievementQueries queries, Masking mask, Messages messages, AuditLog audit,
                             Clock clock) {
        this.queries = queries;
        this.mask = mask;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    String fileName() {
        return messages.get("creditbank.learnerAchievement.export.fileName");
    }

    long count(InstitutionPrincipal me, LearnerAchievementQueries.Filter filter, List<Long> selected) {
        return selected.isEmpty() ? queries.count(me.institutionId(), filter)
                : queries.countSelected(me.institutionId(), selected);
    }

    void write(InstitutionPrincipal me, LearnerAchievementQueries.Filter filter, List<Long> selected,
               OutputStream out) {
        long count = count(me, filter, selected);
        audit.record(me, "CREDITBANK_LEARNER_ACHIEVEMENTS_EXPORTED", "institution", me.institutionId(),
                "count=" + count + (selected.isEmpty() ? " filter=" + filter : " selected=" + selected.size()));
        try (SpreadsheetWriter writer = new SpreadsheetWriter(clock.getZone())) {
            writer.sheet(messages.get("creditbank.learnerAchievement.export.sheet"), columns(),
                    queries.stream(me.institutionId(), filter, selected)).writeTo(out);
        }
    }

    private List<ExportColumn<LearnerAchievementQueries.Row>> columns() {
        return List.of(
                column("achievementName", 30, LearnerAchievementQueries.Row::achievementName),
                column("category", 12, r -> r.category() == null ? "" : r.category().label()),
                column("subtype", 24, r -> r.subtype() == null ? "" : r.subtype().label()),
                column("learnerName", 12, LearnerAchievementQueries.Row::learnerName),
                column("idNumber", 22, r -> mask.idNumber(r.idNumber())),
                column("mobile", 14, r -> mask.phone(r.mobile())),
                column("personalNo", 18, LearnerAchievementQueries.Row::personalNo),
                column("issueDate", 12, LearnerAchievementQueries.Row::issueDate),
                column("storedYear", 10, r -> (long) r.storedYear()),
                column("status", 14, r -> r.status().label()));
    }

    private ExportColumn<LearnerAchievementQueries.Row> column(String key, int width,
                                                              Function<LearnerAchievementQueries.Row, ?> value) {
        return ExportColumn.of(messages.get("creditbank.learnerAchievement.col." + key), width, value);
    }
}
