package io.casehall.deposit.web;

import static io.casehall.deposit.web.DepositFormPost.ERRORS;
import static io.casehall.deposit.web.DepositFormPost.FORM;

import io.casehall.deposit.ApplicantGroup;
import io.casehall.deposit.ArchiveKeeper;
import io.casehall.deposit.DepositForm;
import io.casehall.deposit.DepositUploadKind;
import java.util.Map;
import org.springframework.ui.Model;

/**
 * The model of the form page ({@code deposit/form}), new or 修改申请: the form, the messages at its fields, what the
 * verified identity shows (never part of the form that is posted), and the options of the selects.
 */
final class DepositFormPage {

    /** Name, gender and masked ID number as real-name verification proved them. */
    record Identity(String fullName, String gender, String maskedIdNumber) {
    }

    private DepositFormPage() {
    }

    /** The page for a fresh form (no messages) or one a POST sent back (its messages flashed under {@code errors}). */
    @SuppressWarnings("unchecked")
    static String show(Model model, DepositFormOptions options, DepositForm form, Identity identity, String action,
                       Long applicationId) {
        DepositRows.ensureRows(form);
        Object errors = model.asMap().get(ERRORS);
        model.addAttribute(FORM, form);
        model.addAttribute(ERRORS, errors instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of());
        model.addAttribute("identity", identity);
        model.addAttribute("action", action);
        model.addAttribute("applicationId", applicationId);
        model.addAttribute("group", ApplicantGroup.fromCode(form.getApplicantGroup()).orElse(null));
        model.addAttribute("keeper", ArchiveKeeper.fromCode(form.getArchiveKeeper()).orElse(null));
        model.addAttribute("uploadKinds", DepositUploadKind.values());
        options.addTo(model, form);
        model.addAttribute("maxHistory", DepositRows.MAX_HISTORY);
        model.addAttribute("maxStudy", DepositRows.MAX_STUDY);
        return "deposit/form";
    }
}
