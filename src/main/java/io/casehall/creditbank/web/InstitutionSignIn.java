package io.casehall.creditbank.web;

import io.casehall.creditbank.InstitutionPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The one place that says what an institution user signs in as: their principal with ROLE_INSTITUTION and
 * GROUP_&lt;id&gt; per group — for the sign-in form ({@link InstitutionAuthenticationProvider}) and for the registrant,
 * who is signed in right after step 1 of the registration ({@link #signIn}).
 */
public final class InstitutionSignIn {

    public static final String ROLE = "ROLE_INSTITUTION";

    private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    private InstitutionSignIn() {
    }

    public static List<GrantedAuthority> authoritiesOf(InstitutionPrincipal principal) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(ROLE));
        principal.groupIds().forEach(group -> authorities.add(new SimpleGrantedAuthority("GROUP_" + group)));
        return authorities;
    }

    public static Authentication authenticationOf(InstitutionPrincipal principal) {
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authoritiesOf(principal));
    }

    /** Signs the principal in on this session (a new session id, as after a form sign-in). */
    public static void signIn(InstitutionPrincipal principal, HttpServletRequest request,
                              HttpServletResponse response) {
        request.getSession(true);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authenticationOf(principal));
        SecurityContextHolder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
    }

    /** Replaces the signed-in principal (after a change of name or groups), keeping the session. */
    public static void refresh(InstitutionPrincipal principal, HttpServletRequest request,
                               HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authenticationOf(principal));
        SecurityContextHolder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
    }
}
