package io.casehall.shared.spreadsheet;

import io.casehall.shared.security.Actor;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.ui.Model;

/**
 * Puts what the import fragments ({@code shared/imports :: result} and {@code :: recent}) show on a page: the
 * columns shown beside each refused row, and the recent imports with their report links.
 */
public final class ImportView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ImportView() {
    }

    /** The report's columns worth showing beside each refused row (header as in the file). */
    public static void keyColumns(Model model, List<KeyColumn> keyColumns) {
        model.addAttribute("keyColumns", keyColumns);
    }

    /**
     * @param reportUrlBase the reports' URL up to the batch id ({@code <base><id>/report})
     * @param allReadable   the viewer may download every listed report (an administrator; a user of the institution
     *                      the reports are shared with); otherwise only their own imports'
     */
    public static void recent(Model model, List<ImportBatch> batches, String reportUrlBase, Actor viewer,
                              boolean allReadable, ZoneId zone) {
        model.addAttribute("reportUrlBase", reportUrlBase);
        model.addAttribute("batches", batches.stream()
                .map(batch -> new BatchView(batch, TIME.format(batch.getStartedAt().atZone(zone)),
                        allReadable || batch.isImportedBy(viewer)))
                .toList());
    }

    /** A column shown for refused rows: its header in the file, its label, and whether to mask it as an ID number. */
    public record KeyColumn(String header, String label, boolean idNumber) {
    }

    /** A recent import: the batch, its local start time, and whether this user may download its report. */
    public record BatchView(ImportBatch batch, String time, boolean reportReadable) {
    }
}
