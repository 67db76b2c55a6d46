package io.casehall.creditbank.conversion.records;

import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.conversion.records.ConversionRecordQueries.Row;
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
 * 导出 of 转换记录: the ticked rows or all that match the tab's filters, streamed as .xlsx a page at a time; ID numbers
 * masked as on the page; audited with the count.
 */
@Component
class ConversionRecordExport {

    private final ConversionRecordQueries queries;
    private final ConversionTimes times;
    private final Masking mask;
    private final Messages messages;
    private final AuditLog audit;
    private final Clock clock;

    ConversionRecordExport(ConversionRecordQueries queries, ConversionTimes times, Masking mask, Messages messages,
                           AuditLog audit, Clock clock) {
        this.queries = queries;
        this.times = times;
        this.mask = mask;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    String fileName() {
        return messages.get("creditbank.conversion.records.export.fileName");
    }

    long count(InstitutionPrincipal me, RecordsFilter typed, List<Long> selected) {
        return selected.isEmpty() ? queries.count(me.institutionId(), typed.tabValue(), typed.filter())
                : queries.countSelected(me.institutionId(), typed.tabValue(), selected);
    }

    void write(InstitutionPrincipal me, RecordsFilter typed, List<Long> selected, OutputStream out) {
        long count = count(me, typed, selected);
        audit.record(me, "CREDITBANK_CONVERSION_RECORDS_EXPORTED", "institution", me.institutionId(),
                "tab=" + typed.tabValue().param() + " count=" + count
                        + (selected.isEmpty() ? " filter=" + typed.filter() : " selected=" + selected.size()));
        try (SpreadsheetWriter writer = new SpreadsheetWriter(clock.getZone())) {
            writer.sheet(messages.get("creditbank.conversion.records.export.sheet"), columns(),
                    queries.stream(me.institutionId(), typed.tabValue(), typed.filter(), selected)).writeTo(out);
        }
    }

    private List<ExportColumn<Row>> columns() {
        return List.of(
                column("ruleCode", 14, Row::ruleCode),
                column("channel", 10, r -> messages.get("creditbank.conversion.channel." + r.channel().name())),
                column("learnerName", 12, Row::learnerName),
                column("idNumber", 22, r -> mask.idNumber(r.idNumber())),
                column("sourceName", 30, Row::sourceName),
                column("personalNo", 18, Row::personalNo),
                column("issueDate", 12, Row::issueDate),
                column("target", 40, Row::target),
                column("targetInstitution", 24, Row::targetInstitution),
                column("appliedAt", 18, r -> times.format(r.appliedAt())),
                column("status", 10, r -> messages.get(r.status().messageKey())),
                column("reason", 30, r -> r.reason() == null ? "" : r.reason()));
    }

    private ExportColumn<Row> column(String key, int width, Function<Row, ?> value) {
        return ExportColumn.of(messages.get("creditbank.conversion.records.col." + key), width, value);
    }
}
