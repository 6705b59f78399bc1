package org.ganplayground.lessons.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.ganplayground.KaribuViewTest;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.TestAccounts.ClassOf;
import org.ganplayground.lessons.ClassProgress;
import org.ganplayground.lessons.LessonService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProgressViewTest extends KaribuViewTest {

    private static final String FIRST = "forger-and-inspector";
    private static final String SECOND = "reading-the-scores";

    @Autowired LessonService lessons;
    @Autowired ClassProgress progress;
    @Autowired org.ganplayground.training.TestRuns testRuns;

    private ClassOf k;
    private Caller done;
    private Caller started;

    @BeforeEach
    void aClassAtWork() {
        k = accounts.classOf(2);
        done = k.learners().get(0);
        started = k.learners().get(1);
        signInAs(done);
        lessons.answer(FIRST, "predict-blobs", "4");
        lessons.answer(FIRST, "modes-covered", "8");
        lessons.answer(FIRST, "forger-saw", "Nothing at all");
        lessons.answer(
                FIRST,
                "forger-saw",
                "Only random noise, and the inspector's verdict on its own forgeries");
        lessons.answer(FIRST, "reflect", "<b>by feedback</b> from the inspector, round by round");
        testRuns.finishedInLesson(done, FIRST, java.util.Map.of("modes_covered", 8.0));
        signInAs(started);
        lessons.open(SECOND);
        signInAs(k.teacher());
    }

    @Test
    void each_cell_says_where_the_learner_is_and_opens_their_answers() {
        UI.getCurrent().navigate("classes/" + k.classId() + "/progress");
        ProgressView view = _get(ProgressView.class);

        assertThat(cell(view, done, FIRST).getText()).isEqualTo("Done");
        assertThat(cell(view, done, SECOND).getText()).isEqualTo("Not started");
        assertThat(cell(view, started, SECOND).getText()).isEqualTo("Started");
        assertThat(cell(view, started, FIRST).getText()).isEqualTo("Not started");

        cell(view, done, FIRST).click();
        AnswersList list = _get(view.answers, AnswersList.class);
        assertThat(answerText(list, "predict-blobs")).isEqualTo("4");
        assertThat(kind(list, "predict-blobs")).isEqualTo("Prediction");
        assertThat(verdict(list, "modes-covered")).isEqualTo(AnswersList.RIGHT);
        assertThat(verdict(list, "forger-saw")).isEqualTo(AnswersList.RIGHT);
        // a reflection is shown as typed, as text: never as HTML
        assertThat(kind(list, "reflect")).isEqualTo("Reflection");
        assertThat(answerText(list, "reflect"))
                .isEqualTo("<b>by feedback</b> from the inspector, round by round");
        assertThat(_find(item(list, "reflect"), Span.class, s -> s.withClasses("gp-verdict")))
                .isEmpty();
        assertThat(answerText(list, "forger-sees")).isEqualTo(AnswersList.NO_ANSWER);
    }

    @Test
    void a_learners_answer_shows_in_the_open_grid_without_a_reload() {
        UI.getCurrent().navigate("classes/" + k.classId() + "/progress");
        ProgressView view = _get(ProgressView.class);
        assertThat(cell(view, started, FIRST).getText()).isEqualTo("Not started");

        signInAs(started);
        lessons.answer(FIRST, "predict-blobs", "6");
        signInAs(k.teacher());
        waitFor(() -> cell(view, started, FIRST).getText().equals("Started"));

        assertThat(cell(view, done, FIRST).getText()).isEqualTo("Done");
    }

    @Test
    void another_teacher_gets_the_answer_a_missing_class_gets() {
        signInAs(accounts.classOf(0).teacher());
        UI.getCurrent().navigate("classes/" + k.classId() + "/progress");
        ProgressView view = _get(ProgressView.class);
        assertThat(view.missing.getText()).isEqualTo("There is no class " + k.classId() + ".");
        assertThat(view.grid.isAttached()).isFalse();
        UI.getCurrent().navigate("classes/nonsense/progress");
        assertThat(_get(ProgressView.class).missing.getText())
                .isEqualTo("There is no class nonsense.");

        assertThatThrownBy(() -> progress.grid(k.classId()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> progress.answers(k.classId(), done.id(), FIRST))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> progress.setLocked(k.classId(), FIRST, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The cell of a learner's row in a lesson's column. */
    private static Button cell(ProgressView view, Caller learner, String slug) {
        for (int i = 0; i < GridKt._size(view.grid); i++) {
            if (GridKt._get(view.grid, i).username().equals(learner.username())) {
                return (Button) GridKt._getCellComponent(view.grid, i, slug);
            }
        }
        throw new AssertionError("no row for " + learner.username());
    }

    private static VerticalLayout item(AnswersList list, String questionId) {
        return _get(list, VerticalLayout.class, s -> s.withId("answer-" + questionId));
    }

    private static String answerText(AnswersList list, String questionId) {
        return _get(item(list, questionId), Paragraph.class, s -> s.withClasses("gp-answer"))
                .getText();
    }

    private static String kind(AnswersList list, String questionId) {
        return _find(item(list, questionId), Span.class).get(0).getText();
    }

    private static String verdict(AnswersList list, String questionId) {
        return _get(item(list, questionId), Span.class, s -> s.withClasses("gp-verdict")).getText();
    }

    /** Lets the page hear back from other threads (Karibu runs ui.access at a roundtrip). */
    static void waitFor(java.util.function.BooleanSupplier done) {
        long end = System.currentTimeMillis() + 20_000;
        while (!done.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("page updated").isLessThan(end);
            MockVaadin.clientRoundtrip();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
