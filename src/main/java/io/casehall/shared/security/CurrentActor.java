package io.casehall.shared.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor of the current request, or {@link Actor#SYSTEM} in jobs and delegates. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Actor get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            return actor;
        }
        if (authentication != null && authentication.isAuthenticated()
                && !"anonymousUser".equals(authentication.getName())) {
            // HTTP Basic on the REST API authenticates a staff user by name only.
            return Actor.of(Actor.Kind.STAFF, authentication.getName());
        }
        return Actor.SYSTEM;
    }
}
