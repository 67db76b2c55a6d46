package io.casehall.staff.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * First line in front of the engine's REST API and the webapps' engine API: a task query or a filter (create,
 * update, execute) that carries an expression other than the standard filter functions — in a query parameter,
 * at the top of the JSON body or nested in {@code orQueries} — is refused with 400 and a JSON message before it
 * reaches the engine. The engine enforces the same rule itself ({@link GuardedExpressionManager}); this answers
 * early and clearly.
 */
class QueryExpressionFilter extends OncePerRequestFilter {

    /** Task queries and filters, with or without the {@code engine/<name>/} prefix. */
    private static final Pattern QUERY_PATH = Pattern.compile(
            "^/(?:engine-rest|camunda/api/engine)(?:/engine/[^/]+)?/(?:task(?:/count)?|filter(?:/.*)?)/?$");
    private static final int MAX_BODY_BYTES = 1024 * 1024;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !QUERY_PATH.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                if (QueryExpressions.isForbidden(value) || QueryExpressions.isForbidden(parameter.getKey())) {
                    refuse(response);
                    return;
                }
            }
        }
        if (request.getContentLengthLong() == 0 || "GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            refuse(response, 413, "Query too large. 查询内容过大。");
            return;
        }
        if (carriesForbiddenExpression(body)) {
            refuse(response);
            return;
        }
        chain.doFilter(new ReplayedBody(request, body), response);
    }

    private boolean carriesForbiddenExpression(byte[] body) {
        if (body.length == 0) {
            return false;
        }
        try {
            return forbiddenIn(json.readTree(body));
        } catch (IOException notJson) {
            // Not JSON: the engine answers it; an expression hidden in it is still refused below.
            return QueryExpressions.isForbidden(new String(body, StandardCharsets.UTF_8));
        }
    }

    private static boolean forbiddenIn(JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isTextual()) {
            return QueryExpressions.isForbidden(node.textValue());
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (QueryExpressions.isForbidden(field.getKey()) || forbiddenIn(field.getValue())) {
                    return true;
                }
            }
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (forbiddenIn(element)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void refuse(HttpServletResponse response) throws IOException {
        refuse(response, HttpServletResponse.SC_BAD_REQUEST, QueryExpressions.REFUSAL);
    }

    private void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(json.writeValueAsString(
                Map.of("type", "InvalidRequestException", "message", message)));
    }

    /** The request again, with the body this filter has already read. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
