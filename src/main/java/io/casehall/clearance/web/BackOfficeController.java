package io.casehall.clearance.web;

import io.casehall.clearance.CheckpointCell;
import io.casehall.clearance.CheckpointCounters;
import io.casehall.clearance.ClearanceService;
import io.casehall.clearance.Grid;
import io.casehall.clearance.GridRow;
import io.casehall.clearance.PlanSummary;
import io.casehall.clearance.StudentInfo;
import io.casehall.shared.document.DocumentDownloads;
import io.casehall.shared.document.FileKind;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.NotFoundException;
import io.casehall.staff.StaffPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The back office (后台管理): the students of a plan queried by department, candidate no., student no., name,
 * major, class and gender, with a grid of every checkpoint's state (the columns are the plan's checkpoints);
 * the export of that grid to Excel (streamed); and the per-checkpoint statistics with a chart drawn on the
 * server. All clearance staff.
 */
@Controller
@RequestMapping("/staff/clearance")
class BackOfficeController {

    static final int PAGE_SIZE = 50;

    private final ClearanceService clearance;
    private final ClearanceAccess access;
    private final ClearancePages pages;
    private final Messages messages;

    BackOfficeController(ClearanceService clearance, ClearanceAccess access, ClearancePages pages, Messages messages) {
        this.clearance = clearance;
        this.access = access;
        this.pages = pages;
        this.messages = messages;
    }

    /** The query form's target: the plan is one of the criteria (离校方案), the newest plan when none is chosen. */
    @GetMapping("/students")
    String query(@RequestParam Map<String, String> params, @AuthenticationPrincipal StaffPrincipal staff,
                 Model model) {
        access.requireUse(staff);
        Long planId = OnSiteController.parseId(params.get("plan"));
        if (planId == null) {
            planId = clearance.plans().stream().findFirst().map(PlanSummary::id).orElseThrow(NotFoundException::new);
        }
        return grid(planId, params, staff, model);
    }

    @GetMapping("/plans/{planId}/students")
    String grid(@PathVariable long planId, @RequestParam Map<String, String> params,
                @AuthenticationPrincipal StaffPrincipal staff, Model model) {
        access.requireUse(staff);
        ClearanceFilter filter = ClearanceFilter.of(params);
        PlanSummary plan = clearance.plan(planId);
        model.addAttribute("plan", new ClearancePages.PlanRef(plan.id(), plan.name()));
        pages.navigation(model, staff, planId);
        model.addAttribute("plans", clearance.plans().stream()
                .map(p -> new ClearancePages.PlanRef(p.id(), p.name())).toList());
        model.addAttribute("filter", filter);
        model.addAttribute("departments", clearance.departments(planId, staff));
        model.addAttribute("genders", List.of("男", "女"));
        Grid grid = clearance.grid(planId, filter.toStudentFilter(), OnSiteController.pageNumber(params.get("page")),
                PAGE_SIZE, staff);
        model.addAttribute("checkpoints", grid.columns());
        Page<GridRowView> rows = grid.rows().map(this::view);
        model.addAttribute("rows", rows);
        String base = "/staff/clearance/plans/" + planId + "/students";
        model.addAttribute("pageUrl", filter.url(base, 0));
        model.addAttribute("exportUrl", filter.url(base + "/export", 0));
        return "clearance/query";
    }

    /** The grid of every matching student as .xlsx, streamed while it is read (any size, constant memory). */
    @GetMapping("/plans/{planId}/students/export")
    void export(@PathVariable long planId, @RequestParam Map<String, String> params,
                @AuthenticationPrincipal StaffPrincipal staff, HttpServletResponse response) throws IOException {
        access.requireUse(staff);
        String fileName = clearance.gridExportFileName(planId);
        ClearanceFilter filter = ClearanceFilter.of(params);
        DocumentDownloads.prepareStreamedAttachment(response, fileName, FileKind.XLSX.mediaType());
        clearance.exportGrid(planId, filter.toStudentFilter(), response.getOutputStream(), staff);
    }

    @GetMapping("/plans/{planId}/statistics")
    String statistics(@PathVariable long planId, @RequestParam Map<String, String> params,
                      @AuthenticationPrincipal StaffPrincipal staff, Model model) {
        access.requireUse(staff);
        ClearanceFilter filter = ClearanceFilter.of(params);
        PlanSummary plan = clearance.plan(planId);
        model.addAttribute("plan", new ClearancePages.PlanRef(plan.id(), plan.name()));
        pages.navigation(model, staff, planId);
        model.addAttribute("filter", filter);
        model.addAttribute("departments", clearance.departments(planId, staff));
        List<CheckpointCounters> stats = clearance.statistics(planId, filter.toStudentFilter(), staff);
        model.addAttribute("stats", stats.stream().map(StatisticsChart.Line::of).toList());
        model.addAttribute("chart", StatisticsChart.of(stats, messages));
        return "clearance/statistics";
    }

    private GridRowView view(GridRow row) {
        StudentInfo s = row.student();
        List<CellView> cells = row.cells().stream().map(this::cell).toList();
        return new GridRowView(s, messages.get(s.householdMigration() ? "clearance.yes" : "clearance.no"), cells,
                messages.get(s.stage().messageKey()));
    }

    private CellView cell(CheckpointCell cell) {
        if (cell == null || cell.state() == null) {
            return new CellView("", "", null);
        }
        return new CellView(cell.state().name(), messages.get(cell.state().messageKey()),
                cell.remark() == null ? pages.time(cell.decidedAt()) : cell.remark());
    }

    /** One student of the grid: the seed's columns, one cell per checkpoint (grid order), and the stage. */
    record GridRowView(StudentInfo student, String migration, List<CellView> cells, String overall) {
    }

    /** One checkpoint's state for one student; {@code title} is the remark (or decision time) shown on hover. */
    record CellView(String state, String label, String title) {
    }
}
