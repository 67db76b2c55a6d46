package io.casehall.clearance.web;

import io.casehall.shared.spreadsheet.ImportView;
import io.casehall.clearance.BatchOutcome;
import io.casehall.clearance.Checkpoint;
import io.casehall.clearance.CheckpointRow;
import io.casehall.clearance.CheckpointState;
import io.casehall.clearance.ClearanceService;
import io.casehall.clearance.checkpoint.ClearanceRoles;
import io.casehall.clearance.MatchBy;
import io.casehall.clearance.PlanSummary;
import io.casehall.clearance.Refusal;
import io.casehall.clearance.Verdict;
import io.casehall.shared.document.DocumentDownloads;
import io.casehall.shared.document.FileKind;
import io.casehall.shared.spreadsheet.ImportPage;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import io.casehall.staff.StaffDirectory;
import io.casehall.staff.StaffPrincipal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
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
 * On-site processing at one checkpoint (现场办理): the checkpoint's counters, the students it applies to with
 * the seed's columns and a search, pass or fail one student with a remark, pass the ticked ones in one go, and
 * the Excel import of results with its report. Members of the checkpoint's group and administrators only; at a
 * department-scoped checkpoint only the staff member's departments' students. Each action redirects back
 * (post/redirect/get) with the search kept and what happened as a flash message (including the students a batch
 * could not process, e.g. because a colleague just handled them); an import redirects to its result page.
 */
@Controller
@RequestMapping("/staff/clearance/plans/{planId}/checkpoints/{checkpointId}")
class OnSiteController {

    static final int PAGE_SIZE = 50;
    private static final List<CheckpointState> STATE_OPTIONS = List.of(CheckpointState.OPEN, CheckpointState.FAILED,
            CheckpointState.PASSED, CheckpointState.WAITING);

    private final ClearanceService clearance;
    private final ClearanceRoles roles;
    private final ClearanceAccess access;
    private final ClearancePages pages;
    private final Messages messages;
    private final Clock clock;
    private final StaffDirectory staffDirectory;

    OnSiteController(ClearanceService clearance, ClearanceRoles roles, ClearanceAccess access, ClearancePages pages, Messages messages,
                     Clock clock, StaffDirectory staffDirectory) {
        this.clearance = clearance;
        this.roles = roles;
        this.access = access;
        this.pages = pages;
        this.messages = messages;
        this.clock = clock;
        this.staffDirectory = staffDirectory;
    }

    @GetMapping
    String page(@PathVariable long planId, @PathVariable String checkpointId, @RequestParam Map<String, String> params,
                @AuthenticationPrincipal StaffPrincipal staff, Model model) {
        Checkpoint checkpoint = access.requireAct(staff, planId, checkpointId);
        fill(model, staff, planId, checkpoint, ClearanceFilter.of(params), pageNumber(params.get("page")));
        return "clearance/onsite";
    }

    /** Pass or fail one student (通过 / 不通过 with the remark); then back to the list (post/redirect/get). */
    @PostMapping("/decide")
    String decide(@PathVariable long planId, @PathVariable String checkpointId,
                  @RequestParam Map<String, String> params, @AuthenticationPrincipal StaffPrincipal staff,
                  RedirectAttributes flash) {
        Checkpoint checkpoint = access.requireAct(staff, planId, checkpointId);
        ClearanceFilter filter = ClearanceFilter.of(params);
        String remark = params.get("remark");
        Long studentId = parseId(params.get("student"));
        if (studentId == null) {
            throw new NotFoundException();
        }
        try {
            Verdict verdict = verdict(params.get("result"));
            CheckpointRow row = clearance.decide(planId, checkpoint.id(), studentId, verdict, remark, staff);
            flash.addFlashAttribute("okMessage", messages.get("clearance.onsite.decided." + verdict.name(),
                    row.student().fullName(), row.student().studentNo(), checkpoint.name()));
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            flash.addFlashAttribute("errorMessage", messages.get(e));
            flash.addFlashAttribute("decideStudent", studentId);
            flash.addFlashAttribute("decideRemark", remark);
        }
        return "redirect:" + filter.url(ClearancePages.checkpointUrl(planId, checkpoint.id()), 0);
    }

    /** Pass the ticked students (批量通过); the ones that cannot pass are listed with the reason (after a redirect). */
    @PostMapping("/pass")
    String passMany(@PathVariable long planId, @PathVariable String checkpointId,
                    @RequestParam(name = "students", required = false) List<String> students,
                    @RequestParam Map<String, String> params, @AuthenticationPrincipal StaffPrincipal staff,
                    RedirectAttributes flash) {
        Checkpoint checkpoint = access.requireAct(staff, planId, checkpointId);
        ClearanceFilter filter = ClearanceFilter.of(params);
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        if (students != null) {
            students.stream().map(OnSiteController::parseId).filter(id -> id != null).forEach(ids::add);
        }
        try {
            BatchOutcome outcome = clearance.passMany(planId, checkpoint.id(), ids, params.get("remark"), staff);
            List<String> refused = new ArrayList<>();
            for (Refusal r : outcome.refused()) {
                refused.add(messages.get(r.messageKey(), r.argsArray()));
            }
            flash.addFlashAttribute("batchResult", new BatchResult(outcome.doneCount(), refused));
        } catch (UserFacingException e) {
            flash.addFlashAttribute("errorMessage", messages.get(e));
            flash.addFlashAttribute("selected", ids);
            flash.addFlashAttribute("batchRemark", params.get("remark"));
        }
        return "redirect:" + filter.url(ClearancePages.checkpointUrl(planId, checkpoint.id()), 0);
    }

    /** The page again, for the oversize-upload redirect. */
    @GetMapping("/import")
    String importPage(@PathVariable long planId, @PathVariable String checkpointId,
                      @AuthenticationPrincipal StaffPrincipal staff, Model model) {
        return page(planId, checkpointId, Map.of(), staff, model);
    }

    /**
     * Results from Excel (学号匹配 / 身份证号匹配), then a redirect to the batch's result page (per-row reasons on the
     * page and in the downloadable report).
     */
    @PostMapping("/import")
    String importResults(@PathVariable long planId, @PathVariable String checkpointId,
                         @RequestParam(name = "file", required = false) MultipartFile file,
                         @RequestParam(name = "match", required = false) String match,
                         @AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes flash) {
        Checkpoint checkpoint = access.requireAct(staff, planId, checkpointId);
        MatchBy matchBy = matchBy(match);
        Long batchId = ImportPage.handle(file, flash, messages, "clearance.result", "clearance.import.conflict",
                (name, bytes) -> clearance.importResults(planId, checkpoint.id(), matchBy, name, bytes, staff));
        String base = ClearancePages.checkpointUrl(planId, checkpoint.id());
        return "redirect:" + (batchId == null ? base + "?match=" + matchBy.name() + "#results-import"
                : base + "/imports/" + batchId + "?match=" + matchBy.name() + "#result");
    }

    /** The result of one results import of this checkpoint (a GET: reloading does not import again). */
    @GetMapping("/imports/{batchId}")
    String importResult(@PathVariable long planId, @PathVariable String checkpointId, @PathVariable long batchId,
                        @RequestParam(name = "match", required = false) String match,
                        @AuthenticationPrincipal StaffPrincipal staff, Model model) {
        Checkpoint checkpoint = access.requireAct(staff, planId, checkpointId);
        MatchBy matchBy = matchBy(match);
        ImportPage.show(model, clearance.resultImport(planId, checkpoint.id(), batchId), "clearance.result",
                "clearance.result.done");
        model.addAttribute("match", matchBy);
        ImportView.keyColumns(model, resultKeys(matchBy));
        fill(model, staff, planId, checkpoint, ClearanceFilter.empty(), 0);
        return "clearance/onsite";
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template(@PathVariable long planId, @PathVariable String checkpointId,
                                    @RequestParam(name = "match", required = false) String match,
                                    @AuthenticationPrincipal StaffPrincipal staff) {
        access.requireAct(staff, planId, checkpointId);
        MatchBy matchBy = matchBy(match);
        return DocumentDownloads.attachment(clearance.resultTemplate(matchBy),
                clearance.resultTemplateFileName(matchBy), FileKind.XLSX.mediaType());
    }

    private void fill(Model model, StaffPrincipal staff, long planId, Checkpoint checkpoint, ClearanceFilter filter,
                      int page) {
        PlanSummary plan = clearance.plan(planId);
        model.addAttribute("plan", new ClearancePages.PlanRef(plan.id(), plan.name()));
        pages.navigation(model, staff, planId);
        String base = ClearancePages.checkpointUrl(planId, checkpoint.id());
        model.addAttribute("onsiteUrl", base);
        model.addAttribute("checkpoint", checkpoint);
        model.addAttribute("checkpoints", roles.checkpointsOf(staff, planId));
        model.addAttribute("counters", clearance.counters(planId, checkpoint.id(), staff));
        model.addAttribute("filter", filter);
        model.addAttribute("scopes", clearance.categories(planId));
        model.addAttribute("levels", clearance.levels(planId));
        model.addAttribute("departments", clearance.departments(planId, staff));
        model.addAttribute("genders", List.of("男", "女"));
        model.addAttribute("states", STATE_OPTIONS.stream()
                .map(s -> new Option(s.name(), messages.get(s.messageKey()))).toList());
        Page<CheckpointRow> rows = clearance.searchAtCheckpoint(planId, checkpoint.id(), filter.toStudentFilter(),
                page, PAGE_SIZE, staff);
        Map<String, String> operatorNames = new HashMap<>();
        model.addAttribute("rows", rows.map(row -> view(row, operatorNames)));
        model.addAttribute("baseUrl", base);
        model.addAttribute("selfUrl", filter.url(base, rows.getNumber()));
        model.addAttribute("pageUrl", filter.url(base, 0));
        if (!model.containsAttribute("selected")) {
            model.addAttribute("selected", Set.of());
        }
        if (!model.containsAttribute("match")) {
            model.addAttribute("match", MatchBy.STUDENT_NO);
        }
        model.addAttribute("matchModes", MatchBy.values());
        ImportView.recent(model, clearance.recentResultImports(planId, checkpoint.id(), 10),
                ClearancePlansController.IMPORT_REPORTS, staff, roles.mayManagePlans(staff), clock.getZone());
    }

    /** The row as shown; who decided by their name (e.g. 图书馆 李老师), looked up once per page and person. */
    private CheckpointRowView view(CheckpointRow row, Map<String, String> operatorNames) {
        String operator = row.decidedBy() == null ? null
                : operatorNames.computeIfAbsent(row.decidedBy(), staffDirectory::displayName);
        return new CheckpointRowView(row.student(), row.state(), messages.get(row.state().messageKey()),
                row.remark(), operator, pages.time(row.decidedAt()), row.actionable(),
                messages.get(row.student().householdMigration() ? "clearance.yes" : "clearance.no"));
    }

    private static List<ImportView.KeyColumn> resultKeys(MatchBy matchBy) {
        return List.of(matchBy == MatchBy.ID_NUMBER
                        ? new ImportView.KeyColumn("身份证号", "clearance.col.idNumber", true)
                        : new ImportView.KeyColumn("学号", "clearance.col.studentNo", false),
                new ImportView.KeyColumn("姓名", "clearance.col.fullName", false),
                new ImportView.KeyColumn("办理结果", "clearance.col.result", false));
    }

    private static Verdict verdict(String value) {
        if ("PASS".equals(value)) {
            return Verdict.PASS;
        }
        if ("FAIL".equals(value)) {
            return Verdict.FAIL;
        }
        throw new UserFacingException("checkpoints.error.verdictRequired");
    }

    private static MatchBy matchBy(String value) {
        return "ID_NUMBER".equals(value) ? MatchBy.ID_NUMBER : MatchBy.STUDENT_NO;
    }

    static Long parseId(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static int pageNumber(String text) {
        try {
            return text == null ? 0 : Math.min(1_000_000, Math.max(0, Integer.parseInt(text.strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** One select option: the value sent and the text shown. */
    record Option(String value, String label) {
    }

    /** What a batch pass did: how many passed, and the reason for each student it could not pass. */
    record BatchResult(int done, List<String> refused) implements java.io.Serializable {
    }
}
