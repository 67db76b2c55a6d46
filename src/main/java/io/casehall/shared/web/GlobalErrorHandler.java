package io.casehall.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.convert.ConversionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;

/**
 * Last line for refusals that escape a controller: the user gets a page in their language, never a stack
 * trace. Controllers that can re-show a form handle {@link UserFacingException} themselves.
 *
 * <p>A request the application cannot read — a missing or malformed parameter, a list index no form has, a
 * value of the wrong type, a form bound without a place for its errors — is the sender's mistake: 400 with a
 * message, logged at debug. Only what is left is ours: 500, logged with its stack trace.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class GlobalErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalErrorHandler.class);

    private final Messages messages;

    GlobalErrorHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, HttpServletRequest request, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return errorPage(messages.get(e), request, model);
    }

    /** A malformed id in the address (not a number, not a document id) is simply not found. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String malformedArgument(MethodArgumentTypeMismatchException e, HttpServletRequest request, Model model,
                             HttpServletResponse response) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return notFound(new NotFoundException(), request, model, response);
        }
        return unreadable(e, request, model, response);
    }

    @ExceptionHandler({ServletRequestBindingException.class, TypeMismatchException.class, ConversionException.class,
            InvalidPropertyException.class, BindException.class, HandlerMethodValidationException.class,
            HttpMessageNotReadableException.class, MultipartException.class, RequestRejectedException.class})
    String unreadable(Exception e, HttpServletRequest request, Model model, HttpServletResponse response) {
        HttpStatusCode status = e instanceof ErrorResponse answer && answer.getStatusCode().is4xxClientError()
                ? answer.getStatusCode() : HttpStatus.BAD_REQUEST;
        return clientError(status, e, request, model, response);
    }

    @ExceptionHandler(UserFacingException.class)
    String refused(UserFacingException e, HttpServletRequest request, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return errorPage(messages.get(e), request, model);
    }

    /** Refusals by method security belong to Spring Security, which answers 403 (or asks to sign in). */
    @ExceptionHandler(AccessDeniedException.class)
    void accessDenied(AccessDeniedException e) {
        throw e;
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletRequest request, Model model, HttpServletResponse response) {
        if (e instanceof ErrorResponse answer && answer.getStatusCode().is4xxClientError()) {
            return clientError(answer.getStatusCode(), e, request, model, response);
        }
        log.error("Unexpected error", e);
        response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
        return errorPage(messages.get("error.unexpected"), request, model);
    }

    private String clientError(HttpStatusCode status, Exception e, HttpServletRequest request, Model model,
                               HttpServletResponse response) {
        log.debug("Refused {} {} with {}: {}", request.getMethod(), request.getRequestURI(), status.value(), e.toString());
        response.setStatus(status.value());
        if (e instanceof ErrorResponse answer) {
            answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        }
        String key = "error.status." + status.value();
        String message = messages.get(key);
        return errorPage(message.equals(key) ? messages.get("error.status.400") : message, request, model);
    }

    /** The error page with its message; the path lets it lead staff back to the console, applicants home. */
    private static String errorPage(String message, HttpServletRequest request, Model model) {
        model.addAttribute("errorMessage", message);
        model.addAttribute("path", request.getRequestURI());
        return "error";
    }
}
