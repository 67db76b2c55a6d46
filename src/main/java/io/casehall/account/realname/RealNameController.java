package io.casehall.account.realname;

import io.casehall.account.AccountService;
import io.casehall.account.ApplicantPrincipal;
import io.casehall.shared.document.DocumentDownloads;
import io.casehall.shared.document.DocumentStore;
import io.casehall.shared.web.FormRedirect;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.SubmissionTokens;
import io.casehall.shared.web.UserFacingException;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applicant's real-name verification page: status, the form, correct-and-resubmit. The form carries a
 * one-time token ({@link SubmissionTokens}): sent twice — a double click, a reload — it is one request, and
 * the second answer is the first one's.
 */
@Controller
class RealNameController {

    static final String SUBMISSION = "realname-request";
    /** The form's model attribute (and the name of its flashed binding result). */
    static final String FORM = "form";

    private final RealNameService service;
    private final RealNameFormValidator validator;
    private final AccountService accounts;
    private final DocumentStore documents;
    private final SubmissionTokens tokens;
    private final Messages messages;

    RealNameController(RealNameService service, RealNameFormValidator validator, AccountService accounts,
                       DocumentStore documents, SubmissionTokens tokens, Messages messages) {
        this.service = service;
        this.validator = validator;
        this.accounts = accounts;
        this.documents = documents;
        this.tokens = tokens;
        this.messages = messages;
    }

    /** The page; after a form sent back with messages, that form as typed with its messages (see {@link FormRedirect}). */
    @GetMapping("/realname")
    String page(@AuthenticationPrincipal ApplicantPrincipal applicant, Model model) {
        RealNameForm form = FormRedirect.sentBack(model, FORM, RealNameForm.class);
        if (form == null) {
            form = service.latest(applicant.applicantId()).map(RealNameForm::from).orElseGet(RealNameForm::new);
        }
        return render(applicant, form, model);
    }

    /**
     * Post/redirect/get also when the form comes back: its messages, the values typed and the photo kept (stored
     * at once) are flashed to the page, so reloading it sends nothing; a refused photo must be chosen again.
     */
    @PostMapping("/realname")
    String submit(@AuthenticationPrincipal ApplicantPrincipal applicant, @ModelAttribute(FORM) RealNameForm form,
                  BindingResult binding, @RequestParam(name = "photo", required = false) MultipartFile photo,
                  RedirectAttributes redirect) throws IOException {
        Optional<String> sentBefore = tokens.completed(applicant, SUBMISSION, form.getSubmissionKey());
        if (sentBefore.isPresent()) {
            return submitted(service.get(Long.valueOf(sentBefore.get())), redirect);
        }
        String photoError = null;
        if (photo != null && !photo.isEmpty()) {
            try {
                form.setPhotoDocumentId(service.storePhoto(applicant, photo.getOriginalFilename(), photo.getBytes()));
            } catch (UserFacingException e) {
                photoError = FormRedirect.chooseFileAgain(messages, messages.get(e));
            }
        }
        if (form.getPhotoDocumentId() == null && photoError == null) {
            photoError = messages.get("realname.photo.required");
        } else if (form.getPhotoDocumentId() != null) {
            // Another applicant's photo is a 404 here, as the page would answer, not a redirect.
            documents.describeOwned(form.getPhotoDocumentId(), applicant);
        }
        validator.validate(form, binding);
        if (binding.hasErrors() || photoError != null) {
            return sendBack(form, binding, messages.get("form.hasErrors"), photoError, redirect);
        }
        try {
            if (!SubmissionTokens.wellFormed(form.getSubmissionKey())) {
                // A client that sends no token (not this page) gets no double-submit protection beyond the lock below.
                return submitted(service.submit(applicant, form), redirect);
            }
            SubmissionTokens.Outcome outcome = tokens.once(applicant, SUBMISSION, form.getSubmissionKey(),
                    () -> String.valueOf(service.submit(applicant, form).getId()));
            if (outcome.status() == SubmissionTokens.Status.STILL_RUNNING) {
                redirect.addFlashAttribute("okMessage", messages.get("realname.busy"));
                return "redirect:/realname";
            }
            return submitted(service.get(Long.valueOf(outcome.value())), redirect);
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            if ("form.expired".equals(e.messageKey())) {
                form.setSubmissionKey(tokens.issue());
            }
            return sendBack(form, binding, messages.get(e), null, redirect);
        } catch (OptimisticLockingException | OptimisticLockingFailureException concurrentSubmission) {
            // A second submission at the same moment (a double click): the account's version lets one win.
            return sendBack(form, binding, messages.get("realname.busy"), null, redirect);
        }
    }

    /** Back to the page with the form as typed, its field messages, the page's message and the photo's. */
    private String sendBack(RealNameForm form, BindingResult binding, String errorMessage, String photoError,
                            RedirectAttributes redirect) {
        redirect.addFlashAttribute("errorMessage", errorMessage);
        if (photoError != null) {
            redirect.addFlashAttribute("photoError", photoError);
        }
        return FormRedirect.back(redirect, "/realname", FORM, form, binding);
    }

    private String submitted(RealNameRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("okMessage", messages.get(request.getStatus() == RequestStatus.APPROVED
                ? "realname.submitted.approved" : "realname.submitted.review"));
        return "redirect:/realname";
    }

    /** The applicant's own photo, for checking what they uploaded. */
    @GetMapping("/realname/photo/{documentId}")
    ResponseEntity<byte[]> photo(@AuthenticationPrincipal ApplicantPrincipal applicant,
                                 @PathVariable UUID documentId) {
        return DocumentDownloads.attachment(documents.read(documentId, applicant));
    }

    private String render(ApplicantPrincipal applicant, RealNameForm form, Model model) {
        if (!SubmissionTokens.wellFormed(form.getSubmissionKey())) {
            form.setSubmissionKey(tokens.issue());
        }
        model.addAttribute(FORM, form);
        model.addAttribute("account", accounts.get(applicant.applicantId()));
        model.addAttribute("latest", service.latest(applicant.applicantId()).orElse(null));
        if (form.getPhotoDocumentId() != null) {
            model.addAttribute("photoName", documents.describeOwned(form.getPhotoDocumentId(), applicant).getOriginalName());
        }
        model.addAttribute("documentTypes", DocumentType.values());
        model.addAttribute("countries", RealNameOptions.COUNTRIES);
        model.addAttribute("genders", RealNameOptions.GENDERS);
        model.addAttribute("provinces", RealNameOptions.PROVINCES);
        model.addAttribute("educationLevels", RealNameOptions.EDUCATION_LEVELS);
        model.addAttribute("schoolingLengths", RealNameOptions.SCHOOLING_LENGTHS);
        model.addAttribute("studyModes", RealNameOptions.STUDY_MODES);
        model.addAttribute("degreeTypes", RealNameOptions.DEGREE_TYPES);
        model.addAttribute("studyCategories", RealNameOptions.STUDY_CATEGORIES);
        return "realname/verify";
    }
}
