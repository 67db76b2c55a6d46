package io.casehall.creditbank.achievement;

import io.casehall.creditbank.AchievementCategory;
import io.casehall.creditbank.AchievementSubtype;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.shared.document.DocumentDownloads;
import io.casehall.shared.document.FileKind;
import io.casehall.shared.spreadsheet.ImportBatch;
import io.casehall.shared.spreadsheet.ImportPage;
import io.casehall.shared.spreadsheet.ImportView;
import io.casehall.shared.web.Messages;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 成果导入: choose the subtype, download its template, upload; the result of the run and the institution's 导入记录
 * (操作人, 导入时间, 导入详情 with the report of refused rows and their reasons).
 */
@Controller
@RequestMapping(AchievementController.BASE)
class AchievementImportController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final List<ImportView.KeyColumn> KEY_COLUMNS = List.of(
            new ImportView.KeyColumn("成果名称", "creditbank.achievement.col.name", false));

    private final AchievementImports imports;
    private final Messages messages;
    private final Clock clock;

    AchievementImportController(AchievementImports imports, Messages messages, Clock clock) {
        this.imports = imports;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/import")
    String chooseSubtype(@AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        model.addAttribute("degreeSubtypes", AchievementController.subtypesOf(AchievementCategory.DEGREE));
        model.addAttribute("nonDegreeSubtypes", AchievementController.subtypesOf(AchievementCategory.NON_DEGREE));
        model.addAttribute("purpose", "import");
        log(me, model);
        return "creditbank/achievement-types";
    }

    @GetMapping("/import/{subtype}")
    String page(@PathVariable String subtype, @AuthenticationPrincipal InstitutionPrincipal me, Model model,
                RedirectAttributes flash) {
        AchievementSubtype chosen = AchievementController.subtypeOf(subtype);
        if (!InstitutionAchievements.storable(chosen)) {
            flash.addFlashAttribute("errorMessage", messages.get("creditbank.achievement.xNotStorable"));
            return "redirect:" + AchievementController.BASE + "/import";
        }
        fill(me, chosen, model);
        return "creditbank/achievement-import";
    }

    @PostMapping("/import/{subtype}")
    String upload(@PathVariable String subtype, @RequestParam(name = "file", required = false) MultipartFile file,
                  @AuthenticationPrincipal InstitutionPrincipal me, RedirectAttributes flash) {
        AchievementSubtype chosen = AchievementController.subtypeOf(subtype);
        Long batchId = ImportPage.handle(file, flash, messages, "creditbank.achievement.import.result",
                "creditbank.achievement.import.conflict",
                (name, bytes) -> imports.importFile(me, chosen, name, bytes));
        String page = AchievementController.BASE + "/import/" + chosen.name();
        return "redirect:" + page + (batchId == null ? "#import" : "/batches/" + batchId + "#result");
    }

    @GetMapping("/import/{subtype}/batches/{batchId:\\d+}")
    String result(@PathVariable String subtype, @PathVariable long batchId,
                  @AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        AchievementSubtype chosen = AchievementController.subtypeOf(subtype);
        ImportPage.show(model, imports.batch(me, batchId), "creditbank.achievement.import.result", null);
        fill(me, chosen, model);
        return "creditbank/achievement-import";
    }

    @GetMapping("/import/{subtype}/template")
    ResponseEntity<byte[]> template(@PathVariable String subtype, @AuthenticationPrincipal InstitutionPrincipal me) {
        AchievementSubtype chosen = AchievementController.subtypeOf(subtype);
        return DocumentDownloads.attachment(imports.template(me, chosen), imports.templateFileName(chosen),
                FileKind.XLSX.mediaType());
    }

    @GetMapping("/imports/{batchId:\\d+}/report")
    ResponseEntity<byte[]> report(@PathVariable long batchId, @AuthenticationPrincipal InstitutionPrincipal me) {
        return DocumentDownloads.attachment(imports.report(me, batchId));
    }

    private void fill(InstitutionPrincipal me, AchievementSubtype subtype, Model model) {
        model.addAttribute("subtype", subtype);
        model.addAttribute("reportUrlBase", AchievementController.BASE + "/imports/");
        ImportView.keyColumns(model, KEY_COLUMNS);
        log(me, model);
    }

    /** 导入记录: the institution's recent imports, newest first. */
    private void log(InstitutionPrincipal me, Model model) {
        model.addAttribute("importLog", imports.recent(me, 20).stream()
                .map(b -> new LogEntry(b, TIME.format(b.getStartedAt().atZone(clock.getZone())), true))
                .toList());
    }

    /** One line of 导入记录: the batch, its local time, whether this user may download its report (every user of the institution may: the report is shared with it). */
    record LogEntry(ImportBatch batch, String time, boolean reportReadable) {
    }
}
