package org.ganplayground;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import org.ganplayground.classroom.Caller;
import org.springframework.security.core.context.SecurityContextHolder;

/** Makes Karibu's fake request carry the signed-in user, as Spring Security's filter would. */
public final class SignedInRequest {

    private SignedInRequest() {}

    public static void clear() {
        VaadinServletRequest vr = VaadinServletRequest.getCurrent();
        if (vr != null && vr.getRequest() instanceof FakeRequest request) {
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, role) -> false);
        }
    }

    public static void mark(Caller caller) {
        VaadinServletRequest vr = VaadinServletRequest.getCurrent();
        if (vr == null || !(vr.getRequest() instanceof FakeRequest request)) {
            return;
        }
        var auth = SecurityContextHolder.getContext().getAuthentication();
        request.setUserPrincipalInt(auth);
        request.setUserInRole(
                (principal, role) ->
                        auth.getAuthorities().stream()
                                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }
}
