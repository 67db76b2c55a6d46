package io.casehall.clearance.web;

import io.casehall.account.AccountService;
import io.casehall.account.ApplicantAccount;
import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.RealNameStatus;
import io.casehall.clearance.ClearanceService;
import io.casehall.clearance.StudentProgress;
import io.casehall.shared.web.Messages;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The student's own clearance in the portal: each applicable checkpoint's state and remark, found by the ID
 * number of the applicant's verified real name, so nobody sees another student's record. Not verified, or in
 * no launched plan: a message saying what to do.
 */
@Controller
class ClearancePortalController {

    private final AccountService accounts;
    private final ClearanceService clearance;
    private final ClearancePages pages;
    private final Messages messages;

    ClearancePortalController(AccountService accounts, ClearanceService clearance, ClearancePages pages,
                              Messages messages) {
        this.accounts = accounts;
        this.clearance = clearance;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping("/clearance")
    String progress(@AuthenticationPrincipal ApplicantPrincipal applicant, Model model) {
        ApplicantAccount account = accounts.get(applicant.applicantId());
        boolean verified = account.getRealNameStatus() == RealNameStatus.VERIFIED;
        List<ProgressView> progress = verified && account.getVerifiedIdNumber() != null
                ? clearance.progressByIdNumber(account.getVerifiedIdNumber()).stream().map(this::view).toList()
                : List.of();
        model.addAttribute("notVerified", !verified);
        model.addAttribute("notInPlan", verified && progress.isEmpty());
        model.addAttribute("progress", progress);
        return "clearance/portal";
    }

    private ProgressView view(StudentProgress p) {
        List<StepView> steps = p.steps().stream()
                .map(s -> new StepView(s.name(), s.state().name(), messages.get(s.state().messageKey()),
                        s.remark(), pages.time(s.decidedAt())))
                .toList();
        return new ProgressView(p.planId(), p.planName(), p.fullName(), p.studentNo(), nullToEmpty(p.department()),
                nullToEmpty(p.major()), p.stage().name(), messages.get("clearance.portal.overall." + p.stage().name()),
                steps);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** One plan's progress as the student sees it (the page's anchor plan-{planId} is what 我的办件 links to). */
    record ProgressView(long planId, String planName, String fullName, String studentNo, String department, String major,
                        String overallCss, String overallLabel, List<StepView> steps) {
    }

    /** One checkpoint: name, state (CSS class and label), remark and decision time. */
    record StepView(String name, String state, String stateLabel, String remark, String time) {
    }
}
