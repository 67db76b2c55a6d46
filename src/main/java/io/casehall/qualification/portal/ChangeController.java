package io.casehall.qualification.portal;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.qualification.QualificationField;
import io.casehall.qualification.QualificationGraduate;
import io.casehall.shared.reference.EthnicGroups;
import io.casehall.shared.reference.PoliticalStatuses;
import io.casehall.shared.web.FormProblem;
import io.casehall.shared.web.FormRedirect;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.UserFacingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 申请修改, {@code /qualification/change}: the record's changeable fields prefilled; sensitive changes need their
 * proofs and go to the college, the others apply at once. Once the graduate window has closed the page is not
 * offered: the record page says why.
 */
@Controller
class ChangeController {

    static final String URL = QualificationPortalController.HOME + "/change";
    static final String FORM = "form";

    private final GraduateRecords records;
    private final ChangeSubmissions submissions;
    private final ChangeFormDefaults defaults;
    private final ProofUploads proofs;
    private final EthnicGroups ethnicGroups;
    private final PoliticalStatuses politicalStatuses;
    private final Messages messages;

    ChangeController(GraduateRecords records, ChangeSubmissions submissions, ChangeFormDefaults defaults,
                     ProofUploads proofs, EthnicGroups ethnicGroups, PoliticalStatuses politicalStatuses,
                     Messages messages) {
        this.records = records;
        this.submissions = submissions;
        this.defaults = defaults;
        this.proofs = proofs;
        this.ethnicGroups = ethnicGroups;
        this.politicalStatuses = politicalStatuses;
        this.messages = messages;
    }

    @GetMapping(URL)
    String form(@AuthenticationPrincipal ApplicantPrincipal applicant, Model model, RedirectAttributes redirect) {
        QualificationGraduate graduate = records.current(applicant.applicantId()).orElse(null);
        if (graduate == null) {
            return "redirect:" + QualificationPortalController.HOME;
        }
        if (!records.graduateWindowOpen(graduate)) {
            redirect.addFlashAttribute("errorMessage", messages.get("qualification.record.windowClosed"));
            return "redirect:" + QualificationPortalController.HOME;
        }
        ChangeForm form = FormRedirect.sentBack(model, FORM, ChangeForm.class);
        Set<QualificationField> locked = submissions.lockedFields(graduate);
        model.addAttribute(FORM, form != null ? form : defaults.of(graduate));
        model.addAttribute("graduate", graduate);
        model.addAttribute("fixedRows", RecordPage.identityRows(graduate));
        model.addAttribute("campaign", records.campaignOf(graduate));
        model.addAttribute("locked", locked.stream().map(Enum::name).toList());
        model.addAttribute("ethnicities", ethnicGroups.all());
        model.addAttribute("politicalStatuses", politicalStatuses.all());
        model.addAttribute("proof1Limit", ProofUploads.PROOF1.maxSizeLabel());
        model.addAttribute("proof2Limit", ProofUploads.PROOF2.maxSizeLabel());
        if (!model.containsAttribute(PortalErrors.ERRORS)) {
            model.addAttribute(PortalErrors.ERRORS, Map.of());
        }
        return "qualification/portal/change";
    }

    @PostMapping(URL)
    String submit(@AuthenticationPrincipal ApplicantPrincipal applicant, @ModelAttribute(FORM) ChangeForm form,
                  BindingResult binding,
                  @RequestParam(name = "proof1File", required = false) MultipartFile proof1,
                  @RequestParam(name = "proof2File", required = false) MultipartFile proof2,
                  RedirectAttributes redirect) throws IOException {
        QualificationGraduate graduate = records.current(applicant.applicantId()).orElse(null);
        if (graduate == null) {
            return "redirect:" + QualificationPortalController.HOME;
        }
        if (!records.graduateWindowOpen(graduate)) {
            redirect.addFlashAttribute("errorMessage", messages.get("qualification.record.windowClosed"));
            return "redirect:" + QualificationPortalController.HOME;
        }
        List<FormProblem> fileProblems = proofs.store(applicant, form, chosen(proof1, proof2));
        List<FormProblem> problems = new ArrayList<>();
        try {
            if (fileProblems.isEmpty()) {
                ChangeSubmissions.Outcome outcome = submissions.submit(applicant, form);
                redirect.addFlashAttribute("okMessage", messages.get(outcome.request() == null
                        ? "qualification.change.applied" : "qualification.change.requested"));
                return "redirect:" + QualificationPortalController.HOME;
            }
            // A refused file: report it with everything else wrong with the form, and save nothing.
            submissions.check(applicant, form).stream()
                    .filter(p -> fileProblems.stream().noneMatch(f -> f.field().equals(p.field())))
                    .forEach(problems::add);
        } catch (PortalFormException refused) {
            problems.addAll(refused.problems());
        } catch (UserFacingException refused) {
            redirect.addFlashAttribute("errorMessage", messages.get(refused));
            return "redirect:" + QualificationPortalController.HOME;
        } catch (OptimisticLockingFailureException concurrent) {
            return PortalErrors.back(redirect, URL, FORM, form, binding, Map.of(),
                    messages.get("qualification.change.busy"));
        }
        Map<String, String> errors = PortalErrors.messages(messages, problems);
        for (FormProblem file : fileProblems) {
            errors.put(file.field(), FormRedirect.chooseFileAgain(messages, messages.get(file.messageKey(), file.args())));
        }
        return PortalErrors.back(redirect, URL, FORM, form, binding, errors,
                messages.get("qualification.form.hasErrors"));
    }

    private static List<ProofUploads.Chosen> chosen(MultipartFile proof1, MultipartFile proof2) throws IOException {
        List<ProofUploads.Chosen> chosen = new ArrayList<>();
        if (present(proof1)) {
            chosen.add(new ProofUploads.Chosen(1, proof1.getOriginalFilename(), proof1.getBytes()));
        }
        if (present(proof2)) {
            chosen.add(new ProofUploads.Chosen(2, proof2.getOriginalFilename(), proof2.getBytes()));
        }
        return chosen;
    }

    private static boolean present(MultipartFile file) {
        return file != null && !(file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isEmpty()));
    }
}
