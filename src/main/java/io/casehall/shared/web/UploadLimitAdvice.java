package io.casehall.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An upload over the request limit is refused before any controller is chosen, so this advice has no
 * selector: it sends the user back to the form they came from with a message, and their page is intact.
 * (Uploads under the limit but over their own policy get the document store's message on the form.)
 */
@ControllerAdvice
class UploadLimitAdvice {

    private final Messages messages;

    UploadLimitAdvice(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("errorMessage", messages.get("upload.tooLargeRequest"));
        return "redirect:" + sameSiteReferer(request);
    }

    /** The form's page, if the browser says it came from this site; otherwise the home page. */
    private static String sameSiteReferer(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            URI uri = URI.create(referer);
            if (request.getServerName().equals(uri.getHost()) && uri.getRawPath() != null
                    && uri.getRawPath().startsWith(request.getContextPath() + "/")) {
                String path = uri.getRawPath().substring(request.getContextPath().length());
                return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
            }
        }
        return "/";
    }
}
