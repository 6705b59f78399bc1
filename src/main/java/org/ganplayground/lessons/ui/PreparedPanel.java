package org.ganplayground.lessons.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.ganplayground.classroom.AccountService;
import org.ganplayground.classroom.SchoolClass;
import org.ganplayground.lessons.Lesson;
import org.ganplayground.lessons.LessonService;
import org.ganplayground.sweeps.Sweep;
import org.ganplayground.training.QuotaExceededException;
import org.ganplayground.training.Run;

/**
 * The runs a teacher prepares for a class in a lesson (Lesson.InClass): a teacher picks one of
 * their classes and presses Prepare; a learner of the class sees the prepared runs once they have
 * made their predictions. Says nothing to a learner outside a class.
 */
class PreparedPanel extends VerticalLayout {

    static final String HEADING = "Prepared for your class";

    final Paragraph inClass = new Paragraph();
    final Select<SchoolClass> forClass = new Select<>();
    final Button prepare = new Button("Prepare for class", VaadinIcon.TIME_FORWARD.create());
    final Span problem = new Span();
    final VerticalLayout list = new VerticalLayout();
    private final LessonService lessons;
    private final Lesson lesson;
    private final boolean teacher;

    PreparedPanel(LessonService lessons, AccountService accounts, Lesson lesson, boolean teacher) {
        this.lessons = lessons;
        this.lesson = lesson;
        this.teacher = teacher;
        setPadding(false);
        list.setPadding(false);
        problem.addClassName("gp-error");
        problem.getElement().setAttribute("role", "alert");
        inClass.setText(lesson.inClass().sentence());
        if (teacher) {
            List<SchoolClass> open =
                    accounts.myClasses().stream().filter(c -> c.getEndedAt() == null).toList();
            forClass.setLabel("Class");
            forClass.setItemLabelGenerator(SchoolClass::getName);
            forClass.setItems(open);
            forClass.setEmptySelectionAllowed(false);
            if (!open.isEmpty()) {
                forClass.setValue(open.get(0));
            }
            forClass.addValueChangeListener(e -> refresh());
            prepare.addClickListener(e -> prepare());
            prepare.setEnabled(!open.isEmpty());
            HorizontalLayout row = new HorizontalLayout(forClass, prepare);
            row.setAlignItems(Alignment.BASELINE);
            row.setWrap(true);
            add(
                    new H3("Prepare for class"),
                    new Paragraph(
                            "Launches this lesson's runs"
                                    + (lesson.sweep() == null ? "" : " and its sweep")
                                    + " once, as yours, for the class you pick: its learners see"
                                    + " them here once they have made their predictions. Do it"
                                    + " before class: on an idle server a creature run takes"
                                    + " one to two minutes. "
                                    + lesson.inClass().teacherAdvice()),
                    row,
                    problem,
                    list);
        } else {
            add(new H3(HEADING), inClass, list);
        }
        refresh();
    }

    /** Rereads the prepared runs (after an answer, a preparation or a change of class). */
    void refresh() {
        list.removeAll();
        LessonService.Prepared p;
        if (teacher) {
            SchoolClass c = forClass.getValue();
            if (c == null) {
                list.add(new Span("You have no class that has not ended."));
                return;
            }
            p = lessons.preparedFor(lesson.slug(), c.getId());
        } else {
            p = lessons.prepared(lesson.slug());
        }
        switch (p.shown()) {
            case NONE ->
                    list.add(
                            new Span(
                                    teacher
                                            ? "Not prepared for this class yet."
                                            : "Your teacher has not prepared this lesson's runs"
                                                    + " (yet)."));
            case AFTER_PREDICTIONS ->
                    list.add(
                            new Span(
                                    "Your teacher has prepared this lesson's runs: they appear"
                                            + " here once you have made every prediction above"
                                            + " (your predictions are then kept as they are)."));
            case SHOWN -> {
                for (Run run : p.runs()) {
                    Span state = new Span(" · " + run.getStatus().label());
                    state.addClassName("gp-hint");
                    list.add(new Div(new Anchor("runs/" + run.getId(), run.getName()), state));
                }
                for (Sweep sweep : p.sweeps()) {
                    list.add(
                            new Div(
                                    new Anchor("sweeps/" + sweep.getId(), sweep.getName()),
                                    new Span(" · sweep")));
                }
            }
        }
    }

    private void prepare() {
        problem.setText("");
        SchoolClass c = forClass.getValue();
        if (c == null) {
            problem.setText("Pick a class first.");
            return;
        }
        try {
            lessons.prepare(lesson.slug(), c.getId());
        } catch (org.ganplayground.settings.InvalidConfigException e) {
            problem.setText(
                    String.join(
                            " ",
                            e.errors().stream()
                                    .map(org.ganplayground.settings.ConfigError::message)
                                    .toList()));
        } catch (IllegalStateException | IllegalArgumentException | QuotaExceededException e) {
            problem.setText(e.getMessage());
        }
        refresh();
    }
}
