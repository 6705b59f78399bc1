package org.ganplayground.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.communication.PushMode;
import java.util.Map;
import org.ganplayground.classroom.AccountProblem;
import org.ganplayground.classroom.AccountService;

/**
 * First start: the first teacher's account. There is no default password; this page then closes.
 */
@Route(value = "setup", autoLayout = false)
@PageTitle("Set up | GAN Playground")
@AnonymousAllowed
class SetupView extends VerticalLayout implements BeforeEnterObserver {

    final TextField username = new TextField("Your username");
    final NewPassword password = new NewPassword("Password", "Password again");
    final Button create = new Button("Create the first teacher account");
    final Paragraph problem = new Paragraph();

    private final AccountService accounts;

    SetupView(AccountService accounts, SignInHere signIn) {
        // no push connection on a page that signs in: the sign-in replaces the session, and
        // Atmosphere logged an ERROR cancelling the connection the old session had open
        addAttachListener(e -> e.getUI().getPushConfiguration().setPushMode(PushMode.DISABLED));
        this.accounts = accounts;
        setMaxWidth("36rem");
        getElement().setAttribute("role", "main"); // a page without the app's frame
        username.setHelperText("A nickname, not an e-mail address. You also manage teachers.");
        username.setMaxLength(org.ganplayground.classroom.Account.USERNAME_MAX_LENGTH);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        problem.addClassName("gp-error");
        create.addClickListener(
                e -> {
                    if (!password.typedTwice()) {
                        return;
                    }
                    try {
                        var teacher = accounts.setUp(username.getValue(), password.value());
                        signIn.signInAndGo(teacher, "classes");
                    } catch (AccountProblem p) {
                        if (!Forms.show(
                                p,
                                Map.of(
                                        AccountProblem.Field.USERNAME,
                                        username,
                                        AccountProblem.Field.PASSWORD,
                                        password.password))) {
                            problem.setText(p.getMessage());
                        }
                    }
                });
        add(
                new H1("Welcome to GAN Playground"),
                new Paragraph(
                        "This server has no teacher yet. Create the first teacher account: with it"
                                + " you create classes, learners and other teachers."),
                new FormLayout(username, password.password, password.repeat),
                create,
                problem);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!accounts.needsSetup()) {
            event.forwardTo(LoginView.class);
        }
    }
}
