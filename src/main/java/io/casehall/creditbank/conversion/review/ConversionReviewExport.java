package io.casehall.creditbank.conversion.review;

import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.conversion.ConversionApplication;
import io.casehall.creditbank.conversion.ConversionApplicationRepository;
import io.casehall.creditbank.conversion.ConversionChannel;
import io.casehall.creditbank.conversion.review.ReviewQueries.BatchRow;
import io.casehall.creditbank.conversion.review.ReviewQueries.PersonalRow;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.masking.Masking;
import io.casehall.shared.spreadsheet.ExportColumn;
import io.casehall.shared.spreadsheet.SpreadsheetWriter;
import io.casehall.shared.web.Messages;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * 导出 of 转换申请审核: the ticked applications, or every one of the tab the filters match, of those waiting for me;
 * streamed as .xlsx while the tasks are read 500 at a time; ID numbers masked as on the page; audited with the count.
 */
@Component
class ConversionReviewExport {

    private static final int CHUNK = 500;

    private final ReviewQueries queries;
    private final ConversionApplicationRepository applications;
    private final Masking mask;
    private final Messages messages;
    private final AuditLog audit;
    private final Clock clock;

    ConversionReviewExport(ReviewQueries queries, ConversionApplicationRepository applications, Masking mask,
                           Messages messages, AuditLog audit, Clock clock) {
        this.queries = queries;
        this.applications = applications;
        this.mask = mask;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    String fileName(ConversionChannel channel) {
        return messages.get("creditbank.conversion.reviews.export.fileName."
                + (channel == ConversionChannel.PERSONAL ? "personal" : "batch"));
    }

    long count(InstitutionPrincipal me, ConversionChannel channel, ReviewFilter filter, List<Long> ids) {
        TaskQuery query = query(me, channel, filter, ids);
        return query == null ? 0 : query.count();
    }

    void write(InstitutionPrincipal me, ConversionChannel channel, ReviewFilter filter, List<Long> ids,
               OutputStream out) {
        long count = count(me, channel, filter, ids);
        audit.record(me, "CONVERSION_REVIEWS_EXPORTED", "institution", me.institutionId(), channel.name()
                + " count=" + count + (ids.isEmpty() ? " filter=" + filter : " selected=" + ids.size()));
        try (SpreadsheetWriter writer = new SpreadsheetWriter(clock.getZone())) {
            String sheet = messages.get(channel.messageKey());
            if (channel == ConversionChannel.PERSONAL) {
                writer.sheet(sheet, personalColumns(), rows(me, channel, filter, ids,
                        pids -> queries.personalRows(me, pids)));
            } else {
                writer.sheet(sheet, batchColumns(), rows(me, channel, filter, ids,
                        pids -> queries.batchRows(me, pids)));
            }
            writer.writeTo(out);
        }
    }

    /** The rows a chunk of tasks at a time, read as the workbook is written. */
    private <T> Stream<T> rows(InstitutionPrincipal me, ConversionChannel channel, ReviewFilter filter,
                               List<Long> ids, Function<List<String>, List<T>> load) {
        TaskQuery query = query(me, channel, filter, ids);
        if (query == null) {
            return Stream.empty();
        }
        query.orderByTaskCreateTime().desc().orderByTaskId().asc();
        return Stream.iterate(0, offset -> offset + CHUNK)
                .map(offset -> query.listPage(offset, CHUNK))
                .takeWhile(tasks -> !tasks.isEmpty())
                .flatMap(tasks -> load.apply(tasks.stream().map(Task::getProcessInstanceId).distinct().toList())
                        .stream());
    }

    /** My tasks of the tab: the ticked applications' (mine, pending, of the tab), or those the filters match. */
    private TaskQuery query(InstitutionPrincipal me, ConversionChannel channel, ReviewFilter filter, List<Long> ids) {
        if (ids.isEmpty()) {
            return queries.tabQuery(me, channel, filter);
        }
        List<String> instances = new ArrayList<>();
        for (ConversionApplication a : applications.findAllById(ids)) {
            if (a.getTargetInstitutionId().equals(me.institutionId()) && a.isPending() && a.getChannel() == channel
                    && a.getProcessInstanceId() != null) {
                instances.add(a.getProcessInstanceId());
            }
        }
        TaskQuery query = queries.tabQuery(me, channel, ReviewFilter.NONE);
        if (query == null || instances.isEmpty()) {
            return null;
        }
        return query.processInstanceIdIn(instances.toArray(String[]::new));
    }

    private List<ExportColumn<PersonalRow>> personalColumns() {
        return List.of(
                column("ruleCode", 16, PersonalRow::ruleCode),
                ExportColumn.of(messages.get("creditbank.conversion.reviews.export.col.sourceName"), 30,
                        PersonalRow::sourceName),
                column("personalNo", 18, PersonalRow::personalNo),
                column("issueDate", 12, PersonalRow::issueDate),
                column("target", 40, PersonalRow::target),
                column("learnerName", 12, PersonalRow::learnerName),
                column("idNumber", 22, r -> mask.idNumber(r.idNumber())),
                column("appliedAt", 12, PersonalRow::appliedAt));
    }

    private List<ExportColumn<BatchRow>> batchColumns() {
        return List.of(
                column("ruleCode", 16, BatchRow::ruleCode),
                column("batch", 36, BatchRow::batchName),
                column("initiator", 24, BatchRow::initiator),
                column("source", 30, BatchRow::source),
                column("target", 40, BatchRow::target),
                column("learnerCount", 10, r -> (long) r.learnerCount()),
                column("appliedAt", 12, BatchRow::appliedAt));
    }

    private <T> ExportColumn<T> column(String key, int width, Function<T, ?> value) {
        return ExportColumn.of(messages.get("creditbank.conversion.reviews.col." + key), width, value);
    }
}
