package io.casehall.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Last line for refusals that escape a controller: the user gets a page in their language, never a
 * stack trace. Controllers that can re-show a form handle {@link UserFacingException} themselves.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class GlobalErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalErrorHandler.class);

    private final Messages messages;

    GlobalErrorHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("errorMessage", messages.get(e));
        return "error";
    }

    /** A malformed id in the address (not a number, not a document id) is simply not found. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String malformedId(MethodArgumentTypeMismatchException e, Model model, HttpServletResponse response) {
        return notFound(new NotFoundException(), model, response);
    }

    @ExceptionHandler(UserFacingException.class)
    String refused(UserFacingException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("errorMessage", messages.get(e));
        return "error";
    }

    /** Refusals by method security belong to Spring Security, which answers 403 (or asks to sign in). */
    @ExceptionHandler(AccessDeniedException.class)
    void accessDenied(AccessDeniedException e) {
        throw e;
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletResponse response) {
        log.error("Unexpected error", e);
        response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
        model.addAttribute("errorMessage", messages.get("error.unexpected"));
        return "error";
    }
}
