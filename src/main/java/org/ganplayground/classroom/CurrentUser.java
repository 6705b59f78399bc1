package org.ganplayground.classroom;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The caller of a service, from the signed-in session (never from what a page sent). */
@Component
public class CurrentUser {

    /** The signed-in caller, or empty for nobody. */
    public Optional<Caller> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null
                && auth.isAuthenticated()
                && auth.getPrincipal() instanceof AccountUser u) {
            return Optional.of(u.caller());
        }
        return Optional.empty();
    }

    /**
     * The signed-in caller.
     *
     * @throws AccessDeniedException when nobody is signed in
     */
    public Caller get() {
        return find().orElseThrow(() -> new AccessDeniedException("Sign in first."));
    }
}
