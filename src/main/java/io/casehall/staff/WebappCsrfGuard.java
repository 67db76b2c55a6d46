package io.casehall.staff;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a state-changing call to the webapps' API (Tasklist, Cockpit, Admin and their logout) that does not
 * carry the webapps' CSRF token — before the webapps' own CSRF filter sees it, because that filter invalidates
 * the session when the token is missing: any cross-site POST would otherwise sign a staff member out.
 */
class WebappCsrfGuard extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final WebappCsrfTokenMatcher token = new WebappCsrfTokenMatcher();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SAFE_METHODS.contains(request.getMethod())
                || !request.getRequestURI().startsWith(request.getContextPath() + "/camunda/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!token.matches(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"type\":\"Forbidden\",\"message\":\"CSRF token missing or invalid. "
                    + "请刷新页面后重试。\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
