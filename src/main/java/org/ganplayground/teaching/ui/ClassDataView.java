package org.ganplayground.teaching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ganplayground.classroom.Account;
import org.ganplayground.classroom.AccountProblem;
import org.ganplayground.classroom.AccountService;
import org.ganplayground.classroom.ClassLifecycle;
import org.ganplayground.classroom.Retention;
import org.ganplayground.classroom.SchoolClass;
import org.ganplayground.teaching.LearnerExport;

/**
 * A class's data: the retention schedule, ending (and reopening) the class, exports of each learner
 * and of the whole class, and deleting the class. Another teacher's class looks like a missing one.
 */
@Route("classes/:classId/data")
@PageTitle("Data and retention | GAN Playground")
@RolesAllowed("TEACHER")
class ClassDataView extends VerticalLayout implements BeforeEnterObserver {

    final H2 title = new H2("Data and retention");
    final Paragraph missing = new Paragraph();
    final Paragraph state = new Paragraph();
    final Button end = new Button("End class…");
    final Button reopen = new Button("Reopen class");
    final Button delete = new Button("Delete class…");
    final Grid<Account> learners = new Grid<>();

    private final AccountService accounts;
    private final ClassLifecycle lifecycle;
    private final LearnerExport export;
    private final VerticalLayout body = new VerticalLayout();
    private SchoolClass schoolClass;

    ClassDataView(AccountService accounts, ClassLifecycle lifecycle, LearnerExport export) {
        this.accounts = accounts;
        this.lifecycle = lifecycle;
        this.export = export;
        body.setPadding(false);
        state.addClassName("gp-notice");
        end.addClickListener(e -> confirmEnd());
        reopen.addClickListener(e -> act(() -> lifecycle.reopen(schoolClass.getId())));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(
                e -> new DeleteClassDialog(schoolClass.getName(), this::deleteClass).open());
        learners.addColumn(Account::getUsername).setHeader("Learner").setSortable(true);
        learners.addComponentColumn(a -> learnerExport(a)).setHeader("Their data");
        learners.setAllRowsVisible(true);
        add(
                title,
                missing,
                body,
                new H3("How long work is kept"),
                Schedule.of(lifecycle.schedule()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("classId").orElse("");
        missing.setText("");
        body.removeAll();
        try {
            schoolClass = accounts.myClass(Long.parseLong(raw)).orElse(null);
        } catch (NumberFormatException e) {
            schoolClass = null;
        }
        if (schoolClass == null) {
            missing.setText(
                    "There is no class " + raw.substring(0, Math.min(raw.length(), 20)) + ".");
            return;
        }
        show();
    }

    private void show() {
        long id = schoolClass.getId();
        title.setText("Data and retention: " + schoolClass.getName());
        state.setText(stateText());
        boolean ended = schoolClass.getEndedAt() != null;
        end.setVisible(!ended);
        reopen.setVisible(ended && !schoolClass.isDeleting());
        Anchor all =
                Downloads.zip(
                        "Export the class (zip, a folder per learner)",
                        () -> export.classFileName(id),
                        out -> export.writeClass(id, out));
        HorizontalLayout actions = new HorizontalLayout(end, reopen, all, delete);
        actions.setAlignItems(Alignment.BASELINE);
        body.removeAll();
        body.add(new Anchor("classes/" + id, "Back to the class"), state, actions);
        if (!schoolClass.isDeleting()) {
            learners.setItems(accounts.learnersOf(id));
            body.add(new H3("Learners"), learners);
        }
    }

    private String stateText() {
        if (schoolClass.isDeleting()) {
            return lifecycle.unfinished(schoolClass)
                    ? "Deletion unfinished: it stopped midway. What is left is still here; delete"
                            + " again to finish."
                    : "This class is being deleted.";
        }
        if (schoolClass.getEndedAt() == null) {
            return "This class is running: its work is kept while it runs. When the course is"
                    + " over, end the class.";
        }
        return "This class ended on "
                + Retention.day(schoolClass.getEndedAt())
                + ". Its learners can sign in and read their work but change nothing. Its data"
                + " will be deleted on "
                + lifecycle.purgeDate(schoolClass).map(Retention::day).orElse("?")
                + ": export it before then.";
    }

    private Anchor learnerExport(Account a) {
        long classId = schoolClass.getId();
        return Downloads.zip(
                "Export (zip)",
                () -> export.learnerFileName(classId, a.getId()),
                out -> export.writeLearner(classId, a.getId(), out));
    }

    private void confirmEnd() {
        ConfirmDialog d =
                new ConfirmDialog(
                        "End " + schoolClass.getName() + "?",
                        "Its learners can still sign in and read their work, but nobody can"
                                + " launch runs, answer lessons or change anything; queued and"
                                + " training runs are cancelled and the join code stops working."
                                + " Its data will be deleted on "
                                + Retention.day(lifecycle.purgeDateIfEndedNow())
                                + "; until then you can export it or reopen the class.",
                        "End class",
                        ok -> act(() -> lifecycle.end(schoolClass.getId())));
        d.setCancelable(true);
        d.open();
    }

    private void deleteClass(String typedName) {
        lifecycle.delete(schoolClass.getId(), typedName);
        getUI().ifPresent(ui -> ui.navigate("classes"));
    }

    private void act(java.util.function.Supplier<SchoolClass> change) {
        try {
            schoolClass = change.get();
            show();
        } catch (AccountProblem p) {
            missing.setText(p.getMessage());
        }
    }
}
