package io.casehall.creditbank.conversion.portal;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.creditbank.conversion.ConversionApplications;
import io.casehall.creditbank.conversion.ConversionItem;
import io.casehall.creditbank.conversion.ConversionItemRepository;
import io.casehall.creditbank.conversion.records.ConversionHistory;
import io.casehall.creditbank.conversion.records.ConversionTargets;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The learner's side in the portal: 申请转换 from a published rule's page (refusals are the eligibility table's reasons,
 * shown back on that page), 我的学分转换 (every conversion of the signed-in person, newest first) and one conversion's
 * 审核记录 — never anyone else's.
 */
@Controller
class PortalConversionController {

    private final ConversionApplications applications;
    private final ConversionItemRepository items;
    private final ConversionTargets targets;
    private final ConversionHistory history;
    private final Messages messages;

    PortalConversionController(ConversionApplications applications, ConversionItemRepository items,
                               ConversionTargets targets, ConversionHistory history, Messages messages) {
        this.applications = applications;
        this.items = items;
        this.targets = targets;
        this.history = history;
        this.messages = messages;
    }

    @PostMapping("/creditbank/rules/{id:\\d+}/apply")
    String apply(@PathVariable long id, @AuthenticationPrincipal ApplicantPrincipal me, RedirectAttributes flash) {
        try {
            applications.applyAsLearner(me, id);
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            flash.addFlashAttribute("errorMessage", messages.get(e));
            return "redirect:/creditbank/rules/" + id;
        }
        flash.addFlashAttribute("okMessage", messages.get("creditbank.conversion.portal.applied"));
        return "redirect:/conversions";
    }

    @GetMapping("/conversions")
    String mine(@AuthenticationPrincipal ApplicantPrincipal me, Model model) {
        List<ConversionItem> mine = items.findByApplicantIdOrderByIdDesc(me.applicantId());
        model.addAttribute("items", mine);
        model.addAttribute("targets", targets.of(mine.stream().map(ConversionItem::getRuleId).toList()));
        Map<Long, String> names = targets.institutionNames(mine.stream()
                .map(ConversionItem::getTargetInstitutionId).toList());
        model.addAttribute("institutions", names);
        return "creditbank/portal-conversions";
    }

    @GetMapping("/conversions/{itemId:\\d+}")
    String one(@PathVariable long itemId, @AuthenticationPrincipal ApplicantPrincipal me, Model model) {
        ConversionItem item = items.findByIdAndApplicantId(itemId, me.applicantId())
                .orElseThrow(NotFoundException::new);
        model.addAttribute("view", history.of(item));
        return "creditbank/portal-conversion";
    }
}
