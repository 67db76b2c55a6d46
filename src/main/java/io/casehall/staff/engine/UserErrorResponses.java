package io.casehall.staff.engine;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes a person's mistake a 400 on the engine's REST API and the webapps' engine API. Many REST resources
 * answer every engine exception but a few with 500 (task completion, variable modification, process start), so
 * Tasklist showed "ENGINE-03051 …" for a refused form. When a command in this request failed with a
 * {@link org.camunda.bpm.engine.BadUserRequestException} (recorded by {@link UserErrors}) and the answer is a
 * 500 (or a 400 whose text the REST layer prefixed with "Cannot complete task …"), the answer becomes 400 with
 * just that message, in the engine's JSON error format.
 */
class UserErrorResponses extends OncePerRequestFilter {

    private static final ThreadLocal<String[]> RECORDED = new ThreadLocal<>();

    private final ObjectMapper json = new ObjectMapper();

    /** Called by the engine (same thread) when a command ends with a person's mistake. */
    static void record(String message) {
        String[] slot = RECORDED.get();
        if (slot != null) {
            slot[0] = message;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String[] slot = new String[1];
        RECORDED.set(slot);
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, buffered);
            int status = buffered.getStatus();
            if (slot[0] != null && (status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR
                    || status == HttpServletResponse.SC_BAD_REQUEST)) {
                buffered.resetBuffer();
                buffered.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                buffered.setContentType("application/json;charset=UTF-8");
                buffered.getOutputStream().write(json.writeValueAsString(
                        Map.of("type", "BadUserRequestException", "message", slot[0])).getBytes(StandardCharsets.UTF_8));
            }
        } finally {
            RECORDED.remove();
            buffered.copyBodyToResponse();
        }
    }
}
