package io.casehall.shared.web;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Post/redirect/get for a form that comes back with messages: the POST flashes the form as typed and its
 * {@link BindingResult} (the field messages, and values that did not bind, such as a malformed date) and
 * redirects to the form's own GET page, which shows them as if rendered straight after the POST; reloading that
 * page sends nothing again. A chosen file cannot travel with a redirect: forms store accepted files at once and
 * keep their ids, and name a refused one with {@link #chooseFileAgain}. Flash attributes are kept in the
 * session (Spring Session JDBC), so a flashed form must be {@link java.io.Serializable}.
 */
public final class FormRedirect {

    private FormRedirect() {
    }

    /** Flashes {@code form} under {@code formName} with its binding result, and redirects to {@code url}. */
    public static String back(RedirectAttributes redirect, String url, String formName, Object form,
                              BindingResult binding) {
        redirect.addFlashAttribute(formName, form);
        redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + formName, binding);
        return "redirect:" + url;
    }

    /** On the GET page: the form a POST sent back with messages, or null when the page is opened afresh. */
    public static <T> T sentBack(Model model, String formName, Class<T> type) {
        Object form = model.asMap().get(formName);
        return type.isInstance(form) && model.containsAttribute(BindingResult.MODEL_KEY_PREFIX + formName)
                ? type.cast(form) : null;
    }

    /** A refused file's message, saying that the file is not kept and must be chosen again. */
    public static String chooseFileAgain(Messages messages, String refusal) {
        return refusal + " " + messages.get("upload.chooseAgain");
    }
}
