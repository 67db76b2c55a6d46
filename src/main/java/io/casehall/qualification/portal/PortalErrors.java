package io.casehall.qualification.portal;

import io.casehall.shared.web.FormProblem;
import io.casehall.shared.web.FormRedirect;
import io.casehall.shared.web.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Post/redirect/get for the graduate's forms: the form as typed and a message per field (form property or a
 * group such as {@code originPlace}, {@code proof1}, {@code form}) go back to the form's page as flash attributes.
 */
final class PortalErrors {

    static final String ERRORS = "errors";

    private PortalErrors() {
    }

    static Map<String, String> messages(Messages messages, List<FormProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FormProblem problem : problems) {
            errors.merge(problem.field(), messages.get(problem.messageKey(), problem.args()), (a, b) -> a + " " + b);
        }
        return errors;
    }

    /** Sends the form back to {@code url} with the messages and a summary at the top. */
    static String back(RedirectAttributes redirect, String url, String formName, Object form, BindingResult binding,
                       Map<String, String> errors, String summary) {
        redirect.addFlashAttribute(ERRORS, new LinkedHashMap<>(errors));
        if (summary != null) {
            redirect.addFlashAttribute("errorMessage", summary);
        }
        return FormRedirect.back(redirect, url, formName, form, binding);
    }
}
