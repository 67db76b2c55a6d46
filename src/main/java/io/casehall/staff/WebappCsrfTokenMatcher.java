package io.casehall.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Matches a request that carries the Camunda webapps' CSRF token (header {@code X-XSRF-TOKEN}, equal to the one
 * the webapps keep in the session), compared in constant time.
 */
class WebappCsrfTokenMatcher implements RequestMatcher {

    static final String HEADER = "X-XSRF-TOKEN";
    static final String SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";

    @Override
    public boolean matches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        String sent = request.getHeader(HEADER);
        return expected instanceof String token && sent != null && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
