package io.casehall.staff;

import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.security.Actor;
import io.casehall.shared.security.LoginThrottle;
import io.casehall.shared.security.StaffEntranceGuard;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks staff passwords against Camunda's identity service, which also applies the engine's own lockout after
 * repeated failures: temporary and growing, never permanent (see the engine settings in application.yml). A
 * client that fails too often is held back first ({@link LoginThrottle}). Authorities: ROLE_STAFF, ROLE_ADMIN for administrators, and
 * GROUP_&lt;id&gt; per role group.
 */
@Component
class StaffAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final AuditLog auditLog;
    private final LoginThrottle throttle;
    private final List<StaffEntranceGuard> guards;

    StaffAuthenticationProvider(IdentityService identityService, AuditLog auditLog, LoginThrottle throttle,
                                List<StaffEntranceGuard> guards) {
        this.identityService = identityService;
        this.auditLog = auditLog;
        this.throttle = throttle;
        this.guards = List.copyOf(guards);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName() == null ? "" : authentication.getName().trim();
        String password = String.valueOf(authentication.getCredentials());
        throttle.check(authentication);
        // A user who must sign in elsewhere is refused like a wrong password: nothing tells them the account exists.
        if (userId.isEmpty() || !guards.stream().allMatch(guard -> guard.mayEnter(userId))
                || !identityService.checkPassword(userId, password)) {
            throttle.recordFailure(authentication);
            if (!userId.isEmpty()) {
                auditLog.record(Actor.of(Actor.Kind.STAFF, userId), "LOGIN_FAILED", "staff", userId, null);
            }
            throw new BadCredentialsException("login.failed");
        }
        StaffPrincipal principal = principalOf(userId);
        auditLog.record(principal, "LOGIN", "staff", userId, null);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authoritiesOf(principal));
    }

    private StaffPrincipal principalOf(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return new StaffPrincipal(userId, StaffDirectory.displayName(user, userId), groupIdsOf(userId));
    }

    private static List<GrantedAuthority> authoritiesOf(StaffPrincipal principal) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_STAFF"));
        for (String group : principal.groupIds()) {
            authorities.add(new SimpleGrantedAuthority("GROUP_" + group));
            if (StaffRoles.ADMINISTRATORS.equals(group)) {
                authorities.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
            }
        }
        return authorities;
    }

    private List<String> groupIdsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
