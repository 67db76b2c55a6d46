package io.casehall.archive.web;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.archive.ApplicantActions;
import io.casehall.archive.ApplicationView;
import io.casehall.archive.ArchiveApplication;
import io.casehall.archive.ArchiveItem;
import io.casehall.archive.ArchiveService;
import io.casehall.archive.content.ContentEditing;
import io.casehall.shared.document.DocumentStore;
import io.casehall.shared.document.StoredDocument;
import io.casehall.shared.web.FormRedirect;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.SubmissionTokens;
import io.casehall.shared.web.UserFacingException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The applicant's changes to an open case — correct and re-upload, proofread, cancel — each once per form token. */
@Controller
@RequestMapping("/apply/archive")
class ArchiveCorrectionsController {

    private static final String BASE = ArchiveApplicantPages.BASE;
    private static final String TOKEN_FIELD = ArchiveApplicantPages.TOKEN_FIELD;
    private static final String PROOFREAD_FORM = "proofreadForm";
    private static final String KEPT_FIELD = "kept_";
    private static final String LINE_FIELD = "en_";

    private final ArchiveService archive;
    private final ApplicantActions actions;
    private final ScanUploads uploads;
    private final ContentEditing contents;
    private final DocumentStore documents;
    private final SubmissionTokens tokens;
    private final Messages messages;
    private final ArchiveApplicantPages pages;

    ArchiveCorrectionsController(ArchiveService archive, ApplicantActions actions, ScanUploads uploads,
                                 ContentEditing contents, DocumentStore documents, SubmissionTokens tokens,
                                 Messages messages, ArchiveApplicantPages pages) {
        this.archive = archive;
        this.actions = actions;
        this.uploads = uploads;
        this.contents = contents;
        this.documents = documents;
        this.tokens = tokens;
        this.messages = messages;
        this.pages = pages;
    }

    /** A scan kept from a correction that came back with a message. */
    record KeptScan(UUID id, String name) implements Serializable {
    }

    /** The proofreading form as typed (English lines by line id, and the remark), sent back after a refusal. */
    record ProofreadForm(LinkedHashMap<Long, String> typed, String remark) implements Serializable {
    }

    /**
     * 重新上传: new scans per item (and scans kept from an attempt that came back), with a remark. Post/redirect/get
     * also when it comes back with messages: the scans stored so far, the messages and the remark are flashed to the
     * application's page; a refused file is named, to be chosen again.
     */
    @PostMapping("/applications/{id}/correct")
    String correct(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable Long id,
                   @RequestParam MultiValueMap<String, String> params,
                   @RequestParam MultiValueMap<String, MultipartFile> files,
                   @RequestParam(name = "remark", required = false) String remark,
                   @RequestParam(name = TOKEN_FIELD, required = false) String token,
                   RedirectAttributes redirect) throws IOException {
        Optional<String> done = tokens.completed(applicant, "archive-correct", token);
        if (done.isPresent()) {
            redirect.addFlashAttribute("okMessage", done.get());
            return "redirect:" + BASE + id;
        }
        ApplicationView view = archive.myApplication(applicant.applicantId(), id);
        if (!view.canCorrect()) {
            redirect.addFlashAttribute("errorMessage", messages.get("archive.error.notReturned",
                    view.application().getNumber()));
            return "redirect:" + BASE + id;
        }
        Map<Long, List<UUID>> scans = new LinkedHashMap<>();
        Map<Long, String> fileErrors = new HashMap<>();
        for (ArchiveItem item : view.application().getItems()) {
            List<UUID> ids = new ArrayList<>(uuids(params.get(KEPT_FIELD + item.getId())));
            String refused = uploads.store(applicant, files.getOrDefault(ScanUploads.FIELD + item.getId(),
                    List.of()), ids);
            if (refused != null) {
                fileErrors.put(item.getId(), FormRedirect.chooseFileAgain(messages, refused));
            }
            scans.put(item.getId(), ids);
        }
        if (!fileErrors.isEmpty()) {
            return correctionSentBack(id, describe(applicant, scans), fileErrors, remark,
                    messages.get("archiveweb.form.hasErrors"), redirect);
        }
        try {
            redirect.addFlashAttribute("okMessage", pages.once(applicant, "archive-correct", token, () -> {
                actions.resubmit(applicant, id, scans, remark);
                return messages.get("archiveweb.correct.done");
            }));
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            return correctionSentBack(id, describe(applicant, scans), fileErrors, remark, messages.get(e),
                    redirect);
        } catch (OptimisticLockingException | OptimisticLockingFailureException concurrent) {
            redirect.addFlashAttribute("errorMessage", messages.get("archiveweb.error.busy"));
        }
        return "redirect:" + BASE + id;
    }

    @GetMapping("/applications/{id}/proofread")
    String proofreadPage(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable Long id, Model model,
                         RedirectAttributes redirect) {
        ApplicationView view = archive.myApplication(applicant.applicantId(), id);
        if (!view.canProofread()) {
            redirect.addFlashAttribute("errorMessage", notProofreading(view.application()));
            return "redirect:" + BASE + id;
        }
        ProofreadForm sentBack = FormRedirect.sentBack(model, PROOFREAD_FORM, ProofreadForm.class);
        return sentBack == null ? proofreadingPage(applicant, id, Map.of(), null, model)
                : proofreadingPage(applicant, id, sentBack.typed(), sentBack.remark(), model);
    }

    /**
     * 我要校对: corrected English lines (named by line id) and/or one remark; neither means "confirmed". A refusal
     * while the draft can still be proofread goes back to the proofreading page by post/redirect/get, with the
     * message and the lines and remark as typed (see {@link FormRedirect}).
     */
    @PostMapping("/applications/{id}/proofread")
    String proofread(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable Long id,
                     @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        Map<Long, String> corrections = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(LINE_FIELD)) {
                try {
                    corrections.put(Long.valueOf(name.substring(LINE_FIELD.length())), value);
                } catch (NumberFormatException ignored) {
                    // not a line of this form
                }
            }
        });
        String remark = params.get("remark");
        try {
            redirect.addFlashAttribute("okMessage", pages.once(applicant, "archive-proofread", params.get(TOKEN_FIELD), () -> {
                boolean confirmed = actions.proofread(applicant, id, corrections, remark);
                return messages.get(confirmed ? "archiveweb.proofread.confirmed" : "archiveweb.proofread.submitted");
            }));
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            ApplicationView view = archive.myApplication(applicant.applicantId(), id);
            redirect.addFlashAttribute("errorMessage", messages.get(e));
            if (view.canProofread()) {
                ProofreadForm form = new ProofreadForm(new LinkedHashMap<>(corrections), remark);
                return FormRedirect.back(redirect, BASE + id + "/proofread", PROOFREAD_FORM, form,
                        new BeanPropertyBindingResult(form, PROOFREAD_FORM));
            }
        } catch (OptimisticLockingException | OptimisticLockingFailureException concurrent) {
            redirect.addFlashAttribute("errorMessage", messages.get("archiveweb.error.busy"));
        }
        return "redirect:" + BASE + id;
    }

    /** 取消申请 cannot be undone: this page says what will happen (the refund after paying) before the POST. */
    @GetMapping("/applications/{id}/cancel")
    String cancelConfirmation(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable Long id, Model model,
                              RedirectAttributes redirect) {
        ApplicationView view = archive.myApplication(applicant.applicantId(), id);
        if (!view.canCancel()) {
            redirect.addFlashAttribute("errorMessage",
                    messages.get("archive.error.cannotCancel", view.application().getNumber()));
            return "redirect:" + BASE + id;
        }
        model.addAttribute("view", view);
        return "archive/cancel";
    }

    @PostMapping("/applications/{id}/cancel")
    String cancel(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable Long id,
                  @RequestParam(name = "confirm", required = false) String confirm,
                  @RequestParam(name = TOKEN_FIELD, required = false) String token, RedirectAttributes redirect) {
        if (!"yes".equals(confirm)) {
            redirect.addFlashAttribute("errorMessage", messages.get("archiveweb.cancel.confirmRequired"));
            return "redirect:" + BASE + id + "/cancel";
        }
        return pages.act(applicant, id, "archive-cancel", token, redirect, () -> {
            actions.cancel(applicant, id);
            return messages.get("archiveweb.cancel.done");
        });
    }

    /** Back to the application's page, whose correction form shows the scans kept, the messages and the remark. */
    private static String correctionSentBack(Long id, Map<Long, List<KeptScan>> kept, Map<Long, String> errors,
                                             String remark, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("correctKept", kept);
        redirect.addFlashAttribute("correctErrors", errors);
        redirect.addFlashAttribute("correctRemark", remark);
        redirect.addFlashAttribute("errorMessage", message);
        return "redirect:" + BASE + id;
    }

    private String proofreadingPage(ApplicantPrincipal applicant, Long id, Map<Long, String> typed, String remark,
                                    Model model) {
        model.addAttribute("archiveApplication", contents.applicantContent(applicant.applicantId(), id));
        model.addAttribute("typed", typed);
        model.addAttribute("remark", remark);
        return "archive/proofread";
    }

    private String notProofreading(ArchiveApplication application) {
        return messages.get(application.getStatus().isOpen() ? "archive.error.notProofreading"
                : "archive.error.caseFinished", application.getNumber());
    }

    private Map<Long, List<KeptScan>> describe(ApplicantPrincipal applicant, Map<Long, List<UUID>> scans) {
        Map<Long, List<KeptScan>> kept = new HashMap<>();
        scans.forEach((itemId, ids) -> kept.put(itemId, ids.stream()
                .map(docId -> {
                    StoredDocument document = documents.describeOwned(docId, applicant);
                    return new KeptScan(document.getId(), document.getOriginalName());
                }).toList()));
        return kept;
    }

    private static List<UUID> uuids(List<String> values) {
        if (values == null) {
            return List.of();
        }
        LinkedHashSet<UUID> ids = new LinkedHashSet<>();
        for (String value : values) {
            try {
                ids.add(UUID.fromString(value.strip()));
            } catch (IllegalArgumentException ignored) {
                // not an id: nothing to keep
            }
        }
        return new ArrayList<>(ids);
    }
}
