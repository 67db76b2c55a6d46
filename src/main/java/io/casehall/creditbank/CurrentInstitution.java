package io.casehall.creditbank;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The institution of the signed-in user. Every query of the institution space is scoped with it: the institution
 * id comes from the principal, never from a request parameter.
 */
public final class CurrentInstitution {

    private CurrentInstitution() {
    }

    public static InstitutionPrincipal principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof InstitutionPrincipal principal) {
            return principal;
        }
        throw new AccessDeniedException("not signed in as an institution user");
    }

    public static Long id() {
        return principal().institutionId();
    }
}
