package io.casehall.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An upload over the request limit is refused before any controller is chosen, so this advice has no
 * selector: it sends the user back to the form they came from with a message, and their page is intact.
 * (Uploads under the limit but over their own policy get the document store's message on the form.)
 * A multipart body that cannot be parsed at all is the sender's mistake too: 400 with the error page.
 */
@ControllerAdvice
class UploadLimitAdvice {

    private static final Logger log = LoggerFactory.getLogger(UploadLimitAdvice.class);

    private final Messages messages;

    UploadLimitAdvice(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("errorMessage", messages.get("upload.tooLargeRequest"));
        return "redirect:" + sameSiteReferer(request);
    }

    @ExceptionHandler(MultipartException.class)
    String unreadable(MultipartException e, HttpServletRequest request, Model model, HttpServletResponse response) {
        log.debug("Refused an unreadable multipart request to {}: {}", request.getRequestURI(), e.toString());
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("errorMessage", messages.get("error.status.400"));
        return "error";
    }

    /**
     * The form's page, if the browser says it came from this site; otherwise the home page. A malformed
     * header, or a path that a browser would read as another host ({@code //elsewhere}), is the home page too.
     */
    static String sameSiteReferer(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return "/";
        }
        URI uri;
        try {
            uri = URI.create(referer);
        } catch (IllegalArgumentException malformed) {
            return "/";
        }
        String prefix = request.getContextPath() + "/";
        if (request.getServerName().equals(uri.getHost()) && uri.getRawPath() != null
                && uri.getRawPath().startsWith(prefix) && !uri.getRawPath().startsWith(prefix + "/")) {
            String path = uri.getRawPath().substring(request.getContextPath().length());
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        }
        return "/";
    }
}
