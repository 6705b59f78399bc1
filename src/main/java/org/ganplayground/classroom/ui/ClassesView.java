package org.ganplayground.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.ganplayground.classroom.AccountProblem;
import org.ganplayground.classroom.AccountService;
import org.ganplayground.classroom.ClassLifecycle;
import org.ganplayground.classroom.SchoolClass;

/** A teacher's classes (with where each is in its life), a new one, and the retention schedule. */
@Route("classes")
@PageTitle("My classes | GAN Playground")
@Menu(order = 50, icon = "USERS", title = "My classes")
@RolesAllowed("TEACHER")
class ClassesView extends VerticalLayout implements AfterNavigationObserver {

    final TextField name = new TextField("New class");
    final Button create = new Button("Create class");
    final Grid<SchoolClass> grid = new Grid<>();

    private final AccountService accounts;
    private final ClassLifecycle lifecycle;

    ClassesView(AccountService accounts, ClassLifecycle lifecycle) {
        this.accounts = accounts;
        this.lifecycle = lifecycle;
        name.setMaxLength(SchoolClass.NAME_MAX_LENGTH);
        name.setPlaceholder("e.g. 9B computing");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(
                e -> {
                    try {
                        SchoolClass c = accounts.createClass(name.getValue());
                        name.clear();
                        name.setInvalid(false);
                        getUI().ifPresent(
                                        ui ->
                                                ui.navigate(
                                                        ClassView.class,
                                                        new RouteParameters(
                                                                "classId", c.getId().toString())));
                    } catch (AccountProblem p) {
                        name.setErrorMessage(p.getMessage());
                        name.setInvalid(true);
                    }
                });
        grid.addComponentColumn(
                        c ->
                                new RouterLink(
                                        c.getName(),
                                        ClassView.class,
                                        new RouteParameters("classId", c.getId().toString())))
                .setHeader("Class");
        grid.addColumn(c -> c.joinCodeWorks(java.time.Instant.now()) ? c.getJoinCode() : "off")
                .setHeader("Join code");
        grid.addComponentColumn(c -> ClassStatus.cell(c, lifecycle, this::refresh))
                .setHeader("Status")
                .setKey("status");
        grid.setAllRowsVisible(true);
        HorizontalLayout add = new HorizontalLayout(name, create);
        add.setAlignItems(Alignment.BASELINE);
        add(
                new H2("My classes"),
                add,
                grid,
                new H3("How long work is kept"),
                ClassStatus.schedule(lifecycle));
        ClassStatus.refreshOnPoll(this, this::refresh);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh(); // also when the teacher comes back to this page
    }

    void refresh() {
        var mine = accounts.myClasses();
        grid.setItems(mine);
        ClassStatus.pollWhileDeleting(this, mine);
    }
}
