package io.casehall.qualification.review;

import io.casehall.qualification.QualificationCampaign;
import io.casehall.qualification.QualificationGraduate;
import io.casehall.qualification.QualificationService;
import io.casehall.shared.reference.EthnicGroups;
import io.casehall.shared.reference.PoliticalStatuses;
import io.casehall.shared.web.FormProblem;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.UserFacingException;
import io.casehall.staff.StaffPrincipal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 生源增减: a college's page of its additions and removals with the two request forms (post/redirect/get; a refused
 * form comes back as typed with its messages), and the page of one roster change that the office's Tasklist form
 * links to.
 */
@Controller
class RosterChangeController {

    private final QualificationService qualification;
    private final RosterChanges changes;
    private final RosterChangeWork work;
    private final CollegeScope scope;
    private final EthnicGroups ethnicGroups;
    private final PoliticalStatuses politicalStatuses;
    private final Messages messages;

    RosterChangeController(QualificationService qualification, RosterChanges changes, RosterChangeWork work,
                           CollegeScope scope, EthnicGroups ethnicGroups, PoliticalStatuses politicalStatuses,
                           Messages messages) {
        this.qualification = qualification;
        this.changes = changes;
        this.work = work;
        this.scope = scope;
        this.ethnicGroups = ethnicGroups;
        this.politicalStatuses = politicalStatuses;
        this.messages = messages;
    }

    @GetMapping("/staff/qualification/campaigns/{id}/college/roster")
    String roster(@PathVariable long id, @RequestParam String college, @AuthenticationPrincipal StaffPrincipal staff,
                  Model model) {
        QualificationCampaign campaign = qualification.requireCampaign(id);
        scope.requireView(staff, college);
        model.addAttribute("campaign", campaign);
        model.addAttribute("college", college);
        model.addAttribute("changes", changes.ofCollege(id, college));
        model.addAttribute("mayRequest", changes.mayRequest(campaign) && CollegeScope.reviews(staff, college));
        if (!model.containsAttribute("addForm")) {
            model.addAttribute("addForm", new RosterAdditionForm());
        }
        for (String name : List.of("addErrors", "removeErrors")) {
            if (!model.containsAttribute(name)) {
                model.addAttribute(name, new LinkedHashMap<String, String>());
            }
        }
        if (!model.containsAttribute("removeStudentNo")) {
            model.addAttribute("removeStudentNo", "");
            model.addAttribute("removeReason", "");
        }
        model.addAttribute("ethnicities", ethnicGroups.all());
        model.addAttribute("politicalStatuses", politicalStatuses.all());
        return "qualification/review/roster";
    }

    @PostMapping("/staff/qualification/campaigns/{id}/college/roster/add")
    String add(@PathVariable long id, @RequestParam String college, @ModelAttribute RosterAdditionForm form,
               @AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
        String back = rosterUrl(id, college);
        try {
            changes.requestAddition(id, college, form, staff);
        } catch (RosterFormException e) {
            redirect.addFlashAttribute("addForm", form);
            redirect.addFlashAttribute("addErrors", errors(e.problems()));
            redirect.addFlashAttribute("errorMessage", messages.get("qualification.roster.form.problems"));
            return "redirect:" + back + "#add";
        } catch (UserFacingException e) {
            redirect.addFlashAttribute("addForm", form);
            redirect.addFlashAttribute("errorMessage", messages.get(e));
            return "redirect:" + back;
        }
        redirect.addFlashAttribute("okMessage", messages.get("qualification.roster.requested.ADD"));
        return "redirect:" + back;
    }

    @PostMapping("/staff/qualification/campaigns/{id}/college/roster/remove")
    String remove(@PathVariable long id, @RequestParam String college,
                  @RequestParam(required = false) String studentNo, @RequestParam(required = false) String reason,
                  @AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
        String back = rosterUrl(id, college);
        scope.requireReview(staff, college);
        String number = RosterAdditionCheck.text(studentNo);
        Optional<QualificationGraduate> graduate = number == null ? Optional.empty()
                : qualification.graduate(id, number).filter(g -> g.getCollege().equals(college));
        try {
            if (graduate.isEmpty()) {
                throw new RosterFormException(List.of(new FormProblem("studentNo",
                        "qualification.roster.form.notInCollege", number == null ? "" : number)));
            }
            changes.requestRemoval(id, college, graduate.get().getId(), reason, staff);
        } catch (RosterFormException e) {
            return removalRefused(redirect, back, studentNo, reason, errors(e.problems()),
                    messages.get("qualification.roster.form.problems"));
        } catch (UserFacingException e) {
            return removalRefused(redirect, back, studentNo, reason, new LinkedHashMap<>(), messages.get(e));
        }
        redirect.addFlashAttribute("okMessage", messages.get("qualification.roster.requested.REMOVE"));
        return "redirect:" + back;
    }

    @GetMapping("/staff/qualification/roster/{id}")
    String change(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
        RosterChange change = changes.get(id, staff);
        model.addAttribute("c", change);
        model.addAttribute("campaign", qualification.requireCampaign(change.getCampaignId()));
        model.addAttribute("details", work.details(change.getGraduate()));
        return "qualification/review/roster-change";
    }

    private static String removalRefused(RedirectAttributes redirect, String back, String studentNo, String reason,
                                         LinkedHashMap<String, String> errors, String message) {
        redirect.addFlashAttribute("removeStudentNo", studentNo == null ? "" : studentNo);
        redirect.addFlashAttribute("removeReason", reason == null ? "" : reason);
        redirect.addFlashAttribute("removeErrors", errors);
        redirect.addFlashAttribute("errorMessage", message);
        return "redirect:" + back + "#remove";
    }

    private LinkedHashMap<String, String> errors(List<FormProblem> problems) {
        LinkedHashMap<String, String> errors = new LinkedHashMap<>();
        for (FormProblem problem : problems) {
            errors.putIfAbsent(problem.field(), messages.get(problem.messageKey(), problem.args()));
        }
        return errors;
    }

    static String rosterUrl(long campaignId, String college) {
        return UriComponentsBuilder.fromPath("/staff/qualification/campaigns/{id}/college/roster")
                .queryParam("college", college).buildAndExpand(campaignId).encode().toUriString();
    }
}
