package org.ganplayground.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.communication.PushMode;
import java.util.List;
import java.util.Map;
import org.ganplayground.classroom.AccountProblem;
import org.ganplayground.classroom.AccountService;
import org.ganplayground.classroom.Caller;

/** Sign in, sign up, join a class, or try the app as a guest without an account. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | GAN Playground")
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver {

    final LoginForm form = new LoginForm();
    final Button guest = new Button("Try without an account");
    final Paragraph guestProblem = new Paragraph();

    LoginView(AccountService accounts, SignInHere signIn) {
        // no push connection on a page that signs in: the sign-in replaces the session, and
        // Atmosphere logged an ERROR cancelling the connection the old session had open
        addAttachListener(e -> e.getUI().getPushConfiguration().setPushMode(PushMode.DISABLED));
        setAlignItems(Alignment.CENTER);
        getElement().setAttribute("role", "main"); // a page without the app's frame
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts(null));

        guest.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        guest.addClickListener(
                e -> {
                    try {
                        Caller g = accounts.startGuest();
                        signIn.signInAndGo(g, "");
                    } catch (AccountProblem p) {
                        guestProblem.setText(p.getMessage());
                    }
                });
        guestProblem.addClassName("gp-error");
        Paragraph guestHint =
                new Paragraph(
                        "As a guest your runs are kept for "
                                + accounts.guestLifetime().toHours()
                                + " hours, then deleted.");
        guestHint.addClassName("gp-hint");
        add(
                new H1("GAN Playground"),
                form,
                new Anchor("signup", "New here? Sign up with a nickname"),
                new Anchor("signup?join", "Join a class with a code from your teacher"),
                guest,
                guestHint,
                guestProblem);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        if (q.containsKey("locked")) {
            form.setI18n(
                    texts(
                            "Too many wrong passwords for this username. Wait 15 minutes, or ask"
                                    + " your teacher to reset your password."));
            form.setError(true);
        } else if (q.containsKey("error")) {
            form.setError(true);
        }
    }

    private static LoginI18n texts(String lockedMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage()
                .setTitle(lockedMessage == null ? "Wrong username or password" : "Wait a while");
        i18n.getErrorMessage()
                .setMessage(
                        lockedMessage == null
                                ? "Check both and try again. Your teacher can reset a forgotten password."
                                : lockedMessage);
        return i18n;
    }
}
