package io.casehall.creditbank.rule;

import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.commitment.PublishingCommitments;
import io.casehall.shared.document.DocumentDownloads;
import io.casehall.shared.document.StoredDocument;
import io.casehall.shared.web.FormRedirect;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 转换规则管理 (seed 004 §2.3.2): the tabs 我发布的转换规则 | 与我相关的转换规则 with their filters; 转换规则制定 and 修改
 * (one form: the source search with 添加, the chosen sources with their credits, the targets, 转换说明, the stamped
 * PDF, the commitment; 保存 or 发布); 查看; 删除 and 撤回发布 after a confirmation; 发布 of a saved rule. Everything is
 * scoped to the signed-in user's institution.
 */
@Controller
@RequestMapping(ConversionRuleController.BASE)
class ConversionRuleController {

    static final String BASE = "/institution/rules";

    private final ConversionRules rules;
    private final PublishingCommitments commitments;
    private final Messages messages;

    ConversionRuleController(ConversionRules rules, PublishingCommitments commitments, Messages messages) {
        this.rules = rules;
        this.commitments = commitments;
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
        Page<RuleViews.Row> rows = rules.list(me.institutionId(),
                related ? ConversionRules.Scope.RELATED : ConversionRules.Scope.MINE, filter, page);
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

    // ---- 查看, file ----

    @GetMapping("/{id:\\d+}")
    String view(@PathVariable long id, @AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        RuleViews.Row row = rules.viewable(me, id);
        boolean own = row.rule().getInstitutionId().equals(me.institutionId());
        model.addAttribute("row", row);
        model.addAttribute("own", own);
        model.addAttribute("changeable", own && rules.changeable(row.rule()));
        model.addAttribute("fileUrl", BASE + "/" + id + "/file");
        return "creditbank/rule";
    }

    @GetMapping("/{id:\\d+}/file")
    ResponseEntity<byte[]> file(@PathVariable long id, @AuthenticationPrincipal InstitutionPrincipal me) {
        return DocumentDownloads.attachment(rules.file(me, id));
    }

    // ---- 修改 ----

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal InstitutionPrincipal me, Model model,
                    RedirectAttributes flash) {
        ConversionRule rule = rules.own(me, id);
        if (!rules.changeable(rule)) {
            flash.addFlashAttribute("errorMessage", messages.get(refusalOf(rule)));
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
            flash.addFlashAttribute("errorMessage", messages.get(refusalOf(rule)));
            return "redirect:" + BASE + "/" + id;
        }
        return submit(me, id, form, file, action, flash);
    }

    // ---- 发布, 撤回发布, 删除 ----

    @PostMapping("/{id:\\d+}/publish")
    String publish(@PathVariable long id, @AuthenticationPrincipal InstitutionPrincipal me,
                   RedirectAttributes flash) {
        try {
            ConversionRule rule = rules.publish(me, id);
            flash.addFlashAttribute("okMessage", messages.get("creditbank.rule.published", rule.getCode()));
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            flash.addFlashAttribute("errorMessage", messages.get(e));
        }
        return "redirect:" + BASE + "/" + id;
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
        try {
            ConversionRule rule = rules.withdraw(me, id);
            flash.addFlashAttribute("okMessage", messages.get("creditbank.rule.withdrawn", rule.getCode()));
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            flash.addFlashAttribute("errorMessage", messages.get(e));
        }
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping("/{id:\\d+}/delete")
    String confirmDelete(@PathVariable long id, @AuthenticationPrincipal InstitutionPrincipal me, Model model,
                         RedirectAttributes flash) {
        ConversionRule rule = rules.own(me, id);
        if (!rules.changeable(rule)) {
            flash.addFlashAttribute("errorMessage", messages.get(refusalOf(rule)));
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
        Map<Long, RuleViews.Cell> cells = rules.cellsOf(form.chosenSources().stream()
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
        model.addAttribute("found", rules.searchSources(form.getType(), form.getSearchName(),
                form.getSearchInstitution()));
        model.addAttribute("searched", form.getSearchName() != null && !form.getSearchName().isBlank()
                || form.getSearchInstitution() != null && !form.getSearchInstitution().isBlank());
        model.addAttribute("majors", rules.ownTargets(me, false));
        model.addAttribute("courses", rules.ownTargets(me, true));
        model.addAttribute("hasMethod", rules.hasPublishedMethod(me));
        model.addAttribute("maxDescription", ConversionRules.MAX_DESCRIPTION);
    }

    /** A chosen source row of the form: its index, the achievement (null when it no longer exists), the credits. */
    record ChosenSource(int index, Long achievementId, String credits, RuleViews.Cell achievement) {
    }

    private String refusalOf(ConversionRule rule) {
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
