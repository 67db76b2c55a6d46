package io.casehall.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads them, requests whose parameters no form can produce: control characters
 * (a NUL byte, escape, ...) in a parameter's name or value. Such text would otherwise travel into logs,
 * queries and the database (PostgreSQL refuses NUL and answers with an error). Tab and line breaks stay
 * allowed in values, since a textarea sends them. The answer is 400 with the error page in the user's
 * language; nothing is logged above debug, since it is the sender's doing. (Uploaded files' names are the
 * document store's: it strips control characters.)
 *
 * <p>The engine's REST API and the Camunda webapps read their own bodies: for them only the query string is
 * checked.
 */
class RequestInputFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestInputFilter.class);
    /** A percent-encoded control character other than tab, line feed and carriage return. */
    private static final Pattern ENCODED_CONTROL = Pattern.compile("%(0[0-8bBcCeEfF]|1[0-9a-fA-F]|7[fF])");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String problem = problem(request);
        if (problem != null) {
            log.debug("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), problem);
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        chain.doFilter(request, response);
    }

    /** What is wrong with the request's parameters, or null. */
    static String problem(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query != null && ENCODED_CONTROL.matcher(query).find()) {
            return "control character in the query string";
        }
        if (readsOwnBody(request)) {
            return null;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (!isAcceptableName(parameter.getKey())) {
                return "control character in a parameter name";
            }
            for (String value : parameter.getValue()) {
                if (!isAcceptableValue(value)) {
                    return "control character in parameter " + parameter.getKey();
                }
            }
        }
        return null;
    }

    /** The engine's REST API and the Camunda webapps parse their own bodies: only their query string is checked. */
    private static boolean readsOwnBody(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/engine-rest/") || path.startsWith("/camunda/");
    }

    /** As Spring Security's firewall wants parameter names: no control characters, no unassigned code points. */
    static boolean isAcceptableName(String text) {
        return text.codePoints().noneMatch(c -> Character.isISOControl(c) || !Character.isDefined(c));
    }

    static boolean isAcceptableValue(String text) {
        return text == null || text.codePoints().noneMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
    }
}
