package org.ganplayground.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.ganplayground.classroom.Account;
import org.ganplayground.classroom.AccountProblem;
import org.ganplayground.classroom.AccountService;
import org.ganplayground.classroom.Passwords;

/** Your account: change your password (required after a teacher gave you a printed one). */
@Route("account")
@PageTitle("My account | GAN Playground")
@Menu(order = 90, icon = "USER", title = "My account")
@PermitAll
class AccountView extends VerticalLayout {

    final Paragraph mustChange = new Paragraph();
    final PasswordField current = new PasswordField("Current password");
    final NewPassword next = new NewPassword("New password", "New password again");
    final Button change = new Button("Change password");

    AccountView(AccountService accounts, SignInHere signIn) {
        setMaxWidth("36rem");
        Account me = accounts.me().orElseThrow();
        add(new H2("My account: " + me.getUsername()));
        if (me.getRole() == org.ganplayground.classroom.Role.GUEST) {
            add(new KeepGuestWork(accounts, signIn));
            return;
        }
        mustChange.setText(
                me.isMustChangePassword()
                        ? "Your password was printed on a sheet. Pick your own now: nobody else will know it."
                        : "");
        mustChange.addClassName("gp-notice");
        mustChange.setVisible(me.isMustChangePassword());
        current.setMaxLength(Passwords.MAX_LENGTH);
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(
                e -> {
                    if (!next.typedTwice()) {
                        return;
                    }
                    try {
                        accounts.changePassword(current.getValue(), next.value());
                        current.clear();
                        current.setInvalid(false);
                        next.clear();
                        mustChange.setVisible(false);
                        Notification.show("Password changed.");
                    } catch (AccountProblem p) {
                        Forms.show(
                                p,
                                Map.of(
                                        AccountProblem.Field.PASSWORD,
                                        current,
                                        AccountProblem.Field.NEW_PASSWORD,
                                        next.password));
                    }
                });
        add(mustChange, new FormLayout(current, next.password, next.repeat), change);
        // the export lives in teaching/ui/MyDataView.java (teaching depends on classroom)
        add(new Anchor("account/data", "Download all my data (zip)"));
        if (me.getRole() == org.ganplayground.classroom.Role.LEARNER && me.getClassId() == null) {
            add(new DeleteMyAccount(accounts));
        }
    }
}
