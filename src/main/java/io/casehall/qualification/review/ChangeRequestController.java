package io.casehall.qualification.review;

import io.casehall.qualification.ChangeRequest;
import io.casehall.qualification.QualificationCampaign;
import io.casehall.qualification.portal.ChangeDecisions;
import io.casehall.shared.document.DocumentDownloads;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.UserFacingException;
import io.casehall.staff.StaffPrincipal;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.http.ResponseEntity;
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
 * One change request for its college (the page Tasklist's approval form links to): the graduate, the changes (old →
 * new), the proofs, the decision with a reason — while the college window is open; afterwards the page says that no
 * decision is possible any more. A decision completes the request's approval task as the reviewer, so the model
 * applies it exactly as a decision made in Tasklist.
 */
@Controller
@RequestMapping("/staff/qualification/requests")
class ChangeRequestController {

    static final String APPROVE = "approve";
    static final String REJECT = "reject";

    private final CollegeConsole console;
    private final CollegeScope scope;
    private final ChangeDecisions decisions;
    private final Messages messages;

    ChangeRequestController(CollegeConsole console, CollegeScope scope, ChangeDecisions decisions, Messages messages) {
        this.console = console;
        this.scope = scope;
        this.decisions = decisions;
        this.messages = messages;
    }

    @GetMapping("/{id}")
    String request(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
        ChangeRequest request = console.request(id, staff);
        QualificationCampaign campaign = console.campaign(request.getCampaignId());
        model.addAttribute("r", request);
        model.addAttribute("campaign", campaign);
        model.addAttribute("g", console.graduate(request.getCampaignId(), request.getGraduateId(), staff));
        boolean windowOpen = console.collegeWindowOpen(campaign);
        model.addAttribute("windowOpen", windowOpen);
        model.addAttribute("windowNotYet", console.collegeWindowNotYet(campaign));
        model.addAttribute("mayDecide", request.isPending() && windowOpen && CollegeScope.reviews(staff, request.getCollege()));
        if (!model.containsAttribute("reason")) {
            model.addAttribute("reason", "");
        }
        return "qualification/review/request";
    }

    @PostMapping("/{id}/decision")
    String decide(@PathVariable long id, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String reason, @AuthenticationPrincipal StaffPrincipal staff,
                  RedirectAttributes redirect) {
        ChangeRequest request = console.request(id, staff);
        scope.requireReview(staff, request.getCollege());
        String url = "redirect:/staff/qualification/requests/" + id;
        if (!APPROVE.equals(decision) && !REJECT.equals(decision)) {
            return refused(redirect, url, reason, messages.get("qualification.decision.required"));
        }
        try {
            decisions.decide(id, APPROVE.equals(decision), reason, staff);
        } catch (UserFacingException e) {
            return refused(redirect, url, reason, messages.get(e));
        } catch (BadUserRequestException e) {
            // the approval form's own check (the model's listener) refused it: its message is for people
            return refused(redirect, url, reason, e.getMessage());
        }
        redirect.addFlashAttribute("okMessage", messages.get(APPROVE.equals(decision)
                ? "qualification.review.approved" : "qualification.review.rejected"));
        return url;
    }

    /** Proof 1 or 2, while the request waits for the college (audited). */
    @GetMapping("/{id}/proofs/{which}")
    ResponseEntity<byte[]> proof(@PathVariable long id, @PathVariable int which,
                                 @AuthenticationPrincipal StaffPrincipal staff) {
        return DocumentDownloads.attachment(console.proof(id, which, staff));
    }

    /** Back to the request with the message and the reason as typed. */
    private static String refused(RedirectAttributes redirect, String url, String reason, String message) {
        redirect.addFlashAttribute("errorMessage", message);
        redirect.addFlashAttribute("reason", reason == null ? "" : reason);
        return url;
    }
}
