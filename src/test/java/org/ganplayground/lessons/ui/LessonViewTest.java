package org.ganplayground.lessons.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.InvalidLocationException;
import org.ganplayground.KaribuViewTest;
import org.ganplayground.training.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class LessonViewTest extends KaribuViewTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired org.ganplayground.sweeps.SweepService sweeps;
    @Autowired org.ganplayground.training.TestRuns testRuns;

    @BeforeEach
    void noProgressYet() {
        jdbc.update("delete from lesson_answer");
        jdbc.update("delete from lesson_progress");
    }

    private static QuestionCard card(String questionId) {
        return _get(QuestionCard.class, spec -> spec.withId("q-" + questionId));
    }

    @SuppressWarnings("unchecked")
    private static void answer(String questionId, String text) {
        QuestionCard card = card(questionId);
        ((com.vaadin.flow.component.HasValue<?, String>) card.input).setValue(text);
        _click(card.submit);
    }

    private static String status(String slug) {
        HorizontalLayout row = _get(HorizontalLayout.class, spec -> spec.withId("lesson-" + slug));
        return _get(row, Span.class, spec -> spec.withClasses("gp-progress")).getText();
    }

    @Test
    void the_lessons_page_lists_the_course_in_order_and_is_in_the_menu() {
        UI.getCurrent().navigate("lessons");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Lessons");
        LessonsView view = _get(LessonsView.class);
        assertThat(view.course.getComponentCount()).isGreaterThanOrEqualTo(9);
        assertThat(status("forger-and-inspector")).isEqualTo("Not started");
    }

    @Test
    void a_lesson_shows_its_text_with_html_escaped_and_is_started_when_opened() {
        UI.getCurrent().navigate("lessons/forger-and-inspector");
        LessonView view = _get(LessonView.class);
        assertThat(view.title.getText()).isEqualTo("1. The forger and the inspector");
        assertThat(view.body.getElement().getProperty("innerHTML"))
                .contains("<h3>The forger and the inspector</h3>");
        UI.getCurrent().navigate("lessons");
        assertThat(status("forger-and-inspector")).isEqualTo("Started");
    }

    @Test
    void try_it_opens_the_playground_with_the_lessons_experiment() {
        UI.getCurrent().navigate("lessons/forger-and-inspector");
        _click(_get(LessonView.class).tryIt);
        String location =
                UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
        assertThat(location).contains("preset=ring-good").contains("lesson=forger-and-inspector");
    }

    @Test
    void a_lessons_sweep_starts_for_the_learner_with_every_value_and_seed_and_opens_its_page() {
        UI.getCurrent().navigate("lessons/given-up-front");
        LessonView view = _get(LessonView.class);
        assertThat(view.runSweep.getText()).isEqualTo("Run the sweep (10 runs)");
        _click(view.runSweep);
        String location = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(location).startsWith("sweeps/");
        long id = Long.parseLong(location.substring("sweeps/".length()));
        try {
            assertThat(sweeps.rows(id))
                    .extracting(r -> r.value() + "@" + r.seed())
                    .containsExactly(
                            "0@1", "0@2", "1@1", "1@2", "2@1", "2@2", "3@1", "3@2", "4@1", "4@2");
            assertThat(sweeps.find(id).orElseThrow().getLessonSlug()).isEqualTo("given-up-front");
            UI.getCurrent().navigate("lessons/given-up-front");
            assertThat(_get(LessonView.class).sweepList.getElement().getTextRecursively())
                    .contains("sweep of 10 runs");
        } finally {
            sweeps.cancel(id); // creature runs: not trained in a unit test
        }
    }

    @Test
    void
            predictions_are_saved_answers_checked_and_the_lesson_is_done_with_a_run_and_the_pass_mark() {
        UI.getCurrent().navigate("lessons/forger-and-inspector");
        answer("predict-blobs", "4");
        assertThat(card("predict-blobs").feedback.getText()).startsWith("Prediction saved");

        answer("modes-covered", "eight");
        assertThat(card("modes-covered").feedback.getText()).contains("Type a number");
        answer("modes-covered", "8");
        assertThat(card("modes-covered").feedback.getText()).startsWith("Right.");
        answer("modes-covered", "7");
        assertThat(card("modes-covered").feedback.getText())
                .isEqualTo("You got this one right already.");
        answer("forger-saw", "The real points themselves");
        // a first wrong try gives nothing away and leaves the question open
        assertThat(card("forger-saw").feedback.getText())
                .isEqualTo("Not quite. Look at the run again: you have one more try.");
        answer("forger-saw", "Only random noise, and the inspector's verdict on its own forgeries");
        assertThat(card("forger-saw").feedback.getText()).startsWith("Right.");
        answer("reflect", "<script>it learned from the arrows</script>");
        // a learner working alone: nobody reads it, so it is only saved (with a model answer if
        // any)
        assertThat(card("reflect").feedback.getText()).startsWith("Saved.");
        LessonView view = _get(LessonView.class);
        assertThat(view.status.getElement().getTextRecursively()).isEqualTo("Started");
        assertThat(view.toFinish.getElement().getTextRecursively())
                .contains("Run the lesson's experiment to the end");

        // with a finished run of the lesson, the prediction closes and is set beside the run
        testRuns.finishedInLesson(
                me, "forger-and-inspector", java.util.Map.of("modes_covered", 7.0));
        UI.getCurrent().navigate("lessons");
        assertThat(status("forger-and-inspector")).isEqualTo("Done");
        UI.getCurrent().navigate("lessons/forger-and-inspector");
        assertThat(card("reflect").input.getValue())
                .isEqualTo("<script>it learned from the arrows</script>");
        assertThat(card("predict-blobs").submit.isEnabled()).isFalse();
        assertThat(card("predict-blobs").getElement().getTextRecursively())
                .contains("You predicted “4”. Your run showed: ")
                .contains(" = 7.");
        assertThat(_get(LessonView.class).status.getElement().getTextRecursively())
                .isEqualTo("Done");
    }

    private static String lessonPage(String slug) {
        UI.getCurrent().navigate("lessons/" + slug);
        return _get(LessonView.class).getElement().getTextRecursively();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "no-such-lesson",
                "01-forger-and-inspector",
                "forger-and-inspector.md",
                "FORGER-AND-INSPECTOR",
                "%2E%2E",
                "<script>alert(1)<%2Fscript>"
            })
    void an_unknown_or_absurd_lesson_slug_shows_no_such_lesson(String slug) {
        String page = lessonPage(slug);
        assertThat(page).contains(LessonView.NO_SUCH_LESSON).contains(LessonView.MISSING);
        assertThat(page).isEqualTo(lessonPage("no-such-lesson"));
    }

    @Test
    void a_slug_longer_than_any_lesson_shows_no_such_lesson() {
        String tooLong = "a".repeat(Run.LESSON_SLUG_MAX_LENGTH + 1);
        assertThat(lessonPage(tooLong)).isEqualTo(lessonPage("no-such-lesson"));
    }

    @Test
    void a_path_that_climbs_out_of_lessons_never_reaches_a_lesson() {
        // the browser and the server resolve ".." before routing; Vaadin refuses what is left
        assertThatThrownBy(() -> UI.getCurrent().navigate("lessons/../x"))
                .isInstanceOf(InvalidLocationException.class);
        assertThat(lessonPage("..%2Fx")).isEqualTo(lessonPage("no-such-lesson"));
    }

    @Test
    void a_teacher_prepares_a_lesson_for_their_class_and_its_learner_sees_it_after_predicting() {
        org.ganplayground.classroom.TestAccounts.ClassOf c = accounts.classOf(1);
        signInAs(c.teacher());
        UI.getCurrent().navigate("lessons/guardrails");
        PreparedPanel panel = _get(PreparedPanel.class);
        assertThat(panel.list.getElement().getTextRecursively()).contains("Not prepared");
        _click(panel.prepare);
        assertThat(panel.problem.getText()).isEmpty();
        assertThat(panel.list.getElement().getTextRecursively()).contains("Prepared: ");
        _click(panel.prepare); // twice: refused where the teacher pressed it
        assertThat(panel.problem.getText()).contains("already prepared");
        testRuns.cancelAll();

        signInAs(c.learners().get(0));
        UI.getCurrent().navigate("lessons/guardrails");
        panel = _get(PreparedPanel.class);
        assertThat(panel.inClass.getText()).contains("your teacher prepares");
        assertThat(panel.list.getElement().getTextRecursively())
                .contains("once you have made every prediction")
                .doesNotContain("Prepared: ");
        assertThat(panel.prepare.isAttached()).isFalse();
        answer("predict-pass", "Almost always");
        assertThat(_get(PreparedPanel.class).list.getElement().getTextRecursively())
                .contains("Prepared: ");
    }

    @Test
    void a_learner_outside_a_class_sees_nothing_of_prepared_runs() {
        UI.getCurrent().navigate("lessons/guardrails");
        assertThat(_find(PreparedPanel.class)).isEmpty();
    }
}
