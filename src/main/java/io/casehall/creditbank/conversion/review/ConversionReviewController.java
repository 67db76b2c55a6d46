package io.casehall.creditbank.conversion.review;

import io.casehall.creditbank.web.ListPages;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.conversion.ConversionChannel;
import io.casehall.creditbank.conversion.review.ConversionReviews.Outcome;
import io.casehall.creditbank.conversion.review.ConversionReviews.Reviewable;
import io.casehall.creditbank.conversion.review.ConversionReviews.Verdict;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * 转换申请审核 (seed 004 §2.4.1): the tabs 个人申请 and 机构发起 of what waits for me, 审核 of ticked (or all listed)
 * personal applications, and a batch's 查看学员 page with 未审核 / 已审核 and 审核 of ticked (or all) learners.
 * Only for 学分转换审核 (creditConversionApproval); the security chain refuses everyone else.
 */
@Controller
@RequestMapping(ConversionReviewController.BASE)
class ConversionReviewController {

    static final String BASE = "/institution/conversion/reviews";
    static final String TAB_PERSONAL = "personal";
    static final String TAB_BATCH = "batch";

    private final ReviewQueries queries;
    private final BatchLearners learners;
    private final RuleTexts ruleTexts;
    private final ConversionReviews reviews;
    private final Messages messages;
    private final Clock clock;

    ConversionReviewController(ReviewQueries queries, BatchLearners learners, RuleTexts ruleTexts,
                               ConversionReviews reviews, Messages messages, Clock clock) {
        this.queries = queries;
        this.learners = learners;
        this.ruleTexts = ruleTexts;
        this.reviews = reviews;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(@AuthenticationPrincipal InstitutionPrincipal me,
                @RequestParam(required = false) String tab,
                @RequestParam(required = false) String year, @RequestParam(required = false) String ruleCode,
                @RequestParam(required = false) String learnerName, @RequestParam(required = false) String idNumber,
                @RequestParam(required = false) String initiator,
                @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        String current = TAB_BATCH.equals(tab) ? TAB_BATCH : TAB_PERSONAL;
        ReviewFilter filter = filter(current, year, ruleCode, learnerName, idNumber, initiator);
        model.addAttribute("tab", current);
        model.addAttribute("filter", filter);
        model.addAttribute("years", ListPages.years(clock));
        Map<ConversionChannel, Long> counts = queries.counts(me);
        model.addAttribute("personalCount", counts.get(ConversionChannel.PERSONAL));
        model.addAttribute("batchCount", counts.get(ConversionChannel.INSTITUTION));
        model.addAttribute("page", TAB_BATCH.equals(current)
                ? queries.batches(me, filter, page, counts.get(ConversionChannel.INSTITUTION))
                : queries.personal(me, filter, page, counts.get(ConversionChannel.PERSONAL)));
        model.addAttribute("baseUrl", ListPages.url(BASE, listParams(current, filter)));
        model.addAttribute("maxReason", io.casehall.creditbank.conversion.CreditConversionProcess.MAX_REASON);
        if (!model.containsAttribute("ticked")) {
            model.addAttribute("ticked", List.of());
        }
        return "creditbank/conversion/reviews";
    }

    @PostMapping("/decide")
    String decidePersonal(@AuthenticationPrincipal InstitutionPrincipal me,
                          @RequestParam(name = "ids", required = false) List<Long> ids,
                          @RequestParam(required = false) String decision,
                          @RequestParam(required = false) String reason,
                          @RequestParam(required = false) String confirmAll,
                          @RequestParam(required = false) String year, @RequestParam(required = false) String ruleCode,
                          @RequestParam(required = false) String learnerName,
                          @RequestParam(required = false) String idNumber, RedirectAttributes flash) {
        ReviewFilter filter = filter(TAB_PERSONAL, year, ruleCode, learnerName, idNumber, null);
        String back = "redirect:" + ListPages.url(BASE, listParams(TAB_PERSONAL, filter));
        try {
            Verdict verdict = ConversionReviews.verdict(decision, reason);
            if ((ids == null || ids.isEmpty()) && !"1".equals(confirmAll)) {
                askToConfirm(flash, queries.countAll(me, filter), "creditbank.conversion.reviews.confirmAll",
                        verdict, decision, reason);
                return back;
            }
            int decided = reviews.decidePersonal(me, ids, filter, verdict);
            flash.addFlashAttribute("okMessage", messages.get("creditbank.conversion.reviews.decided", decided));
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            keep(flash, e, ids, decision, reason);
        }
        return back;
    }

    @GetMapping("/{id}")
    String batch(@AuthenticationPrincipal InstitutionPrincipal me, @PathVariable("id") String id,
                 @RequestParam(required = false) String tab,
                 @RequestParam(required = false) String learnerName, @RequestParam(required = false) String idNumber,
                 @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        Reviewable r = reviews.reviewable(me, id(id), null);
        boolean decided = "decided".equals(tab);
        String step = r.task().getTaskDefinitionKey();
        String name = clean(learnerName);
        String number = clean(idNumber);
        // Not "application": Thymeleaf reserves ${application} for the servlet context.
        model.addAttribute("conversion", r.application());
        model.addAttribute("stepName", r.task().getName());
        model.addAttribute("rule", ruleTexts.of(List.of(r.application().getRuleId()))
                .get(r.application().getRuleId()));
        model.addAttribute("tab", decided ? "decided" : "undecided");
        model.addAttribute("learnerName", name == null ? "" : name);
        model.addAttribute("idNumber", number == null ? "" : number);
        model.addAttribute("undecidedCount", learners.learners(r.application().getId(), step, false, null, null, 0)
                .getTotalElements());
        model.addAttribute("decidedCount", learners.learners(r.application().getId(), step, true, null, null, 0)
                .getTotalElements());
        model.addAttribute("page", learners.learners(r.application().getId(), step, decided, name, number, page));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("tab", decided ? "decided" : null);
        params.put("learnerName", name);
        params.put("idNumber", number);
        model.addAttribute("baseUrl", ListPages.url(BASE + "/" + r.application().getId(), params));
        model.addAttribute("maxReason", io.casehall.creditbank.conversion.CreditConversionProcess.MAX_REASON);
        if (!model.containsAttribute("ticked")) {
            model.addAttribute("ticked", List.of());
        }
        return "creditbank/conversion/review-batch";
    }

    @PostMapping("/{id}/decide")
    String decideBatch(@AuthenticationPrincipal InstitutionPrincipal me, @PathVariable("id") String id,
                       @RequestParam(name = "ids", required = false) List<Long> ids,
                       @RequestParam(required = false) String decision, @RequestParam(required = false) String reason,
                       @RequestParam(required = false) String confirmAll,
                       @RequestParam(required = false) String learnerName,
                       @RequestParam(required = false) String idNumber, RedirectAttributes flash) {
        Long applicationId = id(id);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("learnerName", clean(learnerName));
        params.put("idNumber", clean(idNumber));
        String back = "redirect:" + ListPages.url(BASE + "/" + applicationId, params);
        Verdict verdict;
        try {
            verdict = ConversionReviews.verdict(decision, reason);
        } catch (UserFacingException e) {
            reviews.reviewable(me, applicationId, null);
            keep(flash, e, ids, decision, reason);
            return back;
        }
        if ((ids == null || ids.isEmpty()) && !"1".equals(confirmAll)) {
            askToConfirm(flash, reviews.undecided(me, applicationId), "creditbank.conversion.reviews.batch.confirmAll",
                    verdict, decision, reason);
            return back;
        }
        try {
            Outcome outcome = reviews.decideBatch(me, applicationId, ids, verdict);
            if (outcome.stepDone()) {
                flash.addFlashAttribute("okMessage", messages.get("creditbank.conversion.reviews.batchDone",
                        outcome.decided()));
                return "redirect:" + ListPages.url(BASE, Map.of("tab", TAB_BATCH));
            }
            flash.addFlashAttribute("okMessage", messages.get("creditbank.conversion.reviews.decided",
                    outcome.decided()));
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            keep(flash, e, ids, decision, reason);
        }
        return back;
    }

    /** Nothing ticked means all: say how many and what, and let the user submit once more to go ahead. */
    private void askToConfirm(RedirectAttributes flash, long count, String key, Verdict verdict, String decision,
                              String reason) {
        if (count == 0) {
            flash.addFlashAttribute("errorMessage", messages.get("creditbank.conversion.reviews.noneDecided"));
            return;
        }
        flash.addFlashAttribute("confirmMessage", messages.get(key, count, messages.get(
                "creditbank.conversion.reviews.result." + (verdict.passed() ? "PASSED" : "FAILED"))));
        flash.addFlashAttribute("confirmAll", true);
        flash.addFlashAttribute("decision", decision);
        flash.addFlashAttribute("reason", reason);
    }

    private void keep(RedirectAttributes flash, UserFacingException e, List<Long> ids, String decision,
                      String reason) {
        flash.addFlashAttribute("errorMessage", messages.get(e));
        flash.addFlashAttribute("ticked", ids == null ? List.of() : new ArrayList<>(ids));
        flash.addFlashAttribute("decision", decision);
        flash.addFlashAttribute("reason", reason);
    }

    static ReviewFilter filter(String tab, String year, String ruleCode, String learnerName, String idNumber,
                               String initiator) {
        return TAB_BATCH.equals(tab) ? new ReviewFilter(year, ruleCode, null, null, initiator)
                : new ReviewFilter(year, ruleCode, learnerName, idNumber, null);
    }

    static Map<String, Object> listParams(String tab, ReviewFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("tab", tab);
        params.putAll(filter.params());
        return params;
    }

    private static String clean(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        return t.length() > 64 ? t.substring(0, 64) : t;
    }

    private static Long id(String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException notAnId) {
            throw new NotFoundException();
        }
    }
}
