package org.ganplayground.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.ganplayground.classroom.Account;
import org.ganplayground.classroom.AccountProblem;
import org.ganplayground.classroom.AccountService;
import org.ganplayground.classroom.AccountService.Issued;
import org.ganplayground.classroom.SchoolClass;

/**
 * One class: its join code, limits, new learners in bulk with a printable sheet, and its learners
 * (reset a password, delete a learner). Another teacher's class is answered like a missing one.
 */
@Route("classes/:classId")
@PageTitle("Class | GAN Playground")
@RolesAllowed("TEACHER")
class ClassView extends VerticalLayout implements BeforeEnterObserver {

    final H2 title = new H2();
    final Paragraph missing = new Paragraph();
    final Grid<Account> learners = new Grid<>();
    final Div sheetArea = new Div();
    final Button print = new Button("Print the sheet");

    private final AccountService accounts;
    private final AccountWork work;
    private final VerticalLayout body = new VerticalLayout();
    private SchoolClass schoolClass;
    private String signInAddress = "/login";
    private JoinCodePanel joinCode;
    private LimitsPanel limits;
    CreateLearnersPanel create;

    ClassView(AccountService accounts, AccountWork work) {
        this.accounts = accounts;
        this.work = work;
        body.setPadding(false);
        print.addClickListener(
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setVisible(false);
        learners.addColumn(Account::getUsername).setHeader("Username").setSortable(true);
        learners.addColumn(a -> a.isMustChangePassword() ? "still the printed one" : "own password")
                .setHeader("Password");
        learners.addComponentColumn(this::actions).setHeader("Actions");
        learners.setAllRowsVisible(true);
        add(new RouterLink("All my classes", ClassesView.class), title, missing, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // passphrases are shown once: never again after navigating, even back to this class
        sheetArea.removeAll();
        print.setVisible(false);
        missing.setText("");
        String raw = event.getRouteParameters().get("classId").orElse("");
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            showMissing("There is no class " + raw.substring(0, Math.min(raw.length(), 20)) + ".");
            return;
        }
        schoolClass = accounts.myClass(id).orElse(null);
        if (schoolClass == null) {
            showMissing("There is no class " + id + ".");
            return;
        }
        title.setText(schoolClass.getName());
        // read now: the sheet is drawn later, on the thread that made the passwords
        signInAddress = address();
        joinCode = new JoinCodePanel(accounts, schoolClass);
        limits = new LimitsPanel(accounts, schoolClass);
        create = new CreateLearnersPanel(accounts, work, schoolClass.getId(), this::issued);
        body.removeAll();
        body.add(ClassLinks.of(schoolClass.getId()));
        if (schoolClass.getEndedAt() != null) {
            // an ended class takes no new learners (AccountService refuses them too)
            Paragraph ended =
                    new Paragraph(
                            "This class has ended: its learners can read their work but change"
                                    + " nothing. Its data page says when the data is deleted.");
            ended.addClassName("gp-notice");
            body.add(ended);
        } else {
            body.add(joinCode, new H3("New learners"), create, print, sheetArea);
        }
        body.add(
                new H3("Learners"),
                new com.vaadin.flow.component.html.Anchor(
                        "sessions?whose=learners", "Your learners' runs (read-only)"),
                learners,
                new H3("Limits"),
                limits,
                new SharingPanel(accounts, schoolClass));
        refresh();
    }

    private void showMissing(String text) {
        title.setText("Class");
        missing.setText(text);
        body.removeAll();
    }

    private void refresh() {
        learners.setItems(accounts.learnersOf(schoolClass.getId()));
    }

    private void issued(List<Issued> issued) {
        sheetArea.removeAll();
        sheetArea.add(
                new Paragraph(
                        "These passwords are shown only now. Print the sheet (or write them down)"
                                + " before you leave this page; a lost one can be reset below."),
                new LoginSheet(schoolClass.getName(), signInAddress, issued));
        print.setVisible(true);
        refresh();
    }

    /** The address learners type, as this browser reached the server. */
    static String address() {
        var r = com.vaadin.flow.server.VaadinServletRequest.getCurrent();
        if (r == null) {
            return "/login";
        }
        var http = r.getHttpServletRequest();
        String host = http.getHeader("Host");
        return (host == null ? "" : http.getScheme() + "://" + host)
                + http.getContextPath()
                + "/login";
    }

    private HorizontalLayout actions(Account a) {
        Button reset = new Button("New password");
        // one such pair per row: the name says whose (the visible words come first, WCAG 2.5.3)
        reset.setAriaLabel("New password for " + a.getUsername());
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        reset.addClickListener(
                e -> {
                    ConfirmDialog d =
                            new ConfirmDialog(
                                    "A new password for " + a.getUsername() + "?",
                                    "Their current password stops working and they are signed out;"
                                            + " they sign in with the new one and then pick their own.",
                                    "Make a new password",
                                    ok -> {
                                        try {
                                            issued(List.of(accounts.resetPassword(a.getId())));
                                        } catch (AccountProblem p) {
                                            missing.setText(p.getMessage());
                                        }
                                    });
                    d.setCancelable(true);
                    d.open();
                });
        Button delete = new Button("Delete");
        delete.setAriaLabel("Delete " + a.getUsername());
        delete.addThemeVariants(
                ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.addClickListener(
                e -> {
                    ConfirmDialog d =
                            new ConfirmDialog(
                                    "Delete " + a.getUsername() + "?",
                                    "Their runs, answers and progress are deleted too. This cannot be undone.",
                                    "Delete",
                                    ok -> {
                                        try {
                                            accounts.deleteLearner(a.getId());
                                        } catch (AccountProblem p) {
                                            missing.setText(p.getMessage());
                                        }
                                        refresh();
                                    });
                    d.setCancelable(true);
                    d.setConfirmButtonTheme("error primary");
                    d.open();
                });
        return new HorizontalLayout(reset, delete);
    }
}
