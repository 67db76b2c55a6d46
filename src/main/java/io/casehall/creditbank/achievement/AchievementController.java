package io.casehall.creditbank.achievement;

import io.casehall.creditbank.Achievement;
import io.casehall.creditbank.AchievementCategory;
import io.casehall.creditbank.AchievementData;
import io.casehall.creditbank.AchievementSubtype;
import io.casehall.creditbank.ExportGuard;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.RecognitionStatus;
import io.casehall.shared.web.FormRedirect;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.domain.Page;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 机构成果管理: the list with its filters, selection, delete and export; 存储新成果 (choose the subtype, then its form);
 * 查看; 申请认定. Saved achievements are immutable: there is no edit. Everything is scoped to the signed-in user's
 * institution.
 */
@Controller
@RequestMapping(AchievementController.BASE)
class AchievementController {

    static final String BASE = "/institution/achievements";

    private final InstitutionAchievements achievements;
    private final AchievementRecognitions recognitions;
    private final ExportGuard exportGuard;
    private final Messages messages;
    private final Clock clock;

    AchievementController(InstitutionAchievements achievements, AchievementRecognitions recognitions,
                          ExportGuard exportGuard, Messages messages, Clock clock) {
        this.achievements = achievements;
        this.recognitions = recognitions;
        this.exportGuard = exportGuard;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) String name, @RequestParam(required = false) String category,
                @RequestParam(required = false) String subtype, @RequestParam(defaultValue = "0") int page,
                @RequestParam(name = "ids", required = false) List<Long> ids,
                @AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        AchievementFilter filter = AchievementFilter.of(name, category, subtype);
        Page<Achievement> rows = achievements.list(me.institutionId(), filter, page);
        model.addAttribute("filter", filter);
        model.addAttribute("rows", rows);
        model.addAttribute("certified", achievements.certifiedLearners(me.institutionId(),
                rows.getContent().stream().map(Achievement::getId).toList()));
        model.addAttribute("relatedRules", achievements.relatedRules(
                rows.getContent().stream().map(Achievement::getId).toList()));
        model.addAttribute("selected", ids == null ? List.of() : ids);
        model.addAttribute("categories", AchievementCategory.values());
        model.addAttribute("subtypes", AchievementSubtype.values());
        model.addAttribute("baseUrl", filter.addTo(UriComponentsBuilder.fromPath(BASE)).build().toUriString());
        model.addAttribute("maskedPhone", exportGuard.phoneTail(me));
        return "creditbank/achievements";
    }

    /** 存储新成果, step 1: the seed's 选择成果类型 with its 特殊说明. */
    @GetMapping("/new")
    String chooseSubtype(Model model) {
        model.addAttribute("degreeSubtypes", subtypesOf(AchievementCategory.DEGREE));
        model.addAttribute("nonDegreeSubtypes", subtypesOf(AchievementCategory.NON_DEGREE));
        model.addAttribute("purpose", "new");
        return "creditbank/achievement-types";
    }

    @GetMapping("/new/{subtype}")
    String form(@PathVariable String subtype, @AuthenticationPrincipal InstitutionPrincipal me, Model model,
                RedirectAttributes flash) {
        AchievementSubtype chosen = subtypeOf(subtype);
        if (!InstitutionAchievements.storable(chosen)) {
            flash.addFlashAttribute("errorMessage", messages.get("creditbank.achievement.xNotStorable"));
            return "redirect:" + BASE + "/new";
        }
        AchievementForm form = FormRedirect.sentBack(model, "form", AchievementForm.class);
        if (form == null) {
            form = new AchievementForm();
            form.setIssuer(me.institutionName());
            model.addAttribute("form", form);
        }
        fillForm(model, chosen);
        return "creditbank/achievement-form";
    }

    @PostMapping("/new/{subtype}")
    String store(@PathVariable String subtype, @ModelAttribute("form") AchievementForm form,
                 @AuthenticationPrincipal InstitutionPrincipal me, RedirectAttributes flash) {
        AchievementSubtype chosen = subtypeOf(subtype);
        if (!InstitutionAchievements.storable(chosen)) {
            flash.addFlashAttribute("errorMessage", messages.get("creditbank.achievement.xNotStorable"));
            return "redirect:" + BASE + "/new";
        }
        BindingResult binding = new BeanPropertyBindingResult(form, "form");
        AchievementData data = AchievementRules.parse(chosen, form::text,
                (field, key, args) -> binding.rejectValue(field.key, key, args, messages.get(key, args)));
        if (!binding.hasFieldErrors("name") && data.name() != null
                && achievements.nameTaken(me.institutionId(), data.name())) {
            binding.rejectValue("name", "creditbank.achievement.error.nameTaken", new Object[] {data.name()},
                    messages.get("creditbank.achievement.error.nameTaken", data.name()));
        }
        if (binding.hasErrors()) {
            flash.addFlashAttribute("errorMessage", messages.get("creditbank.achievement.form.fix"));
            return FormRedirect.back(flash, BASE + "/new/" + chosen.name(), "form", form, binding);
        }
        try {
            Achievement saved = achievements.store(me, data);
            flash.addFlashAttribute("okMessage", messages.get("creditbank.achievement.stored", saved.getName()));
            return "redirect:" + BASE + "/" + saved.getId();
        } catch (UserFacingException e) {
            flash.addFlashAttribute("errorMessage", messages.get(e));
            return FormRedirect.back(flash, BASE + "/new/" + chosen.name(), "form", form, binding);
        }
    }

    @GetMapping("/{id:\\d+}")
    String view(@PathVariable long id, @AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        Achievement achievement = achievements.find(me.institutionId(), id);
        model.addAttribute("a", achievement);
        model.addAttribute("attached", AchievementView.attached(achievement, clock.getZone(), messages));
        model.addAttribute("certified", achievements.certifiedLearners(me.institutionId(), List.of(id))
                .getOrDefault(id, 0L));
        model.addAttribute("mayApply", achievement.getRecognition() == RecognitionStatus.UNRECOGNISED);
        return "creditbank/achievement";
    }

    /** 申请认定: the credit bank's staff recognise the achievement (or not) in Tasklist. */
    @PostMapping("/{id:\\d+}/recognition")
    String applyRecognition(@PathVariable long id, @AuthenticationPrincipal InstitutionPrincipal me,
                            RedirectAttributes flash) {
        try {
            Achievement achievement = recognitions.applyRecognition(me, id);
            flash.addFlashAttribute("okMessage",
                    messages.get("creditbank.achievement.recognition.requested", achievement.getName()));
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            flash.addFlashAttribute("errorMessage", messages.get(e));
        }
        return "redirect:" + BASE + "/" + id;
    }

    /** 删除 from the list: the selection goes to the confirmation page. */
    @PostMapping("/delete/confirm")
    String deleteSelected(@RequestParam(name = "ids", required = false) List<Long> ids,
                          @RequestParam(required = false) String name, @RequestParam(required = false) String category,
                          @RequestParam(required = false) String subtype, RedirectAttributes flash) {
        if (ids == null || ids.isEmpty()) {
            flash.addFlashAttribute("errorMessage", messages.get("creditbank.achievement.noneSelected"));
            return "redirect:" + AchievementFilter.of(name, category, subtype)
                    .addTo(UriComponentsBuilder.fromPath(BASE)).encode().build().toUriString();
        }
        UriComponentsBuilder confirm = UriComponentsBuilder.fromPath(BASE + "/delete");
        ids.stream().distinct().limit(InstitutionAchievements.MAX_SELECTED).forEach(i -> confirm.queryParam("ids", i));
        return "redirect:" + confirm.build().toUriString();
    }

    /** The confirmation: what will be deleted and what cannot be, and why. */
    @GetMapping("/delete")
    String confirmDelete(@RequestParam(name = "ids", required = false) List<Long> ids,
                         @AuthenticationPrincipal InstitutionPrincipal me, Model model, RedirectAttributes flash) {
        List<InstitutionAchievements.DeleteCandidate> plan;
        try {
            plan = achievements.deletePlan(me.institutionId(), ids);
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            flash.addFlashAttribute("errorMessage", messages.get(e));
            return "redirect:" + BASE;
        }
        model.addAttribute("deletable", plan.stream().filter(InstitutionAchievements.DeleteCandidate::deletable)
                .map(InstitutionAchievements.DeleteCandidate::achievement).toList());
        model.addAttribute("refused", plan.stream().filter(c -> !c.deletable())
                .map(c -> messages.get(c.refusalKey(), c.refusalArgs())).toList());
        return "creditbank/achievement-delete";
    }

    @PostMapping("/delete")
    String delete(@RequestParam(name = "ids", required = false) List<Long> ids,
                  @AuthenticationPrincipal InstitutionPrincipal me, RedirectAttributes flash) {
        try {
            List<InstitutionAchievements.DeleteCandidate> done = achievements.delete(me, ids);
            long deleted = done.stream().filter(InstitutionAchievements.DeleteCandidate::deletable).count();
            List<String> refused = done.stream().filter(c -> !c.deletable())
                    .map(c -> messages.get(c.refusalKey(), c.refusalArgs())).toList();
            if (deleted > 0) {
                flash.addFlashAttribute("okMessage", messages.get("creditbank.achievement.deleted", deleted));
            }
            if (!refused.isEmpty()) {
                flash.addFlashAttribute("errorMessage", String.join(" ", refused));
            }
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            flash.addFlashAttribute("errorMessage", messages.get(e));
        }
        return "redirect:" + BASE;
    }

    private void fillForm(Model model, AchievementSubtype subtype) {
        List<FieldView> fields = new ArrayList<>();
        for (AchievementRules.Field field : AchievementRules.fieldsOf(subtype)) {
            List<Choice> choices = AchievementRules.choices(subtype, field).stream()
                    .map(value -> new Choice(value, messages.get(AchievementCodes.messageKey(value)))).toList();
            fields.add(new FieldView(field.key, messages.get(field.messageKey(subtype)),
                    AchievementRules.required(subtype, field), choices, field == AchievementRules.Field.INTRODUCTION,
                    field == AchievementRules.Field.VALID_FROM));
        }
        model.addAttribute("subtype", subtype);
        model.addAttribute("fields", fields);
    }

    /** One field of the form: property, label, required, closed list, long text, date. */
    record FieldView(String key, String label, boolean required, List<Choice> choices, boolean textarea,
                     boolean date) {
    }

    /** One entry of a closed list: the value stored and the text users read. */
    record Choice(String value, String text) {
    }

    static List<AchievementSubtype> subtypesOf(AchievementCategory category) {
        return Arrays.stream(AchievementSubtype.values()).filter(s -> s.category() == category).toList();
    }

    static AchievementSubtype subtypeOf(String path) {
        return Arrays.stream(AchievementSubtype.values()).filter(s -> s.name().equals(path)).findFirst()
                .orElseThrow(NotFoundException::new);
    }
}
