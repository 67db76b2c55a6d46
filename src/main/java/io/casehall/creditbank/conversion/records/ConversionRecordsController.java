package io.casehall.creditbank.conversion.records;

import io.casehall.creditbank.web.ExportDialog;
import io.casehall.creditbank.web.ListPages;
import io.casehall.creditbank.ExportGuard;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.conversion.ConversionItem;
import io.casehall.creditbank.conversion.ConversionItemRepository;
import io.casehall.creditbank.conversion.ConversionItemStatus;
import io.casehall.creditbank.conversion.records.ConversionRecordQueries.Tab;
import io.casehall.shared.document.DocumentDownloads;
import io.casehall.shared.document.FileKind;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 转换记录 (seed 004 §2.4.2): the tabs 机构接收 and 机构发起 with their counts, the filters 申请年份 / 规则编码 / 学员姓名 /
 * 身份证号 / 转换状态, a page of rows newest first, 审核记录 of one row (only one the institution receives or initiated),
 * and 导出 of the ticked rows or all matching, after a fresh SMS code.
 */
@Controller
@RequestMapping(ConversionRecordsController.BASE)
class ConversionRecordsController {

    static final String BASE = "/institution/conversion/records";
    static final int PAGE_SIZE = 10;

    private final ConversionRecordQueries queries;
    private final ConversionItemRepository items;
    private final ConversionHistory history;
    private final ConversionRecordExport export;
    private final ExportGuard guard;
    private final Messages messages;
    private final Clock clock;

    ConversionRecordsController(ConversionRecordQueries queries, ConversionItemRepository items,
                                ConversionHistory history, ConversionRecordExport export, ExportGuard guard,
                                Messages messages, Clock clock) {
        this.queries = queries;
        this.items = items;
        this.history = history;
        this.export = export;
        this.guard = guard;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(@ModelAttribute("typed") RecordsFilter typed, @RequestParam(defaultValue = "0") int page,
                @AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        Tab tab = typed.tabValue();
        model.addAttribute("tab", tab.param());
        model.addAttribute("receivedCount", queries.count(me.institutionId(), Tab.RECEIVED, typed.filter()));
        model.addAttribute("initiatedCount", queries.count(me.institutionId(), Tab.INITIATED, typed.filter()));
        model.addAttribute("receivedUrl", typed.on(Tab.RECEIVED).url(BASE));
        model.addAttribute("initiatedUrl", typed.on(Tab.INITIATED).url(BASE));
        model.addAttribute("years", ListPages.years(clock));
        model.addAttribute("statuses", ConversionItemStatus.values());
        model.addAttribute("page", queries.page(me.institutionId(), tab, typed.filter(), page, PAGE_SIZE));
        model.addAttribute("baseUrl", typed.url(BASE));
        return "creditbank/conversion-records";
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, @RequestParam(required = false) String tab,
                  @AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        ConversionItem item = items.findById(id)
                .filter(i -> me.institutionId().equals(i.getTargetInstitutionId())
                        || me.institutionId().equals(i.getInitiatorInstitutionId()))
                .orElseThrow(NotFoundException::new);
        model.addAttribute("view", history.of(item));
        model.addAttribute("backUrl", ListPages.url(BASE, Map.of("tab", Tab.of(tab != null ? tab
                : me.institutionId().equals(item.getTargetInstitutionId()) ? "received" : "initiated").param())));
        return "creditbank/conversion-record";
    }

    // ---- 导出 ----

    @GetMapping("/export")
    String exportPage(@ModelAttribute("typed") RecordsFilter typed,
                      @RequestParam(name = "ids", required = false) List<Long> ids,
                      @AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        List<Long> selected = ids == null ? List.of() : ids;
        return new ExportDialog("creditbank.conversion.records.export.title", "records", BASE + "/export",
                typed.params(), selected, export.count(me, typed, selected), guard.phoneTail(me), typed.url(BASE))
                .show(model);
    }

    @PostMapping("/export/code")
    String sendCode(@ModelAttribute("typed") RecordsFilter typed,
                    @RequestParam(name = "ids", required = false) List<Long> ids,
                    @AuthenticationPrincipal InstitutionPrincipal me, Locale locale, RedirectAttributes flash) {
        ListPages.sendCode(guard, me, locale, messages, flash);
        return "redirect:" + exportUrl(typed, ids);
    }

    @PostMapping("/export")
    String export(@ModelAttribute("typed") RecordsFilter typed,
                  @RequestParam(name = "ids", required = false) List<Long> ids,
                  @RequestParam(required = false) String code, @AuthenticationPrincipal InstitutionPrincipal me,
                  HttpServletResponse response, RedirectAttributes flash) throws IOException {
        try {
            guard.check(me, code);
        } catch (UserFacingException e) {
            flash.addFlashAttribute("errorMessage", messages.get(e));
            return "redirect:" + exportUrl(typed, ids);
        }
        DocumentDownloads.prepareStreamedAttachment(response, export.fileName(), FileKind.XLSX.mediaType());
        export.write(me, typed, ids == null ? List.of() : ids, response.getOutputStream());
        return null;
    }

    private static String exportUrl(RecordsFilter typed, List<Long> ids) {
        Map<String, Object> params = typed.params();
        params.put("ids", ids == null ? List.of() : ids);
        return ListPages.url(BASE + "/export", params);
    }
}
