package io.casehall.shared.spreadsheet;

import io.casehall.shared.web.Messages;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The web side of every spreadsheet import page, post/redirect/get: the POST runs the upload and flashes the
 * report (or a message, {@code errorMessage}); the GET that follows shows the batch's result ({@code result},
 * {@code resultBatch}, {@code refusedRows}, {@code counts}). Reloading never imports again; never a stack trace.
 */
public final class ImportPage {

    /** Refused rows listed on the page; the downloadable report has all of them. */
    public static final int REFUSED_ROWS_SHOWN = 200;

    private static final Logger log = LoggerFactory.getLogger(ImportPage.class);

    /** The import itself: file name and bytes in, result out. */
    @FunctionalInterface
    public interface Run {
        ImportResult run(String fileName, byte[] content) throws IOException;
    }

    /** One figure of the result line: a message key, the number, and a badge class (ok / bad / none). */
    public record Count(String labelKey, int value, String badge) {
    }

    /** Flash attribute carrying the report from the POST to the GET that follows it. */
    public static final String FLASH_REPORT = "importReport";
    /** Flash attribute carrying the batch id the report belongs to. */
    public static final String FLASH_BATCH = "importBatchId";

    /**
     * Post/redirect/get: runs the upload; on success flashes the report and returns the batch id (the caller
     * redirects to a GET page that shows it with {@link #show}); on a refusal flashes {@code errorMessage} and
     * returns null (the caller redirects back to the form). Never renders after a POST.
     */
    public static Long handle(MultipartFile file, RedirectAttributes flash, Messages messages, String labelPrefix,
                              String conflictKey, Run run) {
        try {
            if (file == null || file.isEmpty()) {
                throw new UserFacingException("upload.empty");
            }
            ImportResult result = run.run(file.getOriginalFilename(), file.getBytes());
            flash.addFlashAttribute(FLASH_REPORT, result.report());
            flash.addFlashAttribute(FLASH_BATCH, result.batch().getId());
            return result.batch().getId();
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            flash.addFlashAttribute("errorMessage", messages.get(e));
        } catch (IOException e) {
            log.warn("Could not read an uploaded {} file", labelPrefix, e);
            flash.addFlashAttribute("errorMessage", messages.get("spreadsheet.unreadable"));
        } catch (DataAccessException e) {
            log.warn("A {} import failed in the database (a concurrent import?)", labelPrefix, e);
            flash.addFlashAttribute("errorMessage", messages.get(conflictKey));
        }
        return null;
    }

    /**
     * The GET side of {@link #handle(MultipartFile, RedirectAttributes, Messages, String, String, Run)}: puts the
     * result of the batch on the page — every refused row with its reasons right after the import (flashed),
     * the batch's totals when the page is reloaded later (the report download has the rows).
     */
    public static void show(Model model, ImportBatch batch, String labelPrefix, String doneKey) {
        model.addAttribute("resultBatch", batch);
        Object flashed = model.asMap().get(FLASH_REPORT);
        Object flashedBatch = model.asMap().get(FLASH_BATCH);
        if (flashed instanceof ImportReport report && batch.getId().equals(flashedBatch)) {
            model.addAttribute("result", report);
            model.addAttribute("refusedRows", report.refusedRows().stream().limit(REFUSED_ROWS_SHOWN).toList());
            model.addAttribute("counts", counts(report, labelPrefix, doneKey));
        } else {
            model.addAttribute("result", null);
            model.addAttribute("refusedRows", List.of());
            model.addAttribute("counts", List.of(new Count(labelPrefix + ".total", batch.getTotalRows(), ""),
                    new Count(doneKey == null ? labelPrefix + ".imported" : doneKey, batch.getImportedRows(), "ok"),
                    new Count(labelPrefix + ".refused", batch.getRefusedRows(),
                            batch.getRefusedRows() > 0 ? "bad" : "")));
        }
    }

    static List<Count> counts(ImportReport report, String labelPrefix, String doneKey) {
        return List.of(new Count(labelPrefix + ".total", report.totalRows(), ""),
                new Count(doneKey == null ? labelPrefix + ".imported" : doneKey, report.count(RowOutcome.IMPORTED), "ok"),
                new Count(labelPrefix + ".updated", report.count(RowOutcome.UPDATED), "ok"),
                new Count(labelPrefix + ".unchanged", report.count(RowOutcome.UNCHANGED), ""),
                new Count(labelPrefix + ".refused", report.refused(), report.refused() > 0 ? "bad" : ""));
    }

    private ImportPage() {
    }
}
