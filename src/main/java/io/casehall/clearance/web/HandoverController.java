package io.casehall.clearance.web;

import io.casehall.clearance.ClearanceService;
import io.casehall.clearance.PlanSummary;
import io.casehall.clearance.StudentFilter;
import io.casehall.clearance.StudentInfo;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import io.casehall.staff.StaffPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The final hand-over (证书发放): students who passed every checkpoint, and the department operator's
 * confirmation that diploma, degree certificate and graduation materials were handed over, which completes
 * the student's clearance. Department operators and administrators.
 */
@Controller
@RequestMapping("/staff/clearance/plans/{planId}/handover")
class HandoverController {

    private final ClearanceService clearance;
    private final ClearanceAccess access;
    private final ClearancePages pages;
    private final Messages messages;

    HandoverController(ClearanceService clearance, ClearanceAccess access, ClearancePages pages, Messages messages) {
        this.clearance = clearance;
        this.access = access;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping
    String page(@PathVariable long planId, @RequestParam Map<String, String> params,
                @AuthenticationPrincipal StaffPrincipal staff, Model model) {
        access.requireHandOver(staff);
        fill(model, staff, planId, ClearanceFilter.of(params), OnSiteController.pageNumber(params.get("page")));
        return "clearance/handover";
    }

    /**
     * Confirms one hand-over (it cannot be undone: the clearance is complete), only with the confirmation ticked;
     * then back to the list (post/redirect/get). A student of another department answers 404.
     */
    @PostMapping("/{studentId}")
    String handOver(@PathVariable long planId, @PathVariable long studentId, @RequestParam Map<String, String> params,
                    @AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes flash) {
        access.requireHandOver(staff);
        // The name for the message, as the server knows it: the student waiting with the posted student no.
        String studentNo = params.get("studentNo");
        StudentInfo student = studentNo == null || studentNo.isBlank() ? null
                : clearance.awaitingHandover(planId, new StudentFilter(null, studentNo.strip(), null, null, null, null,
                        null, null, null, null, null), 0, 5, staff).getContent().stream()
                .filter(s -> s.id() == studentId).findFirst().orElse(null);
        try {
            if (!"yes".equals(params.get("confirm"))) {
                throw new UserFacingException("checkpoints.handover.confirmRequired");
            }
            clearance.handOver(planId, studentId, staff);
            flash.addFlashAttribute("okMessage", student == null
                    ? messages.get("clearance.handover.doneAnonymous")
                    : messages.get("clearance.handover.done", student.fullName(), student.studentNo()));
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            flash.addFlashAttribute("errorMessage", messages.get(e));
        }
        return "redirect:/staff/clearance/plans/" + planId + "/handover";
    }

    private void fill(Model model, StaffPrincipal staff, long planId, ClearanceFilter filter, int page) {
        PlanSummary plan = clearance.plan(planId);
        model.addAttribute("plan", new ClearancePages.PlanRef(plan.id(), plan.name()));
        pages.navigation(model, staff, planId);
        model.addAttribute("filter", filter);
        Page<StudentInfo> students = clearance.awaitingHandover(planId, filter.toStudentFilter(), page,
                OnSiteController.PAGE_SIZE, staff);
        model.addAttribute("students", students);
        String base = "/staff/clearance/plans/" + planId + "/handover";
        model.addAttribute("baseUrl", base);
        model.addAttribute("pageUrl", filter.url(base, 0));
    }
}
