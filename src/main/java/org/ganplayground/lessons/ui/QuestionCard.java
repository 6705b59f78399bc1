package org.ganplayground.lessons.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.ganplayground.lessons.Checked;
import org.ganplayground.lessons.Question;

/**
 * One question: the prompt, an input that fits its type, and the verdict once answered. Takes no
 * service; it fires {@link AnswerEvent} and the view stores the answer and shows the result.
 */
class QuestionCard extends VerticalLayout {

    /** The learner submitted an answer. */
    static class AnswerEvent extends ComponentEvent<QuestionCard> {
        private final String answer;

        AnswerEvent(QuestionCard source, String answer) {
            super(source, false);
            this.answer = answer;
        }

        String answer() {
            return answer;
        }
    }

    final Question question;
    final HasValue<?, String> input;
    final Button submit;
    final Span feedback = new Span();

    /** Where the page puts the class's predictions once this prediction is made. */
    final Div spread = new Div();

    QuestionCard(Question question) {
        this.question = question;
        setId("q-" + question.id());
        setPadding(false);
        setSpacing(false);
        Paragraph prompt = new Paragraph();
        prompt.setText(question.prompt());
        add(prompt);
        input =
                switch (question.kind()) {
                    case CHOICE -> {
                        RadioButtonGroup<String> radios = new RadioButtonGroup<>();
                        radios.setItems(question.choices());
                        radios.addThemeName("vertical");
                        yield radios;
                    }
                    case NUMBER -> {
                        TextField number = new TextField();
                        number.setPlaceholder("a number");
                        if (Double.isFinite(question.min()) && Double.isFinite(question.max())) {
                            number.setHelperText(
                                    "A number from "
                                            + plain(question.min())
                                            + " to "
                                            + plain(question.max()));
                        }
                        yield number;
                    }
                    case TEXT -> {
                        TextArea text = new TextArea();
                        text.setWidthFull();
                        text.setMaxLength(4000);
                        yield text;
                    }
                };
        if (input instanceof com.vaadin.flow.component.HasAriaLabel labelled) {
            labelled.setAriaLabel(question.prompt()); // screen readers announce the question
        }
        add((Component) input);
        submit =
                new Button(
                        question.when() == Question.When.BEFORE
                                ? "Save prediction"
                                : question.graded() ? "Check" : "Save");
        submit.addClickListener(
                e ->
                        fireEvent(
                                new AnswerEvent(
                                        this, input.getValue() == null ? "" : input.getValue())));
        feedback.addClassName("gp-hint");
        add(submit, feedback, spread);
    }

    /** Shows an earlier answer when the lesson reopens. */
    void showAnswer(String answer, Checked checked) {
        input.setValue(answer);
        show(checked);
    }

    void show(Checked checked) {
        feedback.setText(checked.feedback());
        String colour =
                checked.correct() == null
                        ? "var(--lumo-secondary-text-color)"
                        : checked.correct()
                                ? "var(--lumo-success-text-color)"
                                : "var(--lumo-error-text-color)";
        feedback.getStyle().set("color", colour);
    }

    private static String plain(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }

    void showProblem(String message) {
        feedback.setText(message);
        feedback.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    Registration addAnswerListener(ComponentEventListener<AnswerEvent> listener) {
        return addListener(AnswerEvent.class, listener);
    }
}
