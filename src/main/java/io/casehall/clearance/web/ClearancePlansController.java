package io.casehall.clearance.web;

import io.casehall.shared.spreadsheet.ImportView;
import io.casehall.clearance.ClearanceService;
import io.casehall.clearance.checkpoint.ClearanceRoles;
import io.casehall.clearance.LaunchProgress;
import io.casehall.clearance.PlanSummary;
import io.casehall.shared.document.DocumentDownloads;
import io.casehall.shared.document.FileKind;
import io.casehall.shared.spreadsheet.ImportDefinition;
import io.casehall.shared.spreadsheet.ImportPage;
import io.casehall.shared.spreadsheet.ImportResult;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import io.casehall.staff.StaffPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
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
 * Clearance plans: the list (everyone who works on clearance sees the plans with links to their checkpoints),
 * and for administrators creating a plan, importing its students from Excel (template, per-row reasons,
 * report), and launching it (or resuming an interrupted launch) with its progress.
 */
@Controller
@RequestMapping("/staff/clearance")
class ClearancePlansController {

    private static final String BASE = "/staff/clearance";

    /** Where the import reports of plans and checkpoints are downloaded: {@code <this><batch id>/report}. */
    static final String IMPORT_REPORTS = "/staff/clearance/imports/";

    private static final List<ImportView.KeyColumn> STUDENT_KEYS = List.of(
            new ImportView.KeyColumn("学号", "clearance.col.studentNo", false),
            new ImportView.KeyColumn("姓名", "clearance.col.fullName", false),
            new ImportView.KeyColumn("身份证号", "clearance.col.idNumber", true));

    private final ClearanceService clearance;
    private final ClearanceRoles roles;
    private final ClearanceAccess access;
    private final Messages messages;
    private final ClearancePages pages;
    private final Clock clock;

    ClearancePlansController(ClearanceService clearance, ClearanceRoles roles, ClearanceAccess access, ClearancePages pages,
                             Messages messages, Clock clock) {
        this.clearance = clearance;
        this.roles = roles;
        this.access = access;
        this.pages = pages;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String plans(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
        access.requireUse(staff);
        fillPlans(model, staff);
        return "clearance/plans";
    }

    @PostMapping("/plans")
    String create(@RequestParam(name = "name", required = false) String name,
                  @AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes flash) {
        access.requireManage(staff);
        try {
            PlanSummary plan = clearance.createPlan(name, staff);
            flash.addFlashAttribute("okMessage", messages.get("clearance.plans.created", plan.name()));
            return "redirect:" + BASE + "/plans/" + plan.id();
        } catch (UserFacingException e) {
            flash.addFlashAttribute("newPlanName", name);
            flash.addFlashAttribute("newPlanError", messages.get(e));
            return "redirect:" + BASE;
        }
    }

    @GetMapping("/plans/{planId}")
    String plan(@PathVariable long planId, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
        access.requireManage(staff);
        fillPlan(model, staff, planId);
        return "clearance/plan";
    }

    /** The plan page again, for the oversize-upload redirect. */
    @GetMapping("/plans/{planId}/students/import")
    String importPage(@PathVariable long planId, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
        return plan(planId, staff, model);
    }

    /** Imports the students, then redirects to the batch's result page (post/redirect/get). */
    @PostMapping("/plans/{planId}/students/import")
    String importStudents(@PathVariable long planId,
                          @RequestParam(name = "file", required = false) MultipartFile file,
                          @AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes flash) {
        access.requireManage(staff);
        Long batchId = ImportPage.handle(file, flash, messages, "clearance.result", "clearance.import.conflict",
                (name, bytes) -> clearance.importStudents(planId, name, bytes, staff));
        return "redirect:" + BASE + "/plans/" + planId
                + (batchId == null ? "#import" : "/students/imports/" + batchId + "#result");
    }

    /** The result of one student import (a GET: reloading does not import again). */
    @GetMapping("/plans/{planId}/students/imports/{batchId}")
    String importResult(@PathVariable long planId, @PathVariable long batchId,
                        @AuthenticationPrincipal StaffPrincipal staff, Model model) {
        access.requireManage(staff);
        ImportPage.show(model, clearance.studentImport(planId, batchId), "clearance.result",
                "clearance.result.imported");
        ImportView.keyColumns(model, STUDENT_KEYS);
        fillPlan(model, staff, planId);
        return "clearance/plan";
    }

    @GetMapping("/plans/{planId}/students/template")
    ResponseEntity<byte[]> studentTemplate(@PathVariable long planId, @AuthenticationPrincipal StaffPrincipal staff) {
        access.requireManage(staff);
        clearance.plan(planId);
        return DocumentDownloads.attachment(clearance.studentTemplate(), clearance.studentTemplateFileName(),
                FileKind.XLSX.mediaType());
    }

    /**
     * Launches the plan in the background (or resumes an interrupted launch), once the administrator ticked the
     * confirmation (a launch cannot be undone: every student gets a process instance); then back to the plan page,
     * which shows the progress.
     */
    @PostMapping("/plans/{planId}/launch")
    String launch(@PathVariable long planId, @RequestParam(name = "confirm", required = false) String confirm,
                  @AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes flash) {
        access.requireManage(staff);
        try {
            if (!"yes".equals(confirm)) {
                throw new UserFacingException("checkpoints.launch.confirmRequired");
            }
            LaunchProgress progress = clearance.launch(planId, staff);
            flash.addFlashAttribute("okMessage", progress.done()
                    ? messages.get("clearance.launch.done", progress.total())
                    : messages.get("clearance.launch.started"));
        } catch (UserFacingException e) {
            if (e instanceof NotFoundException) {
                throw e;
            }
            flash.addFlashAttribute("errorMessage", messages.get(e));
        }
        return "redirect:" + BASE + "/plans/" + planId;
    }

    /** The report of a student or result import: its importer and administrators (the document store decides). */
    @GetMapping("/imports/{batchId}/report")
    ResponseEntity<byte[]> report(@PathVariable long batchId, @AuthenticationPrincipal StaffPrincipal staff) {
        access.requireUse(staff);
        return DocumentDownloads.attachment(clearance.importReport(batchId, staff));
    }

    private void fillPlans(Model model, StaffPrincipal staff) {
        boolean admin = roles.mayManagePlans(staff);
        model.addAttribute("admin", admin);
        model.addAttribute("handoverAllowed", roles.mayHandOver(staff));
        model.addAttribute("plans", clearance.plans().stream()
                .map(plan -> PlanView.of(plan, null, messages.get(plan.status().messageKey()),
                        roles.checkpointsOf(staff, plan.id())))
                .toList());
    }

    private void fillPlan(Model model, StaffPrincipal staff, long planId) {
        PlanSummary summary = clearance.plan(planId);
        LaunchProgress progress = clearance.progress(planId);
        PlanView plan = PlanView.of(summary, progress, messages.get(progress.status().messageKey()),
                clearance.checkpoints(planId));
        model.addAttribute("plan", plan);
        model.addAttribute("checkpoints", plan.checkpoints());
        pages.navigation(model, staff, planId);
        model.addAttribute("maxRows", String.valueOf(ImportDefinition.DEFAULT_MAX_ROWS));
        ImportView.recent(model, clearance.recentStudentImports(planId, 10), IMPORT_REPORTS, staff, true,
                clock.getZone());
    }
}
