package org.ganplayground.lessons.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.Set;
import org.ganplayground.lessons.Lesson;
import org.ganplayground.lessons.LessonService;
import org.ganplayground.lessons.Progress;

/** The course in order, with the learner's progress in each lesson. */
@PermitAll
@Route("lessons")
@PageTitle("Lessons | GAN Playground")
@Menu(order = 5, icon = "ACADEMY_CAP", title = "Lessons")
class LessonsView extends VerticalLayout {

    static final String LOCKED = "Locked by your teacher";

    final VerticalLayout course = new VerticalLayout();

    LessonsView(LessonService lessons) {
        add(
                new H2("Lessons"),
                new Paragraph(
                        "Predict, run, explain: each lesson asks what you expect, lets you try it in"
                                + " the playground, and asks what the run showed."));
        for (String problem : lessons.problems()) {
            // a teacher must see a lesson that was skipped, not just find it missing
            Paragraph warning = new Paragraph("Lesson skipped: " + problem);
            warning.getStyle().set("color", "var(--lumo-error-text-color)");
            add(warning);
        }
        Map<String, Progress> progress = lessons.progress();
        Set<String> locked = lessons.locked();
        course.setPadding(false);
        for (Lesson lesson : lessons.lessons()) {
            HorizontalLayout row =
                    row(lesson, progress.getOrDefault(lesson.slug(), Progress.NOT_STARTED));
            if (locked.contains(lesson.slug())) {
                row.addComponentAtIndex(3, lockedBadge());
            }
            course.add(row);
        }
        add(course);
    }

    private static HorizontalLayout row(Lesson lesson, Progress progress) {
        RouterLink link =
                new RouterLink(
                        lesson.order() + ". " + lesson.title(),
                        LessonView.class,
                        new RouteParameters(LessonView.SLUG, lesson.slug()));
        Span minutes = new Span(lesson.minutes() + " min");
        minutes.addClassName("gp-hint");
        Span status = badge(progress);
        HorizontalLayout row = new HorizontalLayout(link, minutes, new Div(), status);
        row.setId("lesson-" + lesson.slug());
        row.addClassName("gp-lesson-row");
        row.setWidth("40rem");
        // a phone puts the minutes and the progress under a long title
        row.setMaxWidth("100%");
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.expand(row.getComponentAt(2));
        return row;
    }

    /** Marks a lesson the learner's teacher locked: in words, with an icon. */
    static Span lockedBadge() {
        Span badge = new Span(VaadinIcon.LOCK.create(), new Span(LOCKED));
        badge.getElement().getThemeList().add("badge contrast");
        badge.addClassName("gp-locked");
        return badge;
    }

    static Span badge(Progress progress) {
        Span status = new Span(progress.label());
        status.getElement()
                .getThemeList()
                .add(
                        switch (progress) {
                            case DONE -> "badge success";
                            case STARTED -> "badge";
                            case NOT_STARTED -> "badge contrast";
                        });
        status.addClassName("gp-progress");
        return status;
    }
}
