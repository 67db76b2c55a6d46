package io.casehall.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser over real HTTP (cookies, CSRF tokens from forms), for what MockMvc cannot reach:
 * the Camunda webapps and the engine's REST API, which are not served by Spring MVC.
 */
public class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;
    private final CookieManager cookies;

    public Browser(int port) {
        this(port, new CookieManager());
    }

    private Browser(int port, CookieManager cookies) {
        this(port, HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build(),
                cookies);
    }

    private Browser(int port, HttpClient client, CookieManager cookies) {
        this.base = "http://localhost:" + port;
        this.client = client;
        this.cookies = cookies;
    }

    /** The same browser (same cookies) talking to another server on this host. */
    public Browser onPort(int port) {
        return new Browser(port, client, cookies);
    }

    /** A JSON request to the engine's REST API with HTTP Basic (a null user sends no credentials). */
    public HttpResponse<String> restJson(String method, String path, String json, String user, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return send(request.build());
    }

    /**
     * A JSON request as the Camunda webapps make it: with the session cookie and the webapps' CSRF header, whose
     * value the webapps hand out in the XSRF-TOKEN cookie (fetched first if this browser has none yet).
     */
    public HttpResponse<String> webappJson(String method, String path, String json) {
        if (xsrfToken() == null) {
            get("/camunda/api/admin/auth/user/default");
        }
        String token = xsrfToken();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("X-XSRF-TOKEN", token);
        }
        return send(request.build());
    }

    private String xsrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** A page request as a browser makes it (asking for HTML, which decides the error page's format). */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build());
    }

    public HttpResponse<String> getWithBasic(String path, String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + token)
                .GET().build());
    }

    /** Fetches the form page for its CSRF token, then posts the fields with it. */
    public HttpResponse<String> submitForm(String formPage, String action, Map<String, String> fields) {
        Matcher m = CSRF.matcher(get(formPage).body());
        if (!m.find()) {
            throw new IllegalStateException("No CSRF token on " + formPage);
        }
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&")) + "&_csrf=" + enc(m.group(1));
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Like {@link #submitForm(String, String, Map)}, the answer read as a stream (a large download). */
    public HttpResponse<java.io.InputStream> submitFormStreaming(String formPage, String action,
                                                                 Map<String, String> fields) {
        Matcher m = CSRF.matcher(get(formPage).body());
        if (!m.find()) {
            throw new IllegalStateException("No CSRF token on " + formPage);
        }
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&")) + "&_csrf=" + enc(m.group(1));
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base + action))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Like {@link #submitForm(String, String, Map)}, with fields that repeat (a list of ticked boxes). */
    public HttpResponse<String> submitForm(String formPage, String action, java.util.List<Map.Entry<String, String>> fields) {
        Matcher m = CSRF.matcher(get(formPage).body());
        if (!m.find()) {
            throw new IllegalStateException("No CSRF token on " + formPage);
        }
        String body = fields.stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&")) + "&_csrf=" + enc(m.group(1));
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** What a forged cross-site form would send: the fields, but no CSRF token. */
    public HttpResponse<String> postWithoutToken(String action, String urlEncodedBody) {
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncodedBody)).build());
    }

    /** A file upload form post with its CSRF field, sent from the page named as referer. */
    public HttpResponse<String> postMultipart(String action, String csrfToken, String field, String fileName,
                                              byte[] content, String referer) {
        String boundary = "----casehall" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfToken
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Referer", referer)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public HttpResponse<String> staffLogin(String user, String password) {
        return submitForm("/staff/login", "/staff/login", Map.of("username", user, "password", password));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
