package io.casehall.creditbank.conversion.batch;

import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.conversion.ConversionApplications;
import io.casehall.creditbank.conversion.ConversionApplications.Outcome;
import io.casehall.creditbank.conversion.ConversionCandidates;
import io.casehall.creditbank.conversion.ConversionCandidates.Filter;
import io.casehall.creditbank.conversion.ConversionSummaries;
import io.casehall.creditbank.rule.ConversionRule;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 批量选择学员 → 申请转换 (seed 004 §2.3.2): a rule of another institution that uses one of mine as a source, my
 * learners holding it (filters 学员姓名 / 身份证号), 申请转换 for the ticked ones or — after the seed's confirmation
 * 根据列表中的查询条件，共选择学员N名 — for every one matching; the result (submitted, refused per reason) is shown on
 * 转换记录 · 机构发起.
 */
@Controller
@RequestMapping("/institution/conversion/rules/{ruleId:\\d+}/apply")
class ConversionBatchController {

    static final int PAGE_SIZE = 10;
    static final String RECORDS = "/institution/conversion/records?tab=initiated";
    private static final String REFUSED = "creditbank.conversion.refused.";
    private static final String BATCH_REFUSED = "creditbank.conversion.batch.refused.";

    private final ConversionApplications applications;
    private final ConversionCandidates candidates;
    private final ConversionSummaries summaries;
    private final Messages messages;

    ConversionBatchController(ConversionApplications applications, ConversionCandidates candidates,
                              ConversionSummaries summaries, Messages messages) {
        this.applications = applications;
        this.candidates = candidates;
        this.summaries = summaries;
        this.messages = messages;
    }

    @GetMapping
    String list(@PathVariable long ruleId, @RequestParam(required = false) String name,
                @RequestParam(required = false) String idNumber, @RequestParam(defaultValue = "0") int page,
                @AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        ConversionRule rule = applications.relatedRule(me, ruleId);
        Filter filter = new Filter(name, idNumber);
        model.addAttribute("rule", rule);
        model.addAttribute("summary", List.of(summaries.of(rule).split("\n")));
        model.addAttribute("name", name);
        model.addAttribute("idNumber", idNumber);
        model.addAttribute("page", candidates.page(rule, me.institutionId(), filter,
                PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        model.addAttribute("baseUrl", url(ruleId, "", name, idNumber));
        return "creditbank/conversion-batch";
    }

    /** 批量发起成果转换申请: none ticked — how many the filters choose, and 确定 / 取消. */
    @GetMapping("/confirm")
    String confirm(@PathVariable long ruleId, @RequestParam(required = false) String name,
                   @RequestParam(required = false) String idNumber, @AuthenticationPrincipal InstitutionPrincipal me,
                   Model model) {
        ConversionRule rule = applications.relatedRule(me, ruleId);
        model.addAttribute("rule", rule);
        model.addAttribute("name", name);
        model.addAttribute("idNumber", idNumber);
        model.addAttribute("count", candidates.all(rule, me.institutionId(), new Filter(name, idNumber)).size());
        model.addAttribute("backUrl", url(ruleId, "", name, idNumber));
        return "creditbank/conversion-batch-confirm";
    }

    @PostMapping
    String apply(@PathVariable long ruleId, @RequestParam(name = "ids", required = false) List<Long> ids,
                 @RequestParam(required = false) String name, @RequestParam(required = false) String idNumber,
                 @RequestParam(required = false) String all, @AuthenticationPrincipal InstitutionPrincipal me,
                 RedirectAttributes flash) {
        boolean ticked = ids != null && !ids.isEmpty();
        if (!ticked && all == null) {
            applications.relatedRule(me, ruleId);
            return "redirect:" + url(ruleId, "/confirm", name, idNumber);
        }
        Outcome outcome;
        try {
            outcome = applications.applyForBatch(me, ruleId, ticked ? ids : List.of(), new Filter(name, idNumber));
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            flash.addFlashAttribute("errorMessage", messages.get(e));
            return "redirect:" + url(ruleId, "", name, idNumber);
        }
        ArrayList<String> refusals = refusals(outcome.refused());
        if (outcome.accepted() == 0) {
            flash.addFlashAttribute("errorMessage", messages.get("creditbank.conversion.batch.noneAccepted"));
            flash.addFlashAttribute("refusals", refusals);
            return "redirect:" + url(ruleId, "", name, idNumber);
        }
        flash.addFlashAttribute("okMessage", messages.get("creditbank.conversion.batch.submitted",
                outcome.accepted()));
        flash.addFlashAttribute("refusals", refusals);
        return "redirect:" + RECORDS;
    }

    /** One line per refusal reason: how many learners, and why (the batch's wording where the bundle has one). */
    private ArrayList<String> refusals(Map<String, Integer> refused) {
        ArrayList<String> lines = new ArrayList<>();
        refused.forEach((key, count) -> lines.add(messages.get("creditbank.conversion.batch.refusedCount", count,
                reason(key))));
        return lines;
    }

    private String reason(String key) {
        if (key.startsWith(REFUSED)) {
            String batchKey = BATCH_REFUSED + key.substring(REFUSED.length());
            String text = messages.get(batchKey);
            if (!text.equals(batchKey)) {
                return text;
            }
        }
        return messages.get(key);
    }

    private static String url(long ruleId, String tail, String name, String idNumber) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/institution/conversion/rules/" + ruleId + "/apply"
                + tail);
        if (name != null && !name.isBlank()) {
            b.queryParam("name", name.strip());
        }
        if (idNumber != null && !idNumber.isBlank()) {
            b.queryParam("idNumber", idNumber.strip());
        }
        return b.encode().build().toUriString();
    }
}
