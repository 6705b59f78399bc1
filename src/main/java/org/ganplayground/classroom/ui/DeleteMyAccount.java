package org.ganplayground.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;
import org.ganplayground.classroom.AccountProblem;
import org.ganplayground.classroom.AccountService;
import org.ganplayground.classroom.Passwords;

/** A self-paced learner deletes their account and all their work, with their password. */
class DeleteMyAccount extends Details {

    final PasswordField password = new PasswordField("Your password");
    final Button delete = new Button("Delete my account and all my work");

    DeleteMyAccount(AccountService accounts) {
        setSummaryText("Delete my account");
        password.setMaxLength(Passwords.MAX_LENGTH);
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        delete.addClickListener(
                e -> {
                    try {
                        accounts.deleteMyAccount(password.getValue());
                        getUI().ifPresent(ui -> ui.getPage().setLocation("login"));
                    } catch (AccountProblem p) {
                        if (!Forms.show(p, Map.of(AccountProblem.Field.PASSWORD, password))) {
                            password.setErrorMessage(p.getMessage());
                            password.setInvalid(true);
                        }
                    }
                });
        VerticalLayout content =
                new VerticalLayout(
                        new Paragraph(
                                "Your runs, answers and progress are deleted with your account, at"
                                        + " once. This cannot be undone: download your data first"
                                        + " if you want to keep it."),
                        password,
                        delete);
        content.setPadding(false);
        add(content);
    }
}
