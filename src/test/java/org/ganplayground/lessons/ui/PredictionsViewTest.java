package org.ganplayground.lessons.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ganplayground.KaribuViewTest;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.TestAccounts.ClassOf;
import org.ganplayground.lessons.ClassData;
import org.ganplayground.lessons.ClassPredictions;
import org.ganplayground.lessons.LessonService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The class predictions page counts exactly the predictions and runs stored for the class: no more
 * (another class, a run stopped early, another lesson), no fewer.
 */
class PredictionsViewTest extends KaribuViewTest {

    private static final String LESSON = "forger-and-inspector";
    private static final String SEES = "forger-sees";
    private static final String NOISE =
            "Only random noise, and the inspector's verdict on its own forgeries";
    private static final String REAL = "The real points themselves";

    @Autowired LessonService lessons;
    @Autowired ClassPredictions predictions;
    @Autowired JdbcTemplate jdbc;

    private ClassOf ours;
    private ClassOf theirs;

    @BeforeEach
    void storedPredictionsAndRuns() {
        ours = accounts.classOf(4);
        theirs = accounts.classOf(1);
        Caller a = ours.learners().get(0);
        Caller b = ours.learners().get(1);
        Caller c = ours.learners().get(2);
        Caller d = ours.learners().get(3); // runs, and predicted nothing
        Caller other = theirs.learners().get(0);
        answer(a, "predict-blobs", "8");
        answer(a, SEES, REAL);
        answer(b, "predict-blobs", "8");
        answer(b, SEES, NOISE);
        answer(c, SEES, NOISE); // c has not predicted the blobs
        answer(other, "predict-blobs", "3");
        answer(other, SEES, REAL);

        ClassData.run(jdbc, a, LESSON, "COMPLETED", "modes_covered", 3, 8); // final 8
        ClassData.run(jdbc, b, LESSON, "COMPLETED", "modes_covered", 7);
        // c predicts later, so has no run yet (a prediction closes once a run exists)
        ClassData.run(jdbc, d, LESSON, "RUNNING", "modes_covered", 5); // latest 5
        ClassData.run(jdbc, b, LESSON, "CANCELLED", "modes_covered", 2); // stopped: not counted
        ClassData.run(jdbc, a, "when-forgeries-go-wrong", "COMPLETED", "modes_covered", 1);
        ClassData.run(jdbc, other, LESSON, "COMPLETED", "modes_covered", 1); // another class
        signInAs(ours.teacher());
    }

    private void answer(Caller learner, String question, String text) {
        signInAs(learner);
        lessons.answer(LESSON, question, text);
    }

    @Test
    void the_teacher_sees_the_counts_stored_for_the_class_and_no_others() {
        UI.getCurrent().navigate("classes/" + ours.classId() + "/predictions");
        PredictionsView view = _get(PredictionsView.class);
        SpreadPanel blobs = panel(LESSON, "predict-blobs");

        // bins shared by predictions (8, 8) and results (8, 7, 5): one per whole number
        assertThat(bars(blobs.predicted))
                .containsExactly(e("5", 0), e("6", 0), e("7", 0), e("8", 2));
        assertThat(bars(blobs.measured))
                .containsExactly(e("5", 1), e("6", 0), e("7", 1), e("8", 1));
        assertThat(_get(blobs.measured, com.vaadin.flow.component.html.Paragraph.class).getText())
                .isEqualTo("2 finished runs, 1 still training (latest value)");

        SpreadPanel sees = panel(LESSON, SEES);
        assertThat(bars(sees.predicted))
                .containsExactly(e(REAL, 1), e(NOISE, 2), e("Nothing at all", 0));
        assertThat(_find(sees, Bars.class)).hasSize(1); // no outcome metric for this one

        SpreadPanel collapse = panel("when-forgeries-go-wrong", "predict-collapse");
        assertThat(bars(collapse.measured)).containsExactly(e("1", 1));
        assertThat(view.questions.getChildren().count()).isGreaterThan(10);
    }

    @Test
    void a_learner_sees_the_class_spread_only_after_making_their_own_prediction() {
        Caller c = ours.learners().get(2);
        signInAs(c);
        assertThat(predictions.forMe(LESSON, "predict-blobs")).isEmpty();
        UI.getCurrent().navigate("lessons/" + LESSON);
        assertThat(
                        _find(
                                SpreadPanel.class,
                                spec -> spec.withId("spread-" + LESSON + "-predict-blobs")))
                .isEmpty();
        // answered: the counts of their class, no names
        SpreadPanel sees = panel(LESSON, SEES);
        assertThat(bars(sees.predicted))
                .containsExactly(e(REAL, 1), e(NOISE, 2), e("Nothing at all", 0));

        QuestionCard card = _get(QuestionCard.class, spec -> spec.withId("q-predict-blobs"));
        ((com.vaadin.flow.component.HasValue<?, String>) card.input).setValue("7");
        card.submit.click();
        SpreadPanel blobs = panel(LESSON, "predict-blobs");
        assertThat(bars(blobs.predicted))
                .containsExactly(e("5", 0), e("6", 0), e("7", 1), e("8", 2));
        assertThat(blobs.getElement().getOuterHTML())
                .doesNotContain(ours.learners().get(0).username());
    }

    @Test
    void another_teacher_and_a_learner_of_another_class_get_nothing() {
        signInAs(theirs.teacher());
        UI.getCurrent().navigate("classes/" + ours.classId() + "/predictions");
        assertThat(_get(PredictionsView.class).missing.getText())
                .isEqualTo("There is no class " + ours.classId() + ".");
        assertThat(_find(SpreadPanel.class)).isEmpty();
        assertThatThrownBy(() -> predictions.ofClass(ours.classId()))
                .isInstanceOf(IllegalArgumentException.class);

        // the other class's learner answered in their own class: their counts, not ours
        signInAs(theirs.learners().get(0));
        assertThat(predictions.forMe(LESSON, "predict-blobs").orElseThrow().predictions().total())
                .isEqualTo(1);
    }

    private static SpreadPanel panel(String slug, String questionId) {
        return _get(SpreadPanel.class, spec -> spec.withId("spread-" + slug + "-" + questionId));
    }

    /** The bars as shown: label to count, in order, read from the text. */
    static Map<String, Integer> bars(Component within) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (HorizontalLayout row :
                _find(within, HorizontalLayout.class, spec -> spec.withClasses(Bars.ROW))) {
            String label = _get(row, Span.class, spec -> spec.withClasses(Bars.LABEL)).getText();
            String count = _get(row, Span.class, spec -> spec.withClasses(Bars.COUNT)).getText();
            out.put(label, Integer.parseInt(count));
        }
        return out;
    }

    private static Map.Entry<String, Integer> e(String label, int count) {
        return Map.entry(label, count);
    }
}
