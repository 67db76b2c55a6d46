package io.casehall.creditbank.web;

import io.casehall.creditbank.InstitutionDirectory;
import io.casehall.creditbank.InstitutionIdentity;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.InstitutionUser;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.security.Actor;
import io.casehall.shared.security.LoginThrottle;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Signs institution users in at the institution entrance. The password and its lockout are the engine's (growing,
 * never permanent, as for staff); a client that fails too often is held back first ({@link LoginThrottle}); a
 * disabled user is refused even with the right password. Authorities: ROLE_INSTITUTION and GROUP_&lt;id&gt;.
 */
@Component
class InstitutionAuthenticationProvider implements AuthenticationProvider {

    static final String ROLE = InstitutionSignIn.ROLE;

    private final InstitutionDirectory directory;
    private final InstitutionIdentity identity;
    private final AuditLog auditLog;
    private final LoginThrottle throttle;

    InstitutionAuthenticationProvider(InstitutionDirectory directory, InstitutionIdentity identity, AuditLog auditLog,
                                      LoginThrottle throttle) {
        this.directory = directory;
        this.identity = identity;
        this.auditLog = auditLog;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName() == null ? "" : authentication.getName().trim();
        String password = String.valueOf(authentication.getCredentials());
        throttle.check(authentication);
        Optional<InstitutionUser> user = userId.isEmpty() ? Optional.empty() : directory.user(userId);
        if (user.isEmpty() || !identity.checkPassword(userId, password)) {
            throttle.recordFailure(authentication);
            if (user.isPresent()) {
                auditLog.record(Actor.of(Actor.Kind.INSTITUTION, userId), "LOGIN_FAILED", "institution-user", userId,
                        null);
            }
            if (user.isPresent() && identity.isLocked(userId)) {
                throw new LockedException("login.locked");
            }
            throw new BadCredentialsException("login.failed");
        }
        if (!user.get().isEnabled()) {
            auditLog.record(Actor.of(Actor.Kind.INSTITUTION, userId), "LOGIN_REFUSED_DISABLED", "institution-user",
                    userId, null);
            throw new DisabledException("login.disabled");
        }
        InstitutionPrincipal principal = directory.principalOf(user.get());
        auditLog.record(principal, "LOGIN", "institution-user", userId, null);
        return InstitutionSignIn.authenticationOf(principal);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
