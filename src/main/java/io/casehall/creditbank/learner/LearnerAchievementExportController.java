package io.casehall.creditbank.learner;

import io.casehall.creditbank.web.ExportDialog;
import io.casehall.creditbank.web.ListPages;
import io.casehall.creditbank.ExportGuard;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.shared.document.DocumentDownloads;
import io.casehall.shared.document.FileKind;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.UserFacingException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 导出 of 学员成果管理: the selected rows, or all rows the list's filters match, after a fresh SMS code to the user's
 * own mobile; streamed and audited ({@link LearnerAchievementExport}).
 */
@Controller
@RequestMapping(LearnerAchievementsController.BASE)
class LearnerAchievementExportController {

    private static final String BASE = LearnerAchievementsController.BASE;

    private final LearnerAchievementExport export;
    private final ExportGuard guard;
    private final Messages messages;

    LearnerAchievementExportController(LearnerAchievementExport export, ExportGuard guard, Messages messages) {
        this.export = export;
        this.guard = guard;
        this.messages = messages;
    }

    @GetMapping("/export")
    String exportPage(@RequestParam(required = false) String year,
                      @RequestParam(required = false) String achievementName,
                      @RequestParam(required = false) String category,
                      @RequestParam(required = false) String learnerName,
                      @RequestParam(required = false) String idNumber, @RequestParam(required = false) String status,
                      @RequestParam(required = false) Long achievementId, @RequestParam(required = false) Long learnerId,
                      @RequestParam(name = "ids", required = false) List<Long> ids,
                      @AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        TypedFilter typed = new TypedFilter(year, achievementName, category, learnerName, idNumber, status, achievementId, learnerId);
        List<Long> selected = ids == null ? List.of() : ids;
        return new ExportDialog("creditbank.learnerAchievement.export.title", "learnerAchievements", BASE + "/export",
                typed.params(), selected, export.count(me, typed.filter(), selected), guard.phoneTail(me),
                ListPages.url(BASE, typed.params())).show(model);
    }

    @PostMapping("/export/code")
    String sendCode(@RequestParam(required = false) String year,
                    @RequestParam(required = false) String achievementName,
                    @RequestParam(required = false) String category,
                    @RequestParam(required = false) String learnerName,
                    @RequestParam(required = false) String idNumber, @RequestParam(required = false) String status,
                    @RequestParam(required = false) Long achievementId, @RequestParam(required = false) Long learnerId,
                    @RequestParam(name = "ids", required = false) List<Long> ids,
                    @AuthenticationPrincipal InstitutionPrincipal me, Locale locale, RedirectAttributes flash) {
        ListPages.sendCode(guard, me, locale, messages, flash);
        return "redirect:" + exportUrl(new TypedFilter(year, achievementName, category, learnerName, idNumber,
                status, achievementId, learnerId), ids);
    }

    @PostMapping("/export")
    String export(@RequestParam(required = false) String year,
                  @RequestParam(required = false) String achievementName,
                  @RequestParam(required = false) String category,
                  @RequestParam(required = false) String learnerName,
                  @RequestParam(required = false) String idNumber, @RequestParam(required = false) String status,
                  @RequestParam(required = false) Long achievementId, @RequestParam(required = false) Long learnerId,
                  @RequestParam(name = "ids", required = false) List<Long> ids,
                  @RequestParam(required = false) String code, @AuthenticationPrincipal InstitutionPrincipal me,
                  HttpServletResponse response, RedirectAttributes flash) throws IOException {
        TypedFilter typed = new TypedFilter(year, achievementName, category, learnerName, idNumber, status, achievementId, learnerId);
        try {
            guard.check(me, code);
        } catch (UserFacingException e) {
            flash.addFlashAttribute("errorMessage", messages.get(e));
            return "redirect:" + exportUrl(typed, ids);
        }
        DocumentDownloads.prepareStreamedAttachment(response, export.fileName(), FileKind.XLSX.mediaType());
        export.write(me, typed.filter(), ids == null ? List.of() : ids, response.getOutputStream());
        return null;
    }

    private static String exportUrl(TypedFilter typed, List<Long> ids) {
        Map<String, Object> params = typed.params();
        params.put("ids", ids == null ? List.of() : ids);
        return ListPages.url(BASE + "/export", params);
    }
}
