package org.ganplayground.lessons.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ganplayground.lessons.Lesson;
import org.ganplayground.lessons.LessonService;
import org.ganplayground.lessons.Misconception;
import org.ganplayground.lessons.TeacherPack;
import org.ganplayground.lessons.TeacherPacks;

/**
 * Every lesson's teacher pack in the course's order on one printable page (pack.css hides the app's
 * menu and starts each lesson on a new sheet), after the misconception catalogue.
 */
@Route("teach/pack")
@PageTitle("Teacher pack | GAN Playground")
@Menu(order = 55, icon = "CLIPBOARD_TEXT", title = "Teacher pack")
@RolesAllowed("TEACHER")
class TeacherPackView extends VerticalLayout {

    final Button print = new Button("Print", VaadinIcon.PRINT.create());
    final Div packs = new Div();

    TeacherPackView(TeacherPacks teacherPacks, LessonService lessons) {
        addClassName("gp-pack-page");
        setMaxWidth("52rem");
        print.addClassName("gp-no-print");
        print.addClickListener(e -> getUI().ifPresent(ui -> ui.getPage().executeJs("print()")));
        UnorderedList catalogue = new UnorderedList();
        for (Misconception m : Misconception.values()) {
            Span wrong = new Span("\"" + m.wrongIdea() + "\"");
            wrong.getStyle().set("font-style", "italic");
            catalogue.add(
                    new ListItem(new Span(m.id() + ": "), wrong, new Span(" " + m.correctIdea())));
        }
        add(
                new H2("Teacher pack"),
                new Paragraph(
                        "For each lesson: a timed flow, discussion prompts, the misconceptions to"
                                + " listen for, support and extension, and a claim-evidence-reasoning"
                                + " rubric for its free-text answers. Learners never see this page."),
                print,
                new H3("Misconceptions to watch, across the course"),
                catalogue,
                packs);
        Map<String, Lesson> bySlug =
                lessons.lessons().stream()
                        .collect(Collectors.toMap(Lesson::slug, Function.identity()));
        for (TeacherPack pack : teacherPacks.all()) {
            Lesson lesson = bySlug.get(pack.slug());
            Div one = new Div();
            one.addClassName("gp-pack-lesson");
            one.setId("pack-" + pack.slug());
            one.add(
                    new H3(
                            lesson.order()
                                    + ". "
                                    + lesson.title()
                                    + " ("
                                    + lesson.minutes()
                                    + " min)"),
                    new PackContent(pack));
            packs.add(one);
        }
    }
}
