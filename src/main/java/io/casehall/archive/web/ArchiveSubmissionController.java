package io.casehall.archive.web;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.archive.ApplicationForm;
import io.casehall.archive.submission.ApplicationValidator;
import io.casehall.archive.ArchiveApplication;
import io.casehall.archive.ArchiveItemType;
import io.casehall.archive.ArchiveService;
import io.casehall.archive.ArchiveServiceType;
import io.casehall.shared.web.FormProblem;
import io.casehall.archive.ServiceVariant;
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
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The POST of the application form ({@link ArchivePortalController} shows it). A form that comes back with
 * messages keeps everything typed and every scan uploaded; the form's one-time token ({@link SubmissionTokens})
 * makes a second submit of it land on the application the first one created.
 */
@Controller
@RequestMapping("/apply/archive")
class ArchiveSubmissionController {

    /** The purpose under which application forms claim their submission token. */
    static final String SUBMISSION = "archive-application";
    /** The form's model attribute (and the name of its flashed binding result). */
    static final String FORM = "form";
    /** The messages at the form's fields: field path (items[0].documentIds, stage, ...) to message. */
    static final String ERRORS = "errors";
    /** The properties of an item row the form posts (items[i].type, .selected, .copies, .documentIds). */
    private static final Set<String> ITEM_PROPERTIES = Set.of("type", "selected", "copies", "documentIds");

    private final ArchiveService archive;
    private final ArchiveEligibility eligibility;
    private final ScanUploads uploads;
    private final DocumentStore documents;
    private final SubmissionTokens tokens;
    private final Messages messages;

    ArchiveSubmissionController(ArchiveService archive, ArchiveEligibility eligibility, ScanUploads uploads,
                                DocumentStore documents, SubmissionTokens tokens, Messages messages) {
        this.archive = archive;
        this.eligibility = eligibility;
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
        if (eligibility.refusal(applicant, variant) != null) {
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
            return "redirect:" + ArchiveApplicationsController.MY_CASES;
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
            String refused = uploads.store(applicant, files.getOrDefault(ScanUploads.FIELD + i, List.of()),
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
}
