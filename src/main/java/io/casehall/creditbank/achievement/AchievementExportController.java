package io.casehall.creditbank.achievement;

import io.casehall.creditbank.ExportGuard;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.shared.document.DocumentDownloads;
import io.casehall.shared.document.FileKind;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.UserFacingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 成果导出 with the seed's guard: 获取验证码 sends a code to the user's own mobile and comes back to the list with the
 * filters and the selection kept; 导出 checks (and uses up) the code, then streams the .xlsx. Without a right code
 * it comes back to the list with the message.
 */
@Controller
@RequestMapping(AchievementController.BASE + "/export")
class AchievementExportController {

    private final InstitutionAchievements achievements;
    private final AchievementExport export;
    private final ExportGuard guard;
    private final Messages messages;

    AchievementExportController(InstitutionAchievements achievements, AchievementExport export, ExportGuard guard,
                                Messages messages) {
        this.achievements = achievements;
        this.export = export;
        this.guard = guard;
        this.messages = messages;
    }

    @PostMapping("/code")
    String sendCode(@RequestParam(required = false) String name, @RequestParam(required = false) String category,
                    @RequestParam(required = false) String subtype,
                    @RequestParam(name = "ids", required = false) List<Long> ids,
                    @AuthenticationPrincipal InstitutionPrincipal me, RedirectAttributes flash) {
        try {
            int minutes = guard.sendCode(me, LocaleContextHolder.getLocale());
            flash.addFlashAttribute("okMessage",
                    messages.get("creditbank.export.codeSent", guard.phoneTail(me), minutes));
        } catch (UserFacingException e) {
            flash.addFlashAttribute("errorMessage", messages.get(e));
        }
        return back(name, category, subtype, ids);
    }

    /** Streams the .xlsx; a refusal (no code, wrong code …) goes back to the list with the message (a void handler). */
    @PostMapping
    void download(@RequestParam(required = false) String name, @RequestParam(required = false) String category,
                  @RequestParam(required = false) String subtype,
                  @RequestParam(name = "ids", required = false) List<Long> ids,
                  @RequestParam(required = false) String code, @AuthenticationPrincipal InstitutionPrincipal me,
                  HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Long> selected = ids == null ? List.of() : ids.stream().distinct().toList();
        if (selected.size() > InstitutionAchievements.MAX_SELECTED) {
            redirectWithError(request, response, messages.get("creditbank.achievement.tooManySelected",
                    InstitutionAchievements.MAX_SELECTED), back(name, category, subtype, List.of()));
            return;
        }
        // A selected id of another institution answers like a missing record.
        selected.forEach(id -> achievements.find(me.institutionId(), id));
        try {
            guard.check(me, code);
        } catch (UserFacingException e) {
            redirectWithError(request, response, messages.get(e), back(name, category, subtype, selected));
            return;
        }
        DocumentDownloads.prepareStreamedAttachment(response, export.fileName(), FileKind.XLSX.mediaType());
        export.write(me, AchievementFilter.of(name, category, subtype), selected, response.getOutputStream());
    }

    /** As a "redirect:" view with a flash attribute would (RedirectView), from a handler that may stream instead. */
    private static void redirectWithError(HttpServletRequest request, HttpServletResponse response, String message,
                                          String redirectView) throws IOException {
        String target = redirectView.substring("redirect:".length());
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("errorMessage", message);
        flash.setTargetRequestPath(UriComponentsBuilder.fromUriString(target).build().getPath());
        FlashMapManager manager = RequestContextUtils.getFlashMapManager(request);
        if (manager != null) {
            manager.saveOutputFlashMap(flash, request, response);
        }
        response.sendRedirect(request.getContextPath() + target);
    }

    private static String back(String name, String category, String subtype, List<Long> ids) {
        UriComponentsBuilder list = AchievementFilter.of(name, category, subtype)
                .addTo(UriComponentsBuilder.fromPath(AchievementController.BASE));
        if (ids != null) {
            ids.stream().distinct().limit(InstitutionAchievements.MAX_SELECTED).forEach(id -> list.queryParam("ids", id));
        }
        return "redirect:" + list.encode().build().toUriString() + "#export";
    }
}
