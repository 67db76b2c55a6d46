package io.casehall.creditbank.learner;

import io.casehall.creditbank.web.ExportDialog;
import io.casehall.creditbank.web.ListPages;
import io.casehall.creditbank.ExportGuard;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.Learner;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.document.DocumentDownloads;
import io.casehall.shared.document.FileKind;
import io.casehall.shared.masking.Masking;
import io.casehall.shared.spreadsheet.ExportColumn;
import io.casehall.shared.spreadsheet.ImportPage;
import io.casehall.shared.spreadsheet.ImportView;
import io.casehall.shared.spreadsheet.SpreadsheetWriter;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.UserFacingException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * 学员账户管理: the institution's learner accounts with the seed's filters (入库年份, 学员姓名, 身份证号), 增加新学员,
 * 修改 (only 未激活), 删除 (ticked, with a confirmation), 导入 with its import log, and 导出 with a fresh SMS code.
 */
@Controller
@RequestMapping(LearnersController.BASE)
class LearnersController {

    static final String BASE = "/institution/learners";
    private static final List<ImportView.KeyColumn> KEY_COLUMNS = List.of(
            new ImportView.KeyColumn("学员姓名", "creditbank.learner.col.name", false),
            new ImportView.KeyColumn("身份证号", "creditbank.learner.col.idNumber", true));

    private final LearnerAccounts learners;
    private final LearnerQueries queries;
    private final LearnerImports imports;
    private final ExportGuard guard;
    private final Masking mask;
    private final Messages messages;
    private final AuditLog audit;
    private final Clock clock;

    LearnersController(LearnerAccounts learners, LearnerQueries queries, LearnerImports imports, ExportGuard guard, Masking mask,
                       Messages messages, AuditLog audit, Clock clock) {
        this.learners = learners;
        this.queries = queries;
        this.imports = imports;
        this.guard = guard;
        this.mask = mask;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) String year, @RequestParam(required = false) String name,
                @RequestParam(required = false) String idNumber, @RequestParam(defaultValue = "0") int page,
                @AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        LearnerQueries.Filter filter = new LearnerQueries.Filter(ListPages.year(year), name, idNumber);
        model.addAttribute("filter", filter);
        model.addAttribute("filterName", name == null ? "" : name.strip());
        model.addAttribute("filterIdNumber", idNumber == null ? "" : idNumber.strip());
        model.addAttribute("years", ListPages.years(clock));
        model.addAttribute("page", queries.page(me.institutionId(), filter, page, ListPages.PAGE_SIZE));
        model.addAttribute("baseUrl", ListPages.url(BASE, filterParams(filter)));
        return "creditbank/learners";
    }

    @PostMapping("/add")
    String add(@RequestParam(required = false) String name, @RequestParam(required = false) String idNumber,
               @AuthenticationPrincipal InstitutionPrincipal me, RedirectAttributes flash) {
        try {
            Learner learner = learners.add(me, name, idNumber);
            flash.addFlashAttribute("okMessage", messages.get("creditbank.learner.added", learner.getName(),
                    messages.get(learner.getStatus().messageKey())));
            return "redirect:" + BASE;
        } catch (UserFacingException e) {
            flash.addFlashAttribute("errorMessage", messages.get(e));
            flash.addFlashAttribute("addName", name);
            flash.addFlashAttribute("addIdNumber", idNumber);
            return "redirect:" + BASE + "#add";
        }
    }

    @GetMapping("/{id}/edit")
    String editPage(@PathVariable long id, @AuthenticationPrincipal InstitutionPrincipal me, Model model,
                    RedirectAttributes flash) {
        Learner learner = learners.get(me, id);
        if (!learner.isEditable()) {
            flash.addFlashAttribute("errorMessage", messages.get("creditbank.learner.notEditable", learner.getName()));
            return "redirect:" + BASE;
        }
        model.addAttribute("learner", learner);
        if (!model.containsAttribute("editName")) {
            model.addAttribute("editName", learner.getName());
            model.addAttribute("editIdNumber", learner.getIdNumber());
        }
        return "creditbank/learner-edit";
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable long id, @RequestParam(required = false) String name,
                @RequestParam(required = false) String idNumber, @AuthenticationPrincipal InstitutionPrincipal me,
                RedirectAttributes flash) {
        try {
            learners.edit(me, id, name, idNumber);
            flash.addFlashAttribute("okMessage", messages.get("creditbank.learner.edited"));
            return "redirect:" + BASE;
        } catch (io.casehall.shared.web.NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            flash.addFlashAttribute("errorMessage", messages.get(e));
            flash.addFlashAttribute("editName", name);
            flash.addFlashAttribute("editIdNumber", idNumber);
            return "redirect:" + BASE + "/" + id + "/edit";
        }
    }

    /** 删除 asks first: the chosen learners, those that cannot be deleted named with the reason. */
    @GetMapping("/delete")
    String confirmDelete(@RequestParam(name = "ids", required = false) List<Long> ids,
                         @AuthenticationPrincipal InstitutionPrincipal me, Model model, RedirectAttributes flash) {
        List<Learner> chosen;
        try {
            chosen = learners.chosen(me, ids);
        } catch (io.casehall.shared.web.NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            flash.addFlashAttribute("errorMessage", messages.get(e));
            return "redirect:" + BASE;
        }
        model.addAttribute("deletable", chosen.stream().filter(l -> learners.whyNotDeletable(l).isEmpty()).toList());
        model.addAttribute("kept", chosen.stream().filter(l -> learners.whyNotDeletable(l).isPresent())
                .map(l -> new LearnerAccounts.Refusal(l.getName(), learners.whyNotDeletable(l).get())).toList());
        return "creditbank/learners-delete";
    }

    @PostMapping("/delete")
    String delete(@RequestParam(name = "ids", required = false) List<Long> ids,
                  @AuthenticationPrincipal InstitutionPrincipal me, RedirectAttributes flash) {
        try {
            LearnerAccounts.Deletion done = learners.delete(me, ids);
            if (!done.deleted().isEmpty()) {
                flash.addFlashAttribute("okMessage", messages.get("creditbank.learner.deleted",
                        done.deleted().size(), list(done.deleted(), "creditbank.i18n.list")));
            }
            if (!done.refused().isEmpty()) {
                flash.addFlashAttribute("errorMessage", messages.get("creditbank.learner.notDeleted",
                        list(done.refused().stream().map(r -> messages.get("creditbank.i18n.colonText", r.name(),
                                messages.get(r.reasonKey()))).toList(), "creditbank.i18n.sentences")));
            }
        } catch (io.casehall.shared.web.NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            flash.addFlashAttribute("errorMessage", messages.get(e));
        }
        return "redirect:" + BASE;
    }

    // ---- 导入 ----

    @GetMapping("/import")
    String importPage(@AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        fillImport(me, model);
        model.addAttribute("resultBatch", null);
        return "creditbank/learners-import";
    }

    @PostMapping("/import")
    String importLearners(@RequestParam(name = "file", required = false) MultipartFile file,
                          @AuthenticationPrincipal InstitutionPrincipal me, RedirectAttributes flash) {
        Long batchId = ImportPage.handle(file, flash, messages, "creditbank.learner.import.result",
                "creditbank.learner.import.conflict", (name, bytes) -> imports.importLearners(me, name, bytes));
        return "redirect:" + BASE + (batchId == null ? "/import" : "/imports/" + batchId + "#result");
    }

    @GetMapping("/imports/{batchId}")
    String importResult(@PathVariable long batchId, @AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        ImportPage.show(model, imports.batch(me, LearnerImports.Kind.LEARNERS, batchId), "creditbank.learner.import.result",
                null);
        fillImport(me, model);
        return "creditbank/learners-import";
    }

    @GetMapping("/import/template")
    ResponseEntity<byte[]> template() {
        return DocumentDownloads.attachment(imports.template(LearnerImports.Kind.LEARNERS),
                imports.templateFileName(LearnerImports.Kind.LEARNERS), FileKind.XLSX.mediaType());
    }

    @GetMapping("/imports/{batchId}/report")
    ResponseEntity<byte[]> report(@PathVariable long batchId, @AuthenticationPrincipal InstitutionPrincipal me) {
        return DocumentDownloads.attachment(imports.report(me, LearnerImports.Kind.LEARNERS, batchId));
    }

    private void fillImport(InstitutionPrincipal me, Model model) {
        ImportView.keyColumns(model, KEY_COLUMNS);
        ImportView.recent(model, imports.recent(me, LearnerImports.Kind.LEARNERS, 10), BASE + "/imports/", me, true,
                clock.getZone());
    }

    // ---- 导出 ----

    @GetMapping("/export")
    String exportPage(@RequestParam(required = false) String year, @RequestParam(required = false) String name,
                      @RequestParam(required = false) String idNumber,
                      @RequestParam(name = "ids", required = false) List<Long> ids,
                      @AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        LearnerQueries.Filter filter = new LearnerQueries.Filter(ListPages.year(year), name, idNumber);
        List<Long> selected = ids == null ? List.of() : ids;
        return new ExportDialog("creditbank.learner.export.title", "learners", BASE + "/export", filterParams(filter),
                selected, queries.count(me.institutionId(), filter, selected), guard.phoneTail(me),
                ListPages.url(BASE, filterParams(filter))).show(model);
    }

    @PostMapping("/export/code")
    String sendCode(@RequestParam(required = false) String year, @RequestParam(required = false) String name,
                    @RequestParam(required = false) String idNumber,
                    @RequestParam(name = "ids", required = false) List<Long> ids,
                    @AuthenticationPrincipal InstitutionPrincipal me, Locale locale, RedirectAttributes flash) {
        ListPages.sendCode(guard, me, locale, messages, flash);
        return "redirect:" + exportUrl(year, name, idNumber, ids);
    }

    @PostMapping("/export")
    String export(@RequestParam(required = false) String year, @RequestParam(required = false) String name,
                  @RequestParam(required = false) String idNumber,
                  @RequestParam(name = "ids", required = false) List<Long> ids,
                  @RequestParam(required = false) String code, @AuthenticationPrincipal InstitutionPrincipal me,
                  HttpServletResponse response, RedirectAttributes flash) throws IOException {
        try {
            guard.check(me, code);
        } catch (UserFacingException e) {
            flash.addFlashAttribute("errorMessage", messages.get(e));
            return "redirect:" + exportUrl(year, name, idNumber, ids);
        }
        LearnerQueries.Filter filter = new LearnerQueries.Filter(ListPages.year(year), name, idNumber);
        List<Long> selected = ids == null ? List.of() : ids;
        long count = queries.count(me.institutionId(), filter, selected);
        audit.record(me, "CREDITBANK_LEARNERS_EXPORTED", "institution", me.institutionId(), "count=" + count);
        DocumentDownloads.prepareStreamedAttachment(response, messages.get("creditbank.learner.export.fileName"),
                FileKind.XLSX.mediaType());
        try (SpreadsheetWriter writer = new SpreadsheetWriter(clock.getZone())) {
            writer.sheet(messages.get("creditbank.learner.export.sheet"), List.of(
                            ExportColumn.<LearnerQueries.Row>of(messages.get("creditbank.learner.col.name"), 14,
                                    LearnerQueries.Row::name),
                            ExportColumn.<LearnerQueries.Row>of(messages.get("creditbank.learner.col.idNumber"), 22,
                                    r -> mask.idNumber(r.idNumber())),
                            ExportColumn.<LearnerQueries.Row>of(messages.get("creditbank.learner.col.mobile"), 14,
                                    r -> mask.phone(r.mobile())),
                            ExportColumn.<LearnerQueries.Row>of(messages.get("creditbank.learner.col.status"), 10,
                                    r -> r.status().label()),
                            ExportColumn.<LearnerQueries.Row>of(messages.get("creditbank.learner.col.createdAt"), 18,
                                    LearnerQueries.Row::createdAt)),
                    queries.stream(me.institutionId(), filter, selected)).writeTo(response.getOutputStream());
        }
        return null;
    }

    private static String exportUrl(String year, String name, String idNumber, List<Long> ids) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("year", year);
        params.put("name", name);
        params.put("idNumber", idNumber);
        params.put("ids", ids == null ? List.of() : ids);
        return ListPages.url(BASE + "/export", params);
    }

    private static Map<String, Object> filterParams(LearnerQueries.Filter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("year", filter.year());
        params.put("name", filter.name());
        params.put("idNumber", filter.idNumber());
        return params;
    }

    /** The items joined as the user's language joins a list ({0}、{1}) or sentences ({0}；{1}). */
    private String list(List<String> items, String key) {
        return items.stream().reduce((a, b) -> messages.get(key, a, b)).orElse("");
    }
}
