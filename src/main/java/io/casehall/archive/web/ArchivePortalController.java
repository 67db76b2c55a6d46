package io.casehall.archive.web;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.ApplicantProfile;
import io.casehall.archive.ApplicationForm;
import io.casehall.archive.submission.ApplicationValidator;
import io.casehall.archive.ArchiveApplication;
import io.casehall.archive.ArchiveItemType;
import io.casehall.archive.ArchiveService;
import io.casehall.archive.ArchiveServiceType;
import io.casehall.archive.DeliveryMode;
import io.casehall.archive.submission.FormOptions;
import io.casehall.archive.FormProblem;
import io.casehall.archive.ServiceVariant;
import io.casehall.archive.StudyStage;
import io.casehall.shared.document.DocumentStore;
import io.casehall.shared.web.FormRedirect;
import io.casehall.shared.web.ListIndexes;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.SubmissionTokens;
import io.casehall.shared.web.UserFacingException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The applicant's way into an archive application: the three services with their guide, the choice of the
 * study stage, and the application form (prefilled from the verified profile or, for 再次申请, from an earlier
 * application). Name and ID number are shown from real-name verification, never taken from the form. A form
 * that comes back with messages keeps everything typed and every scan uploaded; the form's one-time token
 * ({@link SubmissionTokens}) makes a second submit of it land on the application the first one created.
 */
@Controller
@RequestMapping("/apply/archive")
class ArchivePortalController {

    static final String SCAN_FIELD = "scan_";
    /** The purpose under which application forms claim their submission token. */
    static final String SUBMISSION = "archive-application";
    /** The form's model attribute (and the name of its flashed binding result). */
    private static final String FORM = "form";
    /** The messages at the form's fields: field path (items[0].documentIds, stage, ...) to message. */
    private static final String ERRORS = "errors";
    /** The properties of an item row the form posts (items[i].type, .selected, .copies, .documentIds). */
    private static final Set<String> ITEM_PROPERTIES = Set.of("type", "selected", "copies", "documentIds");

    private final ArchiveService archive;
    private final ScanUploads uploads;
    private final DocumentStore documents;
    private final SubmissionTokens tokens;
    private final Messages messages;

    ArchivePortalController(ArchiveService archive, ScanUploads uploads, DocumentStore documents,
                            SubmissionTokens tokens, Messages messages) {
        this.archive = archive;
        this.uploads = uploads;
        this.documents = documents;
        this.tokens = tokens;
        this.messages = messages;
    }

    /** Binds only the item rows the service's form shows; anything else comes back as a message. */
    @InitBinder(FORM)
    void onlyTheRowsOfTheService(WebDataBinder binder, HttpServletRequest request) {
        int rows = ArchiveServiceType.fromCode(String.valueOf(request.getParameter("service")))
                .or(() -> Arrays.stream(ArchiveServiceType.values())
                        .filter(s -> s.name().equals(request.getParameter("service"))).findFirst())
                .map(service -> ArchiveItemType.of(service).size())
                .orElse(ArchiveItemType.values().length);
        ListIndexes.limit(binder, request, "items", rows, ITEM_PROPERTIES);
    }

    /** One service on the first page: its rules from the DMN, and why the applicant may not apply (or null). */
    record ServiceCard(ArchiveServiceType service, ServiceVariant variant, String refusal) {
    }


    @GetMapping
    String services(@AuthenticationPrincipal ApplicantPrincipal applicant, Model model) {
        List<ServiceCard> cards = new ArrayList<>();
        for (ArchiveServiceType service : ArchiveServiceType.values()) {
            ServiceVariant variant = archive.variantOf(service);
            cards.add(new ServiceCard(service, variant, refusal(applicant, variant)));
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
        String refused = refusal(applicant, variant);
        if (refused != null) {
            return refusedPage(form.getService(), variant, refused, model);
        }
        return formPage(applicant, form, variant, Map.of(), model);
    }

    /**
     * Post/redirect/get, also for a form that comes back with messages: the form as typed, its binding result and
     * the messages go to the form's page as flash attributes ({@link FormRedirect}), so reloading that page submits
     * nothing. Scans are stored at once and come back as kept; a refused file is named, to be chosen again.
     */
    @PostMapping("/applications")
    String submit(@AuthenticationPrincipal ApplicantPrincipal applicant, @ModelAttribute(FORM) ApplicationForm form,
                  BindingResult binding, @RequestParam MultiValueMap<String, MultipartFile> files,
                  HttpServletRequest request, RedirectAttributes redirect) throws IOException {
        if (form.getService() == null) {
            throw new NotFoundException();
        }
        ServiceVariant variant = archive.variantOf(form.getService());
        if (refusal(applicant, variant) != null) {
            // The service's page says why (the choice of stage shows the refusal).
            return "redirect:/apply/archive/" + form.getService().code() + "/new";
        }
        if (form.getPreviousApplicationId() != null) {
            archive.own(applicant.applicantId(), form.getPreviousApplicationId());
        }
        Optional<String> sentBefore = tokens.completed(applicant, SUBMISSION, form.getSubmissionKey());
        if (sentBefore.isPresent()) {
            return submitted(applicant, Long.valueOf(sentBefore.get()), form, variant, redirect);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(error -> errors.putIfAbsent(fieldOf(error.getField()), bindingMessage(error)));
        if (ListIndexes.refused(request) || !ApplicationValidator.offersEveryRow(form)) {
            errors.put("items", messages.get("archiveweb.form.error.rows"));
        }
        archive.ensureItemRows(form);
        storeUploads(applicant, form, files, errors);
        describeScans(applicant, form);
        for (FormProblem problem : archive.check(applicant.applicantId(), form)) {
            errors.putIfAbsent(problem.field(), messages.get(problem.messageKey(), problem.args()));
        }
        if (!SubmissionTokens.wellFormed(form.getSubmissionKey())) {
            form.setSubmissionKey(tokens.issue());
            return sendBack(form, binding, errors, messages.get("form.expired"), redirect);
        }
        if (!errors.isEmpty()) {
            return sendBack(form, binding, errors, messages.get("archiveweb.form.hasErrors"), redirect);
        }
        SubmissionTokens.Outcome outcome;
        try {
            outcome = tokens.once(applicant, SUBMISSION, form.getSubmissionKey(),
                    () -> String.valueOf(archive.submit(applicant, form).getId()));
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            if ("form.expired".equals(e.messageKey())) {
                form.setSubmissionKey(tokens.issue());
            }
            return sendBack(form, binding, errors, messages.get(e), redirect);
        }
        if (outcome.status() == SubmissionTokens.Status.STILL_RUNNING) {
            redirect.addFlashAttribute("okMessage", messages.get("archiveweb.submitting"));
            return "redirect:/apply/archive/applications";
        }
        return submitted(applicant, Long.valueOf(outcome.value()), form, variant, redirect);
    }

    /** Back to the form's page with what was typed, the field messages and the page's message. */
    private String sendBack(ApplicationForm form, BindingResult binding, Map<String, String> errors, String message,
                            RedirectAttributes redirect) {
        redirect.addFlashAttribute(ERRORS, new LinkedHashMap<>(errors));
        redirect.addFlashAttribute("errorMessage", message);
        UriComponentsBuilder page = UriComponentsBuilder.fromPath("/apply/archive/{service}/new");
        if (form.getStage() != null) {
            page.queryParam("stage", form.getStage().name());
        }
        if (form.getPreviousApplicationId() != null) {
            page.queryParam("from", form.getPreviousApplicationId());
        }
        return FormRedirect.back(redirect, page.buildAndExpand(form.getService().code()).encode().toUriString(), FORM,
                form, binding);
    }

    /** The form a POST sent back, with its messages (flashed); the service's refusal, should there be one now. */
    @SuppressWarnings("unchecked")
    private String formSentBack(ApplicantPrincipal applicant, ApplicationForm form, Model model) {
        ServiceVariant variant = archive.variantOf(form.getService());
        String refused = refusal(applicant, variant);
        if (refused != null) {
            return refusedPage(form.getService(), variant, refused, model);
        }
        Object errors = model.asMap().get(ERRORS);
        return formPage(applicant, form, variant, errors instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of(),
                model);
    }

    /** The answer to a submitted form, also to the same form sent again: the application with its number. */
    private String submitted(ApplicantPrincipal applicant, Long applicationId, ApplicationForm form,
                             ServiceVariant variant, RedirectAttributes redirect) {
        ArchiveApplication application = archive.own(applicant.applicantId(), applicationId);
        // A resent form finds the application made first, which is of the form's service unless the form was altered.
        ServiceVariant submitted = application.getService() == form.getService() ? variant
                : archive.variantOf(application.getService());
        redirect.addFlashAttribute("okMessage", messages.get("archiveweb.submitted", application.getNumber(),
                String.valueOf(submitted.processingWorkingDays()),
                String.valueOf(application.getExpectedBy())));
        return "redirect:/apply/archive/applications/" + application.getId();
    }

    /** Text too long to bind (the shared length limit), a malformed date, any other value of the wrong type. */
    private String bindingMessage(FieldError error) {
        Object[] args = error.getArguments();
        if ("field.tooLong".equals(error.getCode()) && args != null && args.length > 0) {
            return messages.get("archive.error.tooLong", args[args.length - 1]);
        }
        return messages.get(error.getField().endsWith("Date") ? "archiveweb.form.error.date" : "archiveweb.form.error.format");
    }

    /** The field a binding error is shown at: scans at their row, an item's type at the item table. */
    private static String fieldOf(String boundField) {
        String field = boundField.replaceAll("\\.documentIds\\[\\d+]$", ".documentIds");
        return field.matches("items\\[\\d+]\\.(type|selected)") ? "items" : field;
    }

    /** Stores each file at once (so a form sent back keeps it); a refused file is named at its row. */
    private void storeUploads(ApplicantPrincipal applicant, ApplicationForm form,
                              MultiValueMap<String, MultipartFile> files, Map<String, String> errors) throws IOException {
        for (int i = 0; i < form.getItems().size(); i++) {
            String refused = uploads.store(applicant, files.getOrDefault(SCAN_FIELD + i, List.of()),
                    form.getItems().get(i).getDocumentIds());
            if (refused != null) {
                errors.merge("items[" + i + "].documentIds", FormRedirect.chooseFileAgain(messages, refused),
                        (a, b) -> a + " " + b);
            }
        }
    }

    /** File names come from the store, never from the form: an id that is not the applicant's is a 404. */
    private void describeScans(ApplicantPrincipal applicant, ApplicationForm form) {
        for (ApplicationForm.ItemChoice choice : form.getItems()) {
            List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(choice.getDocumentIds()));
            ids.removeIf(java.util.Objects::isNull);
            List<String> names = new ArrayList<>();
            for (UUID id : ids) {
                names.add(documents.describeOwned(id, applicant).getOriginalName());
            }
            choice.setDocumentIds(ids);
            choice.setFileNames(names);
        }
    }

    private String stageChoice(ApplicantPrincipal applicant, ArchiveServiceType service, Model model) {
        ServiceVariant variant = archive.variantOf(service);
        String refused = refusal(applicant, variant);
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

    /** Why the applicant may not use the service of this variant, or null. */
    private String refusal(ApplicantPrincipal applicant, ServiceVariant variant) {
        try {
            archive.requireEligible(applicant.applicantId(), variant);
            return null;
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            return messages.get(e);
        }
    }

    static ArchiveServiceType serviceOf(String code) {
        return ArchiveServiceType.fromCode(code).orElseThrow(NotFoundException::new);
    }

    private static StudyStage stageOf(String name) {
        return name == null ? null : Arrays.stream(StudyStage.values()).filter(s -> s.name().equals(name))
                .findFirst().orElse(null);
    }
}
