package io.casehall.shared.seal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The one full address of the public verification page, printed on sealed PDFs and written into e-mails and SMS
 * (a bare "/verify" means nothing on paper). In order: the configured public base URL ({@code casehall.public-url}
 * / {@code CASEHALL_PUBLIC_URL}) + the verification path; a full URL configured as
 * {@code casehall.seal.verification-url}; the base of the current request (remembered for later background jobs);
 * else the server's own host name and port.
 */
@Component
public class VerificationAddress {

    private final String publicUrl;
    private final String configured;
    private final Environment environment;
    private final AtomicReference<String> lastRequestBase = new AtomicReference<>();

    VerificationAddress(@Value("${casehall.public-url:${CASEHALL_PUBLIC_URL:}}") String publicUrl,
                        @Value("${casehall.seal.verification-url:${CASEHALL_SEAL_VERIFICATION_URL:/verify}}") String configured,
                        Environment environment) {
        this.publicUrl = publicUrl == null ? "" : publicUrl.strip();
        this.configured = configured == null || configured.isBlank() ? "/verify" : configured.strip();
        this.environment = environment;
    }

    /** The full verification URL, e.g. {@code https://casehall.example.edu.cn/verify}. */
    public String url() {
        if (isAbsolute(configured)) {
            return configured;
        }
        return base() + path();
    }

    /** The public base URL (scheme, host, port, context path) without a trailing slash. */
    public String base() {
        if (!publicUrl.isEmpty()) {
            return trim(publicUrl);
        }
        String fromRequest = currentRequestBase();
        if (fromRequest != null) {
            lastRequestBase.set(fromRequest);
            return fromRequest;
        }
        String remembered = lastRequestBase.get();
        if (remembered != null) {
            return remembered;
        }
        return serverBase();
    }

    private String path() {
        return configured.startsWith("/") ? configured : "/" + configured;
    }

    private static String currentRequestBase() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return null;
        }
        HttpServletRequest request = servlet.getRequest();
        try {
            return trim(ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String serverBase() {
        String host = environment.getProperty("server.address");
        if (host == null || host.isBlank() || "0.0.0.0".equals(host)) {
            try {
                host = InetAddress.getLocalHost().getCanonicalHostName();
            } catch (UnknownHostException e) {
                host = "localhost";
            }
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        boolean tls = "true".equals(environment.getProperty("server.ssl.enabled"));
        String context = environment.getProperty("server.servlet.context-path", "");
        boolean defaultPort = (tls && "443".equals(port)) || (!tls && "80".equals(port));
        return (tls ? "https://" : "http://") + host + (defaultPort ? "" : ":" + port) + trim(context);
    }

    private static boolean isAbsolute(String url) {
        return url.startsWith("http://") || url.startsWith("https://");
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
