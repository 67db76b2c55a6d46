package io.casehall.creditbank.conversion.review;

import io.casehall.creditbank.InstitutionPrincipal;
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
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * 导出 of 转换申请审核: the ticked applications, or every one of the tab the filters match, of those waiting for me;
 * streamed as .xlsx while the rows are read 500 at a time; ID numbers masked as on the page; audited with the count.
 */
@Component
class ConversionReviewExport {

    private static final int CHUNK = 500;

    private final ReviewQueries queries;
    private final Masking mask;
    private final Messages messages;
    private final AuditLog audit;
    private final Clock clock;

    ConversionReviewExport(ReviewQueries queries, Masking mask, Messages messages, AuditLog audit, Clock clock) {
        this.queries = queries;
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
        return queries.count(me, channel, ids.isEmpty() ? filter : ReviewFilter.NONE, ids.isEmpty() ? null : ids);
    }

    void write(InstitutionPrincipal me, ConversionChannel channel, ReviewFilter filter, List<Long> ids,
               OutputStream out) {
        long count = count(me, channel, filter, ids);
        audit.record(me, "CONVERSION_REVIEWS_EXPORTED", "institution", me.institutionId(), channel.name()
                + " count=" + count + (ids.isEmpty() ? " filter=" + filter : " selected=" + ids.size()));
        try (SpreadsheetWriter writer = new SpreadsheetWriter(clock.getZone())) {
            String sheet = messages.get(channel.messageKey());
            if (channel == ConversionChannel.PERSONAL) {
                writer.sheet(sheet, personalColumns(), rows((offset, size) -> queries.personalRows(me,
                        ids.isEmpty() ? filter : ReviewFilter.NONE, ids.isEmpty() ? null : ids, offset, size, null)));
            } else {
                writer.sheet(sheet, batchColumns(), rows((offset, size) -> queries.batchRows(me,
                        ids.isEmpty() ? filter : ReviewFilter.NONE, ids.isEmpty() ? null : ids, offset, size, null)));
            }
            writer.writeTo(out);
        }
    }

    /** The rows 500 at a time, newest first, read as the workbook is written. */
    private static <T> Stream<T> rows(BiFunction<Long, Integer, List<T>> load) {
        return Stream.iterate(0L, offset -> offset + CHUNK)
                .map(offset -> load.apply(offset, CHUNK))
                .takeWhile(rows -> !rows.isEmpty())
                .flatMap(List::stream);
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
