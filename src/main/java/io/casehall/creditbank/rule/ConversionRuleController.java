package io.casehall.creditbank.rule;

import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.shared.document.DocumentDownloads;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 转换规则管理 (seed 004 §2.3.2): the tabs 我发布的转换规则 | 与我相关的转换规则 with their filters; 查看 and the stamped
 * PDF; 删除 and 撤回发布 after a confirmation; 发布 of a saved rule. The form (制定, 修改) is {@link RuleFormController}'s.
 * Everything is scoped to the signed-in user's institution.
 */
@Controller
@RequestMapping(ConversionRuleController.BASE)
class ConversionRuleController {

    static final String BASE = "/institution/rules";

    private final ConversionRules rules;
    private final RuleLists lists;
    private final Messages messages;

    ConversionRuleController(ConversionRules rules, RuleLists lists, Messages messages) {
        this.rules = rules;
        this.lists = lists;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "mine") String tab, @RequestParam(required = false) String code,
                @RequestParam(required = false) String type, @RequestParam(required = false) String source,
                @RequestParam(required = false) String target, @RequestParam(required = false) String institution,
                @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
                @AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        boolean related = "related".equals(tab);
        RuleFilter filter = RuleFilter.of(code, type, source, target, institution, status);
        Page<RuleViews.Row> rows = lists.list(me.institutionId(),
                related ? RuleLists.Scope.RELATED : RuleLists.Scope.MINE, filter, page);
        Map<Long, Boolean> changeable = new HashMap<>();
        if (!related) {
            rows.forEach(row -> changeable.put(row.rule().getId(), rules.changeable(row.rule())));
        }
        model.addAttribute("tab", related ? "related" : "mine");
        model.addAttribute("filter", filter);
        model.addAttribute("rows", rows);
        model.addAttribute("changeable", changeable);
        model.addAttribute("types", ConversionRuleType.values());
        model.addAttribute("statuses", RuleStatus.values());
        model.addAttribute("baseUrl", filter.addTo(UriComponentsBuilder.fromPath(BASE).queryParam("tab",
                related ? "related" : "mine")).build().toUriString());
        return "creditbank/rules";
    }

    // ---- 查看, file ----

    @GetMapping("/{id:\\d+}")
    String view(@PathVariable long id, @AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        RuleViews.Row row = lists.viewable(me, id);
        boolean own = row.rule().getInstitutionId().equals(me.institutionId());
        model.addAttribute("row", row);
        model.addAttribute("own", own);
        model.addAttribute("changeable", own && rules.changeable(row.rule()));
        model.addAttribute("fileUrl", BASE + "/" + id + "/file");
        return "creditbank/rule";
    }

    @GetMapping("/{id:\\d+}/file")
    ResponseEntity<byte[]> file(@PathVariable long id, @AuthenticationPrincipal InstitutionPrincipal me) {
        return DocumentDownloads.attachment(lists.file(me, id));
    }

    // ---- 发布, 撤回发布, 删除 ----

    @PostMapping("/{id:\\d+}/publish")
    String publish(@PathVariable long id, @AuthenticationPrincipal InstitutionPrincipal me,
                   RedirectAttributes flash) {
        return changeStatus(id, flash, () -> rules.publish(me, id), "creditbank.rule.published");
    }

    @GetMapping("/{id:\\d+}/withdraw")
    String confirmWithdraw(@PathVariable long id, @AuthenticationPrincipal InstitutionPrincipal me, Model model,
                           RedirectAttributes flash) {
        ConversionRule rule = rules.own(me, id);
        if (!rule.isPublished()) {
            flash.addFlashAttribute("errorMessage", messages.get("creditbank.rule.error.notPublished", rule.getCode()));
            return "redirect:" + BASE + "/" + id;
        }
        model.addAttribute("rule", rule);
        model.addAttribute("what", "withdraw");
        return "creditbank/rule-confirm";
    }

    @PostMapping("/{id:\\d+}/withdraw")
    String withdraw(@PathVariable long id, @AuthenticationPrincipal InstitutionPrincipal me,
                    RedirectAttributes flash) {
        return changeStatus(id, flash, () -> rules.withdraw(me, id), "creditbank.rule.withdrawn");
    }

    @GetMapping("/{id:\\d+}/delete")
    String confirmDelete(@PathVariable long id, @AuthenticationPrincipal InstitutionPrincipal me, Model model,
                         RedirectAttributes flash) {
        ConversionRule rule = rules.own(me, id);
        if (!rules.changeable(rule)) {
            flash.addFlashAttribute("errorMessage", RuleFormController.refusalOf(messages, rule));
            return "redirect:" + BASE + "/" + id;
        }
        model.addAttribute("rule", rule);
        model.addAttribute("what", "delete");
        return "creditbank/rule-confirm";
    }

    @PostMapping("/{id:\\d+}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal InstitutionPrincipal me,
                  RedirectAttributes flash) {
        try {
            String code = rules.delete(me, id);
            flash.addFlashAttribute("okMessage", messages.get("creditbank.rule.deleted", code));
            return "redirect:" + BASE;
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            flash.addFlashAttribute("errorMessage", messages.get(e));
            return "redirect:" + BASE + "/" + id;
        }
    }

    /** 发布 / 撤回发布: the change's message, or the refusal, on the rule's page. */
    private String changeStatus(long id, RedirectAttributes flash, Supplier<ConversionRule> change, String okKey) {
        try {
            ConversionRule rule = change.get();
            flash.addFlashAttribute("okMessage", messages.get(okKey, rule.getCode()));
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            flash.addFlashAttribute("errorMessage", messages.get(e));
        }
        return "redirect:" + BASE + "/" + id;
    }
}
