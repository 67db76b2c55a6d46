package io.casehall.clearance.web;

import io.casehall.shared.spreadsheet.ImportBatch;
import io.casehall.shared.spreadsheet.ImportReport;
import io.casehall.shared.spreadsheet.ImportResult;
import io.casehall.shared.spreadsheet.RowOutcome;
import io.casehall.shared.security.Actor;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.ui.Model;

/** Puts an import's result and the recent imports on a page (fragment clearance/imports). */
final class ImportView {

    /** Refused rows listed on the page; the downloadable report has all of them. */
    static final int REFUSED_ROWS_SHOWN = 200;
    static final String REPORT_URL_BASE = "/staff/clearance/imports/";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ImportView() {
    }

    /**
     * @param keyColumns the report's columns worth showing beside each refused row (header as in the file)
     * @param doneKey    label of the rows that went through ("成功" for students, "已办理" for results)
     */
    static void result(Model model, ImportResult result, List<KeyColumn> keyColumns, String doneKey) {
        ImportReport report = result.report();
        model.addAttribute("result", report);
        model.addAttribute("resultBatch", result.batch());
        model.addAttribute("refusedRows", report.refusedRows().stream().limit(REFUSED_ROWS_SHOWN).toList());
        model.addAttribute("keyColumns", keyColumns);
        model.addAttribute("counts", List.of(
                new Count("clearance.result.total", report.totalRows(), ""),
                new Count(doneKey, report.count(RowOutcome.IMPORTED), "ok"),
                new Count("clearance.result.updated", report.count(RowOutcome.UPDATED), "ok"),
                new Count("clearance.result.unchanged", report.count(RowOutcome.UNCHANGED), ""),
                new Count("clearance.result.refused", report.refused(), report.refused() > 0 ? "bad" : "")));
    }

    static void recent(Model model, List<ImportBatch> batches, Actor viewer, boolean admin, ZoneId zone) {
        model.addAttribute("reportUrlBase", REPORT_URL_BASE);
        model.addAttribute("batches", batches.stream()
                .map(batch -> new BatchView(batch, TIME.format(batch.getStartedAt().atZone(zone)),
                        admin || batch.isImportedBy(viewer)))
                .toList());
    }

    /** One figure of the result line. */
    record Count(String labelKey, int value, String badge) {
    }

    /** A column shown for refused rows: its header in the file, its label, and whether to mask it as an ID number. */
    record KeyColumn(String header, String label, boolean idNumber) {
    }

    /** A recent import: the batch, its local start time, and whether this user may download its report. */
    record BatchView(ImportBatch batch, String time, boolean reportReadable) {
    }
}
