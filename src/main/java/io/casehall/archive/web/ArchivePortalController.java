package io.casehall.archive.web;

import static io.casehall.archive.web.ArchiveSubmissionController.ERRORS;
import static io.casehall.archive.web.ArchiveSubmissionController.FORM;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.ApplicantProfile;
import io.casehall.archive.ApplicationForm;
import io.casehall.archive.submission.ApplicationValidator;
import io.casehall.archive.ArchiveService;
import io.casehall.archive.ArchiveServiceType;
import io.casehall.archive.DeliveryMode;
import io.casehall.archive.submission.FormOptions;
import io.casehall.archive.ServiceVariant;
import io.casehall.archive.StudyStage;
import io.casehall.shared.web.FormRedirect;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.SubmissionTokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The applicant's way into an archive application: the three services with their guide, the choice of the
 * study stage, and the application form (prefilled from the verified profile or, for 再次申请, from an earlier
 * application; {@link ArchiveSubmissionController} takes its POST). Name and ID number are shown from real-name
 * verification, never taken from the form. A form sent back with messages is shown as typed, with its messages.
 */
@Controller
@RequestMapping("/apply/archive")
class ArchivePortalController {

    private final ArchiveService archive;
    private final ArchiveEligibility eligibility;
    private final SubmissionTokens tokens;

    ArchivePortalController(ArchiveService archive, ArchiveEligibility eligibility, SubmissionTokens tokens) {
        this.archive = archive;
        this.eligibility = eligibility;
        this.tokens = tokens;
    }

    /** One service on the first page: its rules from the DMN, and why the applicant may not apply (or null). */
    record ServiceCard(ArchiveServiceType service, ServiceVariant variant, String refusal) {
    }

    @GetMapping
    String services(@AuthenticationPrincipal ApplicantPrincipal applicant, Model model) {
        List<ServiceCard> cards = new ArrayList<>();
        for (ArchiveServiceType service : ArchiveServiceType.values()) {
            ServiceVariant variant = archive.variantOf(service);
            cards.add(new ServiceCard(service, variant, eligibility.refusal(applicant, variant)));
        }
        model.addAttribute("services", cards);
        return "archive/services";
    }

    /** Without a stage: the choice of stage. With one (or an earlier application to copy): the form. */
    @GetMapping("/{serviceCode}/new")
    String newForm(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable String serviceCode,
                   @RequestParam(name = "stage", required = false) String stageName,
                   @RequestParam(name = "from", required = false) Long fromApplicationId, Model model) {
        ArchiveServiceType service = serviceOf(serviceCode);
        ApplicationForm sentBack = FormRedirect.sentBack(model, FORM, ApplicationForm.class);
        if (sentBack != null && sentBack.getService() != null) {
            return formSentBack(applicant, sentBack, model);
        }
        StudyStage stage = stageOf(stageName);
        if (fromApplicationId == null && stage == null) {
            return stageChoice(applicant, service, model);
        }
        ApplicationForm form = archive.newForm(applicant.applicantId(), service, stage, fromApplicationId);
        form.setSubmissionKey(tokens.issue());
        ServiceVariant variant = archive.variantOf(form.getService());
        String refused = eligibility.refusal(applicant, variant);
        if (refused != null) {
            return refusedPage(form.getService(), variant, refused, model);
        }
        return formPage(applicant, form, variant, Map.of(), model);
    }

    /** The form a POST sent back, with its messages (flashed); the service's refusal, should there be one now. */
    @SuppressWarnings("unchecked")
    private String formSentBack(ApplicantPrincipal applicant, ApplicationForm form, Model model) {
        ServiceVariant variant = archive.variantOf(form.getService());
        String refused = eligibility.refusal(applicant, variant);
        if (refused != null) {
            return refusedPage(form.getService(), variant, refused, model);
        }
        Object errors = model.asMap().get(ERRORS);
        return formPage(applicant, form, variant, errors instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of(),
                model);
    }

    private String stageChoice(ApplicantPrincipal applicant, ArchiveServiceType service, Model model) {
        ServiceVariant variant = archive.variantOf(service);
        String refused = eligibility.refusal(applicant, variant);
        if (refused != null) {
            return refusedPage(service, variant, refused, model);
        }
        model.addAttribute("service", service);
        model.addAttribute("variant", variant);
        model.addAttribute("stages", StudyStage.values());
        return "archive/stage";
    }

    private String refusedPage(ArchiveServiceType service, ServiceVariant variant, String refusal, Model model) {
        model.addAttribute("service", service);
        model.addAttribute("variant", variant);
        model.addAttribute("refusal", refusal);
        return "archive/stage";
    }

    /** The form with the verified name and ID number (shown, not editable) and the options of each select. */
    private String formPage(ApplicantPrincipal applicant, ApplicationForm form, ServiceVariant variant,
                            Map<String, String> errors, Model model) {
        ApplicantProfile profile = archive.profile(applicant.applicantId());
        model.addAttribute(FORM, form);
        model.addAttribute(ERRORS, errors);
        model.addAttribute("variant", variant);
        model.addAttribute("profile", profile);
        model.addAttribute("copies", IntStream.rangeClosed(1, ApplicationValidator.MAX_COPIES).boxed().toList());
        model.addAttribute("deliveryModes", DeliveryMode.values());
        model.addAttribute("stages", StudyStage.values());
        for (FormOptions select : FormOptions.values()) {
            model.addAttribute(select.optionsAttribute(), select.offered(profile));
        }
        return "archive/form";
    }

    private static ArchiveServiceType serviceOf(String code) {
        return ArchiveServiceType.fromCode(code).orElseThrow(NotFoundException::new);
    }

    private static StudyStage stageOf(String name) {
        return name == null ? null : Arrays.stream(StudyStage.values()).filter(s -> s.name().equals(name))
                .findFirst().orElse(null);
    }
}
