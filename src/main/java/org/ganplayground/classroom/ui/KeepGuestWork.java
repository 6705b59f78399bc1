package org.ganplayground.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.ganplayground.classroom.Account;
import org.ganplayground.classroom.AccountProblem;
import org.ganplayground.classroom.AccountService;

/** A guest turns into a learner with a nickname and password, keeping every run. */
class KeepGuestWork extends VerticalLayout {

    final TextField username = new TextField("Username");
    final NewPassword password = new NewPassword("Password", "Password again");
    final Button keep = new Button("Keep my runs");

    KeepGuestWork(AccountService accounts, SignInHere signIn) {
        setPadding(false);
        username.setMaxLength(Account.USERNAME_MAX_LENGTH);
        username.setHelperText("A nickname, not your real name.");
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keep.addClickListener(
                e -> {
                    if (!password.typedTwice()) {
                        return;
                    }
                    try {
                        signIn.signInAndGo(
                                accounts.keepGuestWork(username.getValue(), password.value()),
                                "sessions");
                    } catch (AccountProblem p) {
                        Forms.show(
                                p,
                                Map.of(
                                        AccountProblem.Field.USERNAME,
                                        username,
                                        AccountProblem.Field.PASSWORD,
                                        password.password));
                    }
                });
        add(
                new Paragraph(
                        "You are trying GAN Playground as a guest: no password, and your runs are"
                                + " deleted "
                                + accounts.guestLifetime().toHours()
                                + " hours after you started. To keep them, pick a username and a"
                                + " password (nothing else)."),
                new FormLayout(username, password.password, password.repeat),
                keep);
    }
}
