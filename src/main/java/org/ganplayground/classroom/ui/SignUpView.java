package org.ganplayground.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.communication.PushMode;
import java.util.List;
import java.util.Map;
import org.ganplayground.classroom.Account;
import org.ganplayground.classroom.AccountProblem;
import org.ganplayground.classroom.AccountService;
import org.ganplayground.classroom.SchoolClass;
import org.ganplayground.classroom.SignInThrottle;

/**
 * A learner makes their own account: a nickname and a password, nothing else; with a join code from
 * a teacher they join that class.
 */
@Route(value = "signup", autoLayout = false)
@PageTitle("Sign up | GAN Playground")
@AnonymousAllowed
class SignUpView extends VerticalLayout implements BeforeEnterObserver {

    final TextField joinCode = new TextField("Join code (if your teacher gave you one)");
    final TextField username = new TextField("Username");
    final NewPassword password = new NewPassword("Password", "Password again");
    final Button create = new Button("Create my account");
    final Paragraph problem = new Paragraph();

    SignUpView(AccountService accounts, SignInHere signIn, SignInThrottle throttle) {
        // no push connection on a page that signs in: the sign-in replaces the session, and
        // Atmosphere logged an ERROR cancelling the connection the old session had open
        addAttachListener(e -> e.getUI().getPushConfiguration().setPushMode(PushMode.DISABLED));
        setMaxWidth("36rem");
        getElement().setAttribute("role", "main"); // a page without the app's frame
        // room for spaces around a pasted code; the service reads it stripped
        joinCode.setMaxLength(SchoolClass.JOIN_CODE_LENGTH + 10);
        joinCode.setHelperText("6 letters and digits. Leave empty to learn on your own.");
        username.setMaxLength(Account.USERNAME_MAX_LENGTH);
        username.setHelperText("A nickname, not your real name: others in a class may see it.");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        problem.addClassName("gp-error");
        create.addClickListener(
                e -> {
                    String address =
                            VaadinRequest.getCurrent() == null
                                    ? null
                                    : VaadinRequest.getCurrent().getRemoteAddr();
                    if (!joinCode.isEmpty() && throttle.addressRefused(address)) {
                        problem.setText("Too many tries from here. Wait 15 minutes and try again.");
                        return;
                    }
                    if (!password.typedTwice()) {
                        return;
                    }
                    try {
                        var me =
                                accounts.signUp(
                                        username.getValue(), password.value(), joinCode.getValue());
                        signIn.signInAndGo(me, "");
                    } catch (AccountProblem p) {
                        if (p.field() == AccountProblem.Field.JOIN_CODE) {
                            throttle.failedJoinCode(address);
                        }
                        if (!Forms.show(
                                p,
                                Map.of(
                                        AccountProblem.Field.USERNAME, username,
                                        AccountProblem.Field.PASSWORD, password.password,
                                        AccountProblem.Field.JOIN_CODE, joinCode))) {
                            problem.setText(p.getMessage());
                        }
                    }
                });
        add(
                new H1("Sign up"),
                new Paragraph("Only a username and a password: no e-mail, no real name."),
                new FormLayout(joinCode, username, password.password, password.repeat),
                create,
                problem,
                new Anchor("login", "I have an account: sign in"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> code = event.getLocation().getQueryParameters().getParameters().get("code");
        if (code != null && !code.isEmpty()) {
            String c = code.get(0).strip();
            joinCode.setValue(c.length() > 16 ? c.substring(0, 16) : c);
        }
    }
}
