package io.casehall.staff;

import io.casehall.shared.security.LoginThrottledException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * How the engine's REST API answers a caller it did not sign in: 401 with the Basic challenge, or 429 with
 * {@code Retry-After} when the client has failed too often, in the engine's JSON error format.
 */
class RestEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setContentType("application/json;charset=UTF-8");
        if (e instanceof LoginThrottledException throttled) {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())));
            response.getWriter().write("{\"type\":\"AuthenticationException\",\"message\":"
                    + "\"Too many failed sign-ins from this client; try again later. 登录失败次数过多，请稍后再试。\"}");
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + StaffSecurityConfig.REST_REALM + "\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.getWriter().write("{\"type\":\"AuthenticationException\",\"message\":\"Unauthorized\"}");
    }
}
