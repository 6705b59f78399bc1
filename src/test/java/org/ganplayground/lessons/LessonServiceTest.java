package org.ganplayground.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.Role;
import org.ganplayground.classroom.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@Tag("database")
@SpringBootTest
@ActiveProfiles("test")
class LessonServiceTest {

    private static final String LESSON = "forger-and-inspector";

    @Autowired LessonService lessons;
    @Autowired TestAccounts accounts;
    @Autowired org.ganplayground.training.RunService runService;
    @Autowired org.ganplayground.training.TestRuns testRuns;

    @BeforeEach
    void freshLearner() {
        // each test gets its own learner, so progress from other tests cannot leak in
        TestAccounts.signIn(accounts.create("t", Role.LEARNER, null));
    }

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void the_app_starts_with_the_whole_course_and_no_broken_lessons() {
        assertThat(lessons.lessons()).hasSizeGreaterThanOrEqualTo(9);
        assertThat(lessons.problems()).isEmpty();
        assertThat(lessons.hiddenControls(LESSON)).contains("loss");
        assertThat(lessons.hiddenControls("no-such-lesson")).isEmpty();
        assertThat(lessons.hiddenControls(null)).isEmpty();
    }

    @Test
    void a_lesson_is_done_only_with_a_finished_run_the_pass_mark_and_a_sentence_per_reflection() {
        Caller me = accounts.create("t", Role.LEARNER, null);
        TestAccounts.signIn(me);
        assertThat(lessons.progress(LESSON)).isEqualTo(Progress.NOT_STARTED);
        lessons.open(LESSON);
        assertThat(lessons.progress(LESSON)).isEqualTo(Progress.STARTED);

        // predictions do not finish a lesson
        lessons.answer(LESSON, "predict-blobs", "3");
        assertThat(lessons.answer(LESSON, "modes-covered", "2").correct()).isFalse();
        assertThat(lessons.answer(LESSON, "modes-covered", "8").correct()).isTrue();
        assertThat(
                        lessons.answer(
                                        LESSON,
                                        "forger-saw",
                                        "Only random noise, and the inspector's verdict on its own forgeries")
                                .correct())
                .isTrue();
        assertThat(lessons.answer(LESSON, "reflect", "<b>by feedback</b>").correct()).isNull();
        // every question answered, both checked ones right: not done without a run and a sentence
        assertThat(lessons.progress(LESSON)).isEqualTo(Progress.STARTED);
        assertThat(lessons.toFinish(LESSON))
                .anyMatch(l -> l.startsWith("Run the lesson's experiment"))
                .anyMatch(l -> l.startsWith("Write at least a sentence"));
        lessons.answer(LESSON, "reflect", "It followed the inspector's feedback arrows.");
        assertThat(lessons.toFinish(LESSON))
                .singleElement()
                .asString()
                .startsWith("Run the lesson's");
        // a run of another lesson does not count; one of this lesson does once it has finished
        testRuns.finishedInLesson(me, "reading-the-scores", Map.of("modes_covered", 8.0));
        assertThat(lessons.progress(LESSON)).isEqualTo(Progress.STARTED);
        testRuns.finishedInLesson(me, LESSON, Map.of("modes_covered", 8.0));
        assertThat(lessons.progress(LESSON)).isEqualTo(Progress.DONE);
        assertThat(lessons.toFinish(LESSON)).isEmpty();
        assertThat(lessons.progress()).containsEntry("reading-the-scores", Progress.NOT_STARTED);
    }

    @Test
    void a_your_run_number_is_checked_against_the_learners_own_run() {
        Caller me = accounts.create("t", Role.LEARNER, null);
        TestAccounts.signIn(me);
        testRuns.finishedInLesson(me, LESSON, Map.of("modes_covered", 5.0));
        // the preset covers 8 at its seed; this learner's run covered 5
        assertThat(lessons.answer(LESSON, "modes-covered", "8").correct()).isFalse();
        Checked own = lessons.answer(LESSON, "modes-covered", "7");
        assertThat(own.correct()).isFalse();
        assertThat(own.feedback()).startsWith("Not quite: your run showed 5.");
        TestAccounts.signIn(accounts.create("t", Role.LEARNER, null));
        assertThat(lessons.answer(LESSON, "modes-covered", "5").correct()).isFalse();
        assertThat(lessons.answer(LESSON, "modes-covered", "8").correct()).isTrue();
    }

    @Test
    void a_run_of_one_of_the_lessons_other_presets_is_not_the_learners_run_of_its_experiment() {
        String lesson = "when-forgeries-go-wrong";
        Caller me = accounts.create("t", Role.LEARNER, null);
        TestAccounts.signIn(me);
        testRuns.finishedInLesson(
                me,
                lesson,
                Map.of("modes_covered", 0.0),
                org.ganplayground.settings.Presets.byId("ring-collapse").orElseThrow().config());
        // the lesson's ring-fast-inspector run, finished later, keeps 3 blobs
        testRuns.finishedInLesson(
                me,
                lesson,
                Map.of("modes_covered", 3.0),
                org.ganplayground.settings.Presets.byId("ring-fast-inspector")
                        .orElseThrow()
                        .config());
        assertThat(lessons.lastRunMetrics(lesson).orElseThrow())
                .containsEntry("modes_covered", 0.0);
    }

    @Test
    void a_learner_below_the_pass_mark_tries_the_wrong_checked_questions_again() {
        for (int i = 0; i < 2; i++) {
            lessons.answer(LESSON, "modes-covered", "1");
            lessons.answer(LESSON, "forger-saw", "The real points themselves");
        }
        assertThat(lessons.mayRetake(LESSON)).isTrue();
        assertThat(lessons.toFinish(LESSON))
                .anyMatch(l -> l.startsWith("Get both checked questions right: you got 0"));
        lessons.answer(LESSON, "reflect", "It followed the inspector's feedback arrows.");
        lessons.retake(LESSON);
        assertThat(lessons.answers(LESSON))
                .containsOnlyKeys("reflect")
                .containsEntry("reflect", "It followed the inspector's feedback arrows.");
        assertThat(lessons.answer(LESSON, "modes-covered", "8").correct()).isTrue();
        assertThatThrownBy(() -> lessons.retake(LESSON)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_graded_question_takes_two_tries_then_says_the_answer_and_takes_no_more() {
        Checked first = lessons.answer(LESSON, "modes-covered", "2");
        assertThat(first.correct()).isFalse();
        assertThat(first.retry()).isTrue();
        // the first wrong try gives neither the answer nor the explanation away
        assertThat(first.feedback()).isEqualTo(Question.TRY_AGAIN);
        Checked second = lessons.answer(LESSON, "modes-covered", "3");
        assertThat(second.retry()).isFalse();
        assertThat(second.feedback()).startsWith("Not quite: about 8 was expected.");
        assertThatThrownBy(() -> lessons.answer(LESSON, "modes-covered", "8"))
                .hasMessage(LessonService.NO_TRIES_LEFT);
        assertThat(lessons.answered(LESSON).get("modes-covered").tries()).isEqualTo(2);
        // right at the first try: closed too
        lessons.answer(
                LESSON,
                "forger-saw",
                "Only random noise, and the inspector's verdict on its own forgeries");
        assertThatThrownBy(() -> lessons.answer(LESSON, "forger-saw", "The real points themselves"))
                .hasMessage(LessonService.ALREADY_RIGHT);
    }

    @Test
    void a_prediction_cannot_change_once_the_learner_has_run_the_lessons_experiment() {
        lessons.answer(LESSON, "predict-blobs", "3");
        lessons.answer(LESSON, "predict-blobs", "4");
        runService.launch(org.ganplayground.training.TestRuns.ring(1, 50), "lesson run", LESSON);
        try {
            assertThatThrownBy(() -> lessons.answer(LESSON, "predict-blobs", "8"))
                    .hasMessage(LessonService.PREDICTION_CLOSED);
            assertThat(lessons.answers(LESSON)).containsEntry("predict-blobs", "4");
        } finally {
            testRuns.cancelAll();
        }
    }

    @Test
    void a_new_answer_replaces_the_old_one_and_reflections_are_stored_as_typed() {
        lessons.answer(LESSON, "modes-covered", "2");
        lessons.answer(LESSON, "modes-covered", "8");
        lessons.answer(LESSON, "reflect", "<b>by feedback</b>");
        assertThat(lessons.answers(LESSON))
                .containsEntry("modes-covered", "8")
                .containsEntry("reflect", "<b>by feedback</b>")
                .hasSize(2);
    }

    @Test
    void an_unreadable_answer_is_refused_and_not_stored() {
        assertThatThrownBy(() -> lessons.answer(LESSON, "modes-covered", "eight"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Type a number");
        assertThat(lessons.answers(LESSON)).isEmpty();
        assertThat(lessons.progress(LESSON)).isEqualTo(Progress.NOT_STARTED);
    }

    @Test
    void a_broken_lesson_stops_the_app_in_strict_mode_and_is_skipped_with_a_warning_otherwise()
            throws IOException {
        Path dir = Files.createTempDirectory("lessons");
        Files.writeString(
                dir.resolve("01-broken.md"),
                "---\ntitle: x\norder: 1\nminutes: 5\nexperiment:\n  preset: nope\n---\n");
        String where = "01-broken.md:6: experiment: preset: no preset with id 'nope'";
        assertThatThrownBy(
                        () ->
                                new LessonService(
                                        dir, true, null, null, null, null, null, null, null, null))
                .hasMessageContaining(where);
        LessonService lenient =
                new LessonService(dir, false, null, null, null, null, null, null, null, null);
        assertThat(lenient.lessons()).isEmpty();
        assertThat(lenient.problems()).containsExactly(where);
    }
}
