package org.ganplayground.lessons.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.ganplayground.lessons.ClassProgress.AnswerLine;
import org.ganplayground.lessons.Question;

/**
 * A learner's answers in one lesson, as their teacher reads them: each question, what was typed
 * (always as plain text), and right or not for graded questions. Takes no service.
 */
class AnswersList extends VerticalLayout {

    static final String NO_ANSWER = "no answer yet";
    static final String RIGHT = "Right";
    static final String NOT_QUITE = "Not quite";

    AnswersList(List<AnswerLine> lines) {
        setPadding(false);
        for (AnswerLine line : lines) {
            add(item(line));
        }
    }

    private static VerticalLayout item(AnswerLine line) {
        Question q = line.question();
        Span kind = new Span(kind(q));
        kind.getElement().getThemeList().add("badge contrast");
        Paragraph prompt = new Paragraph();
        prompt.setText(q.prompt());
        prompt.getStyle().set("margin", "0");
        HorizontalLayout head = new HorizontalLayout(kind, prompt);
        Paragraph answer = new Paragraph();
        answer.addClassName("gp-answer");
        // a learner's words: text only, never HTML
        answer.setText(line.answer() == null ? NO_ANSWER : line.answer());
        answer.getStyle().set("white-space", "pre-wrap").set("margin", "0");
        if (line.answer() == null) {
            answer.getStyle().set("color", "var(--lumo-secondary-text-color)");
        }
        VerticalLayout item = new VerticalLayout(head, answer);
        item.setId("answer-" + q.id());
        item.setPadding(false);
        item.setSpacing(false);
        if (line.answer() != null && line.correct() != null) {
            boolean right = line.correct();
            Span verdict = new Span(right ? RIGHT : NOT_QUITE);
            verdict.addClassName("gp-verdict");
            var icon = (right ? VaadinIcon.CHECK : VaadinIcon.CLOSE_SMALL).create();
            icon.getStyle().set("padding", "0").set("margin-right", "var(--lumo-space-xs)");
            icon.setSize("var(--lumo-icon-size-s)");
            verdict.addComponentAsFirst(icon);
            verdict.getElement().getThemeList().add(right ? "badge success" : "badge error");
            item.add(verdict);
        }
        return item;
    }

    /** What kind of question it is, in the words the teacher reads. */
    static String kind(Question q) {
        if (q.when() == Question.When.BEFORE) {
            return "Prediction";
        }
        return q.kind() == Question.Kind.TEXT ? "Reflection" : "Question";
    }
}
