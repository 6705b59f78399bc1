package org.ganplayground.classroom.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.SessionSignIn;

/**
 * Signs the person at this browser in (after setup, sign-up or as a guest) and reloads the page at
 * {@code path}: the session id changes, so the page starts afresh in the new session.
 */
@SpringComponent
class SignInHere {

    private final SessionSignIn sessionSignIn;

    SignInHere(SessionSignIn sessionSignIn) {
        this.sessionSignIn = sessionSignIn;
    }

    void signInAndGo(Caller who, String path) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            sessionSignIn.signIn(
                    who, request.getHttpServletRequest(), response.getHttpServletResponse());
        }
        UI.getCurrent().getPage().setLocation(path.isEmpty() ? "./" : path);
    }
}
