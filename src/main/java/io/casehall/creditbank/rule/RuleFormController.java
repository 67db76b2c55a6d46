package io.casehall.creditbank.rule;

import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.commitment.PublishingCommitments;
import io.casehall.shared.document.StoredDocument;
import io.casehall.shared.web.FormRedirect;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 转换规则制定 and 修改 (seed 004 §2.3.2): one form — the source search with 添加, the chosen sources with their
 * credits, the targets, 转换说明, the stamped PDF, the commitment; 保存 or 发布. Everything typed comes back with each
 * message; the rule is the signed-in user's institution's.
 */
@Controller
@RequestMapping(ConversionRuleController.BASE)
class RuleFormController {

    private static final String BASE = ConversionRuleController.BASE;

    private final ConversionRules rules;
    private final RuleLists lists;
    private final PublishingCommitments commitments;
    private final Messages messages;

    RuleFormController(ConversionRules rules, RuleLists lists, PublishingCommitments commitments, Messages messages) {
        this.rules = rules;
        this.lists = lists;
        this.commitments = commitments;
        this.messages = messages;
    }

    // ---- 转换规则制定 ----

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        String commitment = commitments.redirectIfNotAccepted(me, BASE + "/new");
        if (commitment != null) {
            return commitment;
        }
        RuleForm form = FormRedirect.sentBack(model, "form", RuleForm.class);
        if (form == null) {
            form = new RuleForm();
            model.addAttribute("form", form);
        }
        fillForm(me, model, form, null);
        return "creditbank/rule-form";
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") RuleForm form, BindingResult ignored,
                  @RequestParam(required = false) MultipartFile file,
                  @RequestParam(defaultValue = "save") String action,
                  @AuthenticationPrincipal InstitutionPrincipal me, RedirectAttributes flash) {
        String commitment = commitments.redirectIfNotAccepted(me, BASE + "/new");
        if (commitment != null) {
            return commitment;
        }
        return submit(me, null, form, file, action, flash);
    }

    // ---- 修改 ----

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal InstitutionPrincipal me, Model model,
                    RedirectAttributes flash) {
        ConversionRule rule = rules.own(me, id);
        if (!rules.changeable(rule)) {
            flash.addFlashAttribute("errorMessage", refusalOf(messages, rule));
            return "redirect:" + BASE + "/" + id;
        }
        RuleForm form = FormRedirect.sentBack(model, "form", RuleForm.class);
        if (form == null) {
            form = RuleForm.of(rule);
            model.addAttribute("form", form);
        }
        fillForm(me, model, form, rule);
        return "creditbank/rule-form";
    }

    @PostMapping("/{id:\\d+}/edit")
    String update(@PathVariable long id, @ModelAttribute("form") RuleForm form, BindingResult ignored,
                  @RequestParam(required = false) MultipartFile file,
                  @RequestParam(defaultValue = "save") String action,
                  @AuthenticationPrincipal InstitutionPrincipal me, RedirectAttributes flash) {
        ConversionRule rule = rules.own(me, id);
        if (!rules.changeable(rule)) {
            flash.addFlashAttribute("errorMessage", refusalOf(messages, rule));
            return "redirect:" + BASE + "/" + id;
        }
        return submit(me, id, form, file, action, flash);
    }

    // ---- the form ----

    /**
     * One POST of the form: an accepted file is stored at once (its id then travels in the form); 添加 / 删除 of a
     * source and 搜索 come back to the form with everything typed; 保存 / 发布 store the rule or come back with the
     * message.
     */
    private String submit(InstitutionPrincipal me, Long id, RuleForm form, MultipartFile file, String action,
                          RedirectAttributes flash) {
        String formUrl = id == null ? BASE + "/new" : BASE + "/" + id + "/edit";
        BindingResult binding = new BeanPropertyBindingResult(form, "form");
        form.setSources(new ArrayList<>(form.chosenSources()));
        if (form.getDocumentId() != null) {
            String name = rules.ownFileName(me, form.getDocumentId());
            form.setFileName(name);
            if (name == null) {
                form.setDocumentId(null);
            }
        }
        if (file != null && !file.isEmpty()) {
            try {
                StoredDocument document = rules.storeFile(me, file.getOriginalFilename(), file.getBytes());
                form.setDocumentId(document.getId());
                form.setFileName(document.getOriginalName());
            } catch (UserFacingException e) {
                flash.addFlashAttribute("errorMessage", FormRedirect.chooseFileAgain(messages, messages.get(e)));
                return FormRedirect.back(flash, formUrl, "form", form, binding);
            } catch (IOException e) {
                flash.addFlashAttribute("errorMessage",
                        FormRedirect.chooseFileAgain(messages, messages.get("creditbank.rule.error.fileUnreadable")));
                return FormRedirect.back(flash, formUrl, "form", form, binding);
            }
        }
        if (action.startsWith("add:")) {
            Long achievementId = number(action.substring(4));
            if (achievementId != null && form.getSources().stream()
                    .noneMatch(s -> achievementId.equals(s.getAchievementId()))) {
                if (form.getSources().size() >= ConversionRules.MAX_SOURCES) {
                    flash.addFlashAttribute("errorMessage",
                            messages.get("creditbank.rule.error.tooManySources", ConversionRules.MAX_SOURCES));
                } else {
                    form.getSources().add(new RuleForm.SourceLine(achievementId, ""));
                }
            }
            return FormRedirect.back(flash, formUrl + "#sources", "form", form, binding);
        }
        if (action.startsWith("remove:")) {
            Long index = number(action.substring(7));
            if (index != null && index >= 0 && index < form.getSources().size()) {
                form.getSources().remove(index.intValue());
            }
            return FormRedirect.back(flash, formUrl + "#sources", "form", form, binding);
        }
        if (!"save".equals(action) && !"publish".equals(action)) {
            return FormRedirect.back(flash, formUrl + "#search", "form", form, binding);
        }
        boolean publish = "publish".equals(action);
        try {
            ConversionRules.Content content = ConversionRules.Content.of(form);
            ConversionRule rule = id == null ? rules.create(me, content, form.getDocumentId(), publish)
                    : rules.update(me, id, content, form.getDocumentId(), publish);
            flash.addFlashAttribute("okMessage", messages.get(publish ? "creditbank.rule.published"
                    : "creditbank.rule.saved", rule.getCode()));
            return "redirect:" + BASE + "/" + rule.getId();
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            flash.addFlashAttribute("errorMessage", messages.get(e));
            return FormRedirect.back(flash, formUrl, "form", form, binding);
        }
    }

    private void fillForm(InstitutionPrincipal me, Model model, RuleForm form, ConversionRule rule) {
        Map<Long, RuleViews.Cell> cells = lists.cellsOf(form.chosenSources().stream()
                .map(RuleForm.SourceLine::getAchievementId).toList());
        List<ChosenSource> chosen = new ArrayList<>();
        for (int i = 0; i < form.getSources().size(); i++) {
            RuleForm.SourceLine line = form.getSources().get(i);
            if (line != null && line.getAchievementId() != null) {
                chosen.add(new ChosenSource(i, line.getAchievementId(), line.getCredits(),
                        cells.get(line.getAchievementId())));
            }
        }
        model.addAttribute("rule", rule);
        model.addAttribute("action", rule == null ? BASE + "/new" : BASE + "/" + rule.getId() + "/edit");
        model.addAttribute("types", ConversionRuleType.values());
        model.addAttribute("chosen", chosen);
        model.addAttribute("found", lists.searchSources(form.getType(), form.getSearchName(),
                form.getSearchInstitution()));
        model.addAttribute("searched", form.getSearchName() != null && !form.getSearchName().isBlank()
                || form.getSearchInstitution() != null && !form.getSearchInstitution().isBlank());
        model.addAttribute("majors", lists.ownTargets(me, false));
        model.addAttribute("courses", lists.ownTargets(me, true));
        model.addAttribute("hasMethod", rules.hasPublishedMethod(me));
        model.addAttribute("maxDescription", ConversionRules.MAX_DESCRIPTION);
    }

    /** A chosen source row of the form: its index, the achievement (null when it no longer exists), the credits. */
    record ChosenSource(int index, Long achievementId, String credits, RuleViews.Cell achievement) {
    }

    /** Why the rule cannot be changed now: it is published, or applications under it are pending. */
    static String refusalOf(Messages messages, ConversionRule rule) {
        return rule.isEditable() ? messages.get("creditbank.rule.error.pendingApplications", rule.getCode())
                : messages.get("creditbank.rule.error.published", rule.getCode());
    }

    private static Long number(String text) {
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
