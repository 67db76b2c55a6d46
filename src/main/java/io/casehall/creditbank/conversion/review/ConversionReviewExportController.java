package io.casehall.creditbank.conversion.review;

import io.casehall.creditbank.web.ListPages;
import io.casehall.creditbank.web.ExportDialog;
import static io.casehall.creditbank.conversion.review.ConversionReviewController.BASE;
import static io.casehall.creditbank.conversion.review.ConversionReviewController.TAB_BATCH;
import static io.casehall.creditbank.conversion.review.ConversionReviewController.TAB_PERSONAL;

import io.casehall.creditbank.ExportGuard;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.conversion.ConversionChannel;
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
 * 导出 of 转换申请审核 (both tabs): the ticked rows or all the filters match, after a fresh SMS code to the user's own
 * mobile (seed: 为保证数据安全，需要填写当前账户绑定手机号验证码). The list's 导出 button posts its ticked rows here
 * ({@code /export/choose}), which comes back as the export dialog, so no token travels in a URL.
 */
@Controller
@RequestMapping(BASE + "/export")
class ConversionReviewExportController {

    private final ConversionReviewExport export;
    private final ExportGuard guard;
    private final Messages messages;

    ConversionReviewExportController(ConversionReviewExport export, ExportGuard guard, Messages messages) {
        this.export = export;
        this.guard = guard;
        this.messages = messages;
    }

    @PostMapping("/choose")
    String choose(@RequestParam(required = false) String tab, @RequestParam(required = false) String year,
                  @RequestParam(required = false) String ruleCode, @RequestParam(required = false) String learnerName,
                  @RequestParam(required = false) String idNumber, @RequestParam(required = false) String initiator,
                  @RequestParam(name = "ids", required = false) List<Long> ids) {
        return "redirect:" + exportUrl(tab(tab), ConversionReviewController.filter(tab(tab), year, ruleCode,
                learnerName, idNumber, initiator), ids);
    }

    @GetMapping
    String exportPage(@RequestParam(required = false) String tab, @RequestParam(required = false) String year,
                      @RequestParam(required = false) String ruleCode,
                      @RequestParam(required = false) String learnerName,
                      @RequestParam(required = false) String idNumber, @RequestParam(required = false) String initiator,
                      @RequestParam(name = "ids", required = false) List<Long> ids,
                      @AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        String current = tab(tab);
        ReviewFilter filter = ConversionReviewController.filter(current, year, ruleCode, learnerName, idNumber,
                initiator);
        List<Long> selected = ids == null ? List.of() : ids;
        Map<String, Object> params = ConversionReviewController.listParams(current, filter);
        return new ExportDialog("creditbank.conversion.reviews.export.title", "reviews", BASE + "/export", params, selected,
                export.count(me, channel(current), filter, selected), guard.phoneTail(me),
                ListPages.url(BASE, params)).show(model);
    }

    @PostMapping("/code")
    String sendCode(@RequestParam(required = false) String tab, @RequestParam(required = false) String year,
                    @RequestParam(required = false) String ruleCode, @RequestParam(required = false) String learnerName,
                    @RequestParam(required = false) String idNumber, @RequestParam(required = false) String initiator,
                    @RequestParam(name = "ids", required = false) List<Long> ids,
                    @AuthenticationPrincipal InstitutionPrincipal me, Locale locale, RedirectAttributes flash) {
        ListPages.sendCode(guard, me, locale, messages, flash);
        return "redirect:" + exportUrl(tab(tab), ConversionReviewController.filter(tab(tab), year, ruleCode,
                learnerName, idNumber, initiator), ids);
    }

    @PostMapping
    String export(@RequestParam(required = false) String tab, @RequestParam(required = false) String year,
                  @RequestParam(required = false) String ruleCode, @RequestParam(required = false) String learnerName,
                  @RequestParam(required = false) String idNumber, @RequestParam(required = false) String initiator,
                  @RequestParam(name = "ids", required = false) List<Long> ids,
                  @RequestParam(required = false) String code, @AuthenticationPrincipal InstitutionPrincipal me,
                  HttpServletResponse response, RedirectAttributes flash) throws IOException {
        String current = tab(tab);
        ReviewFilter filter = ConversionReviewController.filter(current, year, ruleCode, learnerName, idNumber,
                initiator);
        try {
            guard.check(me, code);
        } catch (UserFacingException e) {
            flash.addFlashAttribute("errorMessage", messages.get(e));
            return "redirect:" + exportUrl(current, filter, ids);
        }
        ConversionChannel channel = channel(current);
        DocumentDownloads.prepareStreamedAttachment(response, export.fileName(channel), FileKind.XLSX.mediaType());
        export.write(me, channel, filter, ids == null ? List.of() : ids, response.getOutputStream());
        return null;
    }

    private static String tab(String tab) {
        return TAB_BATCH.equals(tab) ? TAB_BATCH : TAB_PERSONAL;
    }

    private static ConversionChannel channel(String tab) {
        return TAB_BATCH.equals(tab) ? ConversionChannel.INSTITUTION : ConversionChannel.PERSONAL;
    }

    private static String exportUrl(String tab, ReviewFilter filter, List<Long> ids) {
        Map<String, Object> params = ConversionReviewController.listParams(tab, filter);
        params.put("ids", ids == null ? List.of() : ids);
        return ListPages.url(BASE + "/export", params);
    }
}
