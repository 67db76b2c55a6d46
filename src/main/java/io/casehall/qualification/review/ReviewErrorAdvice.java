package io.casehall.qualification.review;

import io.casehall.shared.web.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The college pages' 403: a reviewer who opens another college's graduate, request or report by its address gets
 * the error page saying it belongs to another college — no data of it, and not the generic "expired page" text.
 */
@ControllerAdvice(basePackageClasses = ReviewErrorAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReviewErrorAdvice {

    private final Messages messages;

    ReviewErrorAdvice(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(OtherCollegeException.class)
    String otherCollege(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("errorMessage", messages.get("qualification.review.otherCollege"));
        model.addAttribute("path", request.getRequestURI());
        return "error";
    }
}
