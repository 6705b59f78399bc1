package org.ganplayground.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.ganplayground.classroom.Account;
import org.ganplayground.classroom.AccountProblem;
import org.ganplayground.classroom.AccountService;

/** The admin adds teachers and gives one a new password. */
@Route("teachers")
@PageTitle("Teachers | GAN Playground")
@Menu(order = 60, icon = "ACADEMY_CAP", title = "Teachers")
@RolesAllowed("ADMIN")
class TeachersView extends VerticalLayout {

    final TextField username = new TextField("New teacher's username");
    final Button create = new Button("Add teacher");
    final Grid<Account> grid = new Grid<>();
    final Div sheetArea = new Div();

    private final AccountService accounts;

    TeachersView(AccountService accounts) {
        this.accounts = accounts;
        username.setMaxLength(Account.USERNAME_MAX_LENGTH);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(
                e -> {
                    try {
                        show(accounts.createTeacher(username.getValue()));
                        username.clear();
                        username.setInvalid(false);
                    } catch (AccountProblem p) {
                        username.setErrorMessage(p.getMessage());
                        username.setInvalid(true);
                    }
                });
        grid.addColumn(Account::getUsername).setHeader("Username");
        grid.addColumn(a -> a.getRole().name().toLowerCase()).setHeader("Role");
        grid.addComponentColumn(
                        a -> {
                            Button reset =
                                    new Button(
                                            "New password",
                                            e -> show(accounts.resetPassword(a.getId())));
                            reset.addThemeVariants(
                                    ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                            reset.setVisible(
                                    a.getRole() == org.ganplayground.classroom.Role.TEACHER);
                            reset.setAriaLabel("New password for " + a.getUsername());
                            return reset;
                        })
                .setHeader("Actions");
        grid.setAllRowsVisible(true);
        HorizontalLayout add = new HorizontalLayout(username, create);
        add.setAlignItems(Alignment.BASELINE);
        add(new H2("Teachers"), add, sheetArea, grid);
        grid.setItems(accounts.teachers());
    }

    private void show(AccountService.Issued issued) {
        sheetArea.removeAll();
        sheetArea.add(new LoginSheet("Teacher account", ClassView.address(), List.of(issued)));
        grid.setItems(accounts.teachers());
    }
}
