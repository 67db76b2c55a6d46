package io.casehall.staff;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic for the engine's REST API (Modeler deployments, Tasklist-style clients). A REST client sends its
 * password with every request; checking it, loading the groups and writing a LOGIN audit row each time cost more
 * than the query itself. A successful check is therefore remembered for a short while, keyed by the user and an
 * HMAC of the password under a key that lives only in this process, so the cache never holds a password. A wrong
 * password is never remembered and always goes to the identity service (which applies its lockout); a changed
 * password or group membership takes effect when the entry expires.
 */
@Component
class EngineRestAuthenticationProvider implements AuthenticationProvider {

    private static final int MAX_ENTRIES = 10_000;

    private final StaffAuthenticationProvider staff;
    private final Duration timeToLive;
    private final Clock clock;
    private final SecretKeySpec cacheKey;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    EngineRestAuthenticationProvider(StaffAuthenticationProvider staff,
                                     @Value("${casehall.staff.rest-authentication-cache:PT1M}") Duration timeToLive,
                                     Clock clock) {
        this.staff = staff;
        this.timeToLive = timeToLive;
        this.clock = clock;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.cacheKey = new SecretKeySpec(key, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName() == null ? "" : authentication.getName().trim();
        String key = userId + '\n' + fingerprint(String.valueOf(authentication.getCredentials()));
        Instant now = clock.instant();
        Remembered hit = remembered.get(key);
        if (hit != null && hit.expires().isAfter(now)) {
            // A token of its own for each request: Spring attaches the request's details to it.
            return UsernamePasswordAuthenticationToken.authenticated(hit.principal(), null, hit.authorities());
        }
        Authentication checked = staff.authenticate(authentication);
        if (remembered.size() >= MAX_ENTRIES) {
            remembered.values().removeIf(r -> !r.expires().isAfter(now));
            if (remembered.size() >= MAX_ENTRIES) {
                remembered.clear();
            }
        }
        remembered.put(key, new Remembered(checked.getPrincipal(), List.copyOf(checked.getAuthorities()),
                now.plus(timeToLive)));
        return checked;
    }

    private String fingerprint(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(cacheKey);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private record Remembered(Object principal, List<GrantedAuthority> authorities, Instant expires) {
    }
}
