package io.casehall.clearance.web;

import io.casehall.shared.spreadsheet.ImportBatch;
import io.casehall.shared.security.Actor;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.ui.Model;

/** Puts an import's result and the recent imports on a page (fragment clearance/imports). */
final class ImportView {

    static final String REPORT_URL_BASE = "/staff/clearance/imports/";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ImportView() {
    }

    /** The report's columns worth showing beside each refused row (header as in the file). */
    static void keyColumns(Model model, List<KeyColumn> keyColumns) {
        model.addAttribute("keyColumns", keyColumns);
    }

    static void recent(Model model, List<ImportBatch> batches, Actor viewer, boolean admin, ZoneId zone) {
        model.addAttribute("reportUrlBase", REPORT_URL_BASE);
        model.addAttribute("batches", batches.stream()
                .map(batch -> new BatchView(batch, TIME.format(batch.getStartedAt().atZone(zone)),
                        admin || batch.isImportedBy(viewer)))
                .toList());
    }

    /** A column shown for refused rows: its header in the file, its label, and whether to mask it as an ID number. */
    record KeyColumn(String header, String label, boolean idNumber) {
    }

    /** A recent import: the batch, its local start time, and whether this user may download its report. */
    record BatchView(ImportBatch batch, String time, boolean reportReadable) {
    }
}
