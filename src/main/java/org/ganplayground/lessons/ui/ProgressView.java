package org.ganplayground.lessons.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.ganplayground.classroom.AccountService;
import org.ganplayground.classroom.SchoolClass;
import org.ganplayground.lessons.ClassActivity;
import org.ganplayground.lessons.ClassProgress;
import org.ganplayground.lessons.ClassProgress.Row;
import org.ganplayground.lessons.Lesson;
import org.ganplayground.lessons.LessonService;
import org.ganplayground.lessons.Progress;

/**
 * The class's progress grid: a row per learner, a column per lesson, each cell the learner's status
 * in words (and an icon); a cell opens the learner's answers in that lesson. Above it, each lesson
 * can be locked for the class. Live: a learner's answer shows without a reload.
 */
@Route("classes/:classId/progress")
@PageTitle("Progress | GAN Playground")
@RolesAllowed("TEACHER")
class ProgressView extends ClassPage {

    static final String LEARNER = "learner";

    final Grid<Row> grid = new Grid<>();
    final LockList locks;
    ConfirmDialog answers;

    private final ClassProgress progress;
    private final Map<String, Grid.Column<Row>> columns = new HashMap<>();

    ProgressView(
            ClassProgress progress,
            LessonService lessons,
            AccountService accounts,
            ClassActivity activity) {
        super(accounts, activity, "Progress");
        this.progress = progress;
        this.locks = new LockList(lessons.lessons(), this::lock);
        grid.addColumn(Row::username)
                .setHeader("Learner")
                .setKey(LEARNER)
                .setFrozen(true)
                .setAutoWidth(true)
                .setSortable(true);
        for (Lesson lesson : lessons.lessons()) {
            columns.put(
                    lesson.slug(),
                    grid.addComponentColumn(row -> cell(row, lesson))
                            .setKey(lesson.slug())
                            .setWidth("9rem")
                            .setTextAlign(ColumnTextAlign.CENTER));
        }
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
    }

    @Override
    void show(SchoolClass schoolClass) {
        body.add(
                new Paragraph(
                        "Each cell says where a learner is in a lesson; press it to read their"
                                + " predictions, answers and reflections. It updates as they work."),
                grid,
                new H3("Lock lessons"),
                new Paragraph(
                        "A locked lesson can still be read, but this class's learners cannot try"
                                + " it or answer until you unlock it."),
                locks);
    }

    @Override
    void refresh() {
        Set<String> locked = progress.locked(classId());
        locks.show(locked);
        columns.forEach((slug, column) -> column.setHeader(header(slug, locked.contains(slug))));
        grid.setItems(progress.grid(classId()));
    }

    private Span header(String slug, boolean locked) {
        Lesson lesson = locks.lesson(slug);
        Span text = new Span(lesson.order() + ". " + lesson.title());
        text.getElement().setAttribute("title", lesson.title());
        text.getStyle().set("white-space", "normal");
        if (locked) {
            text.add(" (locked)");
            text.addComponentAsFirst(VaadinIcon.LOCK.create());
        }
        return text;
    }

    private Button cell(Row row, Lesson lesson) {
        Progress p = row.in(lesson.slug());
        Icon icon =
                switch (p) {
                    case DONE -> VaadinIcon.CHECK_CIRCLE.create();
                    case STARTED -> VaadinIcon.ELLIPSIS_CIRCLE.create();
                    case NOT_STARTED -> VaadinIcon.CIRCLE_THIN.create();
                };
        Button b = new Button(p.label(), icon, e -> openAnswers(row, lesson));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.addThemeVariants(
                switch (p) {
                    case DONE ->
                            new ButtonVariant[] {
                                ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY
                            };
                    case STARTED -> new ButtonVariant[] {ButtonVariant.LUMO_CONTRAST};
                    case NOT_STARTED -> new ButtonVariant[] {ButtonVariant.LUMO_TERTIARY};
                });
        b.addClassName("gp-progress-cell");
        b.getElement()
                .setAttribute(
                        "aria-label",
                        row.username() + ", lesson " + lesson.order() + ": " + p.label());
        return b;
    }

    /** A modal list of the learner's answers (a ConfirmDialog: already in the frontend bundle). */
    void openAnswers(Row row, Lesson lesson) {
        answers = new ConfirmDialog();
        answers.setHeader(row.username() + ": " + lesson.order() + ". " + lesson.title());
        answers.add(new AnswersList(progress.answers(classId(), row.learnerId(), lesson.slug())));
        answers.setConfirmText("Close");
        answers.setWidth("min(44rem, 95vw)");
        answers.open();
    }

    private void lock(String slug, boolean locked) {
        progress.setLocked(classId(), slug, locked);
        refresh();
    }
}
