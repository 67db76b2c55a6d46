package io.casehall.creditbank.learner;

import io.casehall.creditbank.web.ListPages;
import io.casehall.creditbank.Achievement;
import io.casehall.creditbank.AchievementCategory;
import io.casehall.creditbank.AchievementSubtype;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.Learner;
import io.casehall.creditbank.LearnerAchievement;
import io.casehall.creditbank.LearnerAchievementStatus;
import io.casehall.shared.document.DocumentDownloads;
import io.casehall.shared.document.FileKind;
import io.casehall.shared.spreadsheet.ImportPage;
import io.casehall.shared.spreadsheet.ImportView;
import io.casehall.shared.web.FormRedirect;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * 学员成果管理: the institution's learner achievements with the seed's filters, 查看, 撤回 / 批量撤回 (reason and reason
 * file), 导出 (selected rows or all matching, with a fresh SMS code), and 存储学员成果: choose an institution
 * achievement, then add one learner (新增学员) or import many (导入学员), with the import log (导入记录).
 */
@Controller
@RequestMapping(LearnerAchievementsController.BASE)
class LearnerAchievementsController {

    static final String BASE = "/institution/learner-achievements";
    private static final List<ImportView.KeyColumn> KEY_COLUMNS = List.of(
            new ImportView.KeyColumn("学员姓名", "creditbank.learner.col.name", false),
            new ImportView.KeyColumn("身份证号", "creditbank.learner.col.idNumber", true),
            new ImportView.KeyColumn("个人成果编号", "creditbank.learnerAchievement.col.personalNo", false));

    private final LearnerAchievementQueries queries;
    private final LearnerAchievements learnerAchievements;
    private final LearnerAccounts learners;
    private final LearnerImports imports;
    private final Messages messages;
    private final Clock clock;

    LearnerAchievementsController(LearnerAchievementQueries queries, LearnerAchievements learnerAchievements,
                                  LearnerAccounts learners, LearnerImports imports, Messages messages, Clock clock) {
        this.queries = queries;
        this.learnerAchievements = learnerAchievements;
        this.learners = learners;
        this.imports = imports;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) String year, @RequestParam(required = false) String achievementName,
                @RequestParam(required = false) String category, @RequestParam(required = false) String learnerName,
                @RequestParam(required = false) String idNumber, @RequestParam(required = false) String status,
                @RequestParam(required = false) Long achievementId, @RequestParam(required = false) Long learnerId,
                @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal InstitutionPrincipal me,
                Model model) {
        TypedFilter typed = new TypedFilter(year, achievementName, category, learnerName, idNumber, status, achievementId, learnerId);
        // A link from another page names its achievement or learner: show which, and never another institution's.
        if (achievementId != null) {
            model.addAttribute("forAchievement", learnerAchievements.achievement(me, achievementId));
        }
        if (learnerId != null) {
            model.addAttribute("forLearner", learners.get(me, learnerId));
        }
        model.addAttribute("typed", typed);
        model.addAttribute("years", ListPages.years(clock));
        model.addAttribute("categories", AchievementCategory.values());
        model.addAttribute("statuses", LearnerAchievementStatus.values());
        model.addAttribute("page", queries.page(me.institutionId(), typed.filter(), page, ListPages.PAGE_SIZE));
        model.addAttribute("baseUrl", ListPages.url(BASE, typed.params()));
        return "creditbank/learner-achievements";
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, @AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        LearnerAchievement la = learnerAchievements.get(me, id);
        Achievement achievement = learnerAchievements.achievement(me, la.getAchievementId());
        Learner learner = learners.get(me, la.getLearnerId());
        model.addAttribute("la", la);
        model.addAttribute("achievement", achievement);
        model.addAttribute("data", achievement.data());
        model.addAttribute("storedAt", storedAt(achievement));
        model.addAttribute("learner", learner);
        model.addAttribute("row", queries.stream(me.institutionId(), LearnerAchievementQueries.Filter.none(),
                List.of(id), 1).findFirst().orElseThrow(NotFoundException::new));
        return "creditbank/learner-achievement";
    }

    @GetMapping("/{id:\\d+}/reason-file")
    ResponseEntity<byte[]> reasonFile(@PathVariable long id, @AuthenticationPrincipal InstitutionPrincipal me) {
        return DocumentDownloads.attachment(learnerAchievements.reasonFile(me, id));
    }

    // ---- 撤回 ----

    @GetMapping("/withdraw")
    String withdrawPage(@RequestParam(name = "ids", required = false) List<Long> ids,
                        @AuthenticationPrincipal InstitutionPrincipal me, Model model, RedirectAttributes flash) {
        List<LearnerAchievement> chosen;
        try {
            chosen = learnerAchievements.chosen(me, ids);
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            flash.addFlashAttribute("errorMessage", messages.get(e));
            return "redirect:" + BASE;
        }
        model.addAttribute("chosen", queries.stream(me.institutionId(), LearnerAchievementQueries.Filter.none(),
                chosen.stream().map(LearnerAchievement::getId).toList()).toList());
        model.addAttribute("ids", chosen.stream().map(LearnerAchievement::getId).toList());
        model.addAttribute("maxReason", LearnerAchievements.MAX_REASON);
        model.addAttribute("policy", LearnerAchievements.WITHDRAW_REASON);
        return "creditbank/learner-achievements-withdraw";
    }

    @PostMapping("/withdraw")
    String withdraw(@RequestParam(name = "ids", required = false) List<Long> ids,
                    @RequestParam(required = false) String reason,
                    @RequestParam(name = "file", required = false) MultipartFile file,
                    @AuthenticationPrincipal InstitutionPrincipal me, RedirectAttributes flash) throws IOException {
        try {
            int done = learnerAchievements.withdraw(me, ids, reason, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            flash.addFlashAttribute("okMessage", messages.get("creditbank.learnerAchievement.withdraw.done", done));
            return "redirect:" + BASE;
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            String message = messages.get(e);
            flash.addFlashAttribute("errorMessage", file != null && !file.isEmpty()
                    ? FormRedirect.chooseFileAgain(messages, message) : message);
            flash.addFlashAttribute("reasonTyped", reason);
            return "redirect:" + ListPages.url(BASE + "/withdraw", Map.of("ids", ids == null ? List.of() : ids));
        }
    }

    // ---- 存储学员成果 ----

    /** 选择机构成果: the institution's achievements, filtered, each with 选择. */
    @GetMapping("/store")
    String choose(@RequestParam(required = false) String name, @RequestParam(required = false) String category,
                  @RequestParam(required = false) String subtype, @RequestParam(defaultValue = "0") int page,
                  @AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("name", name);
        params.put("category", category);
        params.put("subtype", subtype);
        model.addAttribute("name", name == null ? "" : name);
        model.addAttribute("category", category == null ? "" : category);
        model.addAttribute("subtype", subtype == null ? "" : subtype);
        model.addAttribute("categories", AchievementCategory.values());
        model.addAttribute("subtypes", AchievementSubtype.values());
        model.addAttribute("page", learnerAchievements.achievements(me, name,
                ListPages.enumOrNull(AchievementCategory.class, category),
                ListPages.enumOrNull(AchievementSubtype.class, subtype), page, ListPages.PAGE_SIZE));
        model.addAttribute("baseUrl", ListPages.url(BASE + "/store", params));
        return "creditbank/learner-achievements-choose";
    }

    @GetMapping("/store/{achievementId}")
    String storePage(@PathVariable long achievementId, @AuthenticationPrincipal InstitutionPrincipal me,
                     Model model) {
        fillStore(me, achievementId, model);
        if (!model.containsAttribute("resultBatch")) {
            model.addAttribute("resultBatch", null);
        }
        return "creditbank/learner-achievements-store";
    }

    @PostMapping("/store/{achievementId}")
    String store(@PathVariable long achievementId, @RequestParam(required = false) String name,
                 @RequestParam(required = false) String idNumber, @RequestParam(required = false) String personalNo,
                 @RequestParam(required = false) String issueDate, @AuthenticationPrincipal InstitutionPrincipal me,
                 RedirectAttributes flash) {
        learnerAchievements.achievement(me, achievementId);
        try {
            LocalDate issued = parseDate(issueDate);
            LearnerAchievement stored = learnerAchievements.store(me, achievementId,
                    new LearnerAchievements.NewEntry(name, idNumber, personalNo, issued));
            flash.addFlashAttribute("okMessage", messages.get("creditbank.learnerAchievement.stored",
                    stored.getLearnerName(), stored.getPersonalNo()));
            return "redirect:" + BASE + "/store/" + achievementId;
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            flash.addFlashAttribute("errorMessage", messages.get(e));
            flash.addFlashAttribute("typedName", name);
            flash.addFlashAttribute("typedIdNumber", idNumber);
            flash.addFlashAttribute("typedPersonalNo", personalNo);
            flash.addFlashAttribute("typedIssueDate", issueDate);
            return "redirect:" + BASE + "/store/" + achievementId + "#add";
        }
    }

    @PostMapping("/store/{achievementId}/import")
    String importLearners(@PathVariable long achievementId,
                          @RequestParam(name = "file", required = false) MultipartFile file,
                          @AuthenticationPrincipal InstitutionPrincipal me, RedirectAttributes flash) {
        learnerAchievements.achievement(me, achievementId);
        Long batchId = ImportPage.handle(file, flash, messages, "creditbank.learner.import.result",
                "creditbank.learner.import.conflict",
                (name, bytes) -> imports.importLearnerAchievements(me, achievementId, name, bytes));
        return "redirect:" + BASE + "/store/" + achievementId
                + (batchId == null ? "#import" : "/imports/" + batchId + "#result");
    }

    @GetMapping("/store/{achievementId}/imports/{batchId}")
    String importResult(@PathVariable long achievementId, @PathVariable long batchId,
                        @AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        ImportPage.show(model, imports.batch(me, LearnerImports.Kind.LEARNER_ACHIEVEMENTS, batchId),
                "creditbank.learner.import.result", null);
        fillStore(me, achievementId, model);
        return "creditbank/learner-achievements-store";
    }

    @GetMapping("/import/template")
    ResponseEntity<byte[]> template() {
        return DocumentDownloads.attachment(imports.template(LearnerImports.Kind.LEARNER_ACHIEVEMENTS),
                imports.templateFileName(LearnerImports.Kind.LEARNER_ACHIEVEMENTS), FileKind.XLSX.mediaType());
    }

    /** 导入记录: the institution's learner-achievement imports of the last year. */
    @GetMapping("/imports")
    String importLog(@AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        ImportView.keyColumns(model, KEY_COLUMNS);
        ImportView.recent(model, recentYear(me), BASE + "/imports/", me, true, clock.getZone());
        return "creditbank/learner-achievements-imports";
    }

    @GetMapping("/imports/{batchId}/report")
    ResponseEntity<byte[]> report(@PathVariable long batchId, @AuthenticationPrincipal InstitutionPrincipal me) {
        return DocumentDownloads.attachment(imports.report(me, LearnerImports.Kind.LEARNER_ACHIEVEMENTS, batchId));
    }

    private List<io.casehall.shared.spreadsheet.ImportBatch> recentYear(InstitutionPrincipal me) {
        java.time.Instant yearAgo = clock.instant().minus(java.time.Duration.ofDays(366));
        return imports.recent(me, LearnerImports.Kind.LEARNER_ACHIEVEMENTS, 100).stream()
                .filter(b -> b.getStartedAt().isAfter(yearAgo)).toList();
    }

    private void fillStore(InstitutionPrincipal me, long achievementId, Model model) {
        Achievement achievement = learnerAchievements.achievement(me, achievementId);
        model.addAttribute("achievement", achievement);
        model.addAttribute("data", achievement.data());
        model.addAttribute("storedAt", storedAt(achievement));
        model.addAttribute("storedCount", queries.count(me.institutionId(), new LearnerAchievementQueries.Filter(
                null, null, null, null, null, null, achievementId, null)));
        model.addAttribute("today", LocalDate.now(clock).toString());
        ImportView.keyColumns(model, KEY_COLUMNS);
        ImportView.recent(model, imports.recent(me, LearnerImports.Kind.LEARNER_ACHIEVEMENTS, 5), BASE + "/imports/",
                me, true, clock.getZone());
    }

    private String storedAt(Achievement achievement) {
        return LocalDate.ofInstant(achievement.getCreatedAt(), clock.getZone()).toString();
    }

    private static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UserFacingException("creditbank.learnerAchievement.issueDateInvalid", text.strip());
        }
    }

    // ---- 导出 ----
}
