package org.ganplayground.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.Role;
import org.ganplayground.classroom.TestAccounts;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunService;
import org.ganplayground.training.TestRuns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs a teacher prepares for a class (Lesson.InClass.PREPARED): only for their own class, once,
 * read by its learners alone; shown to a learner only after their predictions, which they then
 * close; counted as the learner's run of the lesson and used for "your run" answers.
 */
@Tag("database")
@SpringBootTest
@ActiveProfiles("test")
class PreparedRunsTest {

    private static final String GUARDRAILS = "guardrails";

    @Autowired LessonService lessons;
    @Autowired TestAccounts accounts;
    @Autowired TestRuns testRuns;
    @Autowired RunService runs;
    @Autowired ClassProgress classProgress;

    @AfterEach
    void tidy() {
        testRuns.cancelAll();
        TestAccounts.signOut();
    }

    @Test
    void a_teacher_prepares_a_lesson_once_and_only_for_a_class_of_their_own() {
        TestAccounts.ClassOf mine = accounts.classOf(1);
        TestAccounts.ClassOf theirs = accounts.classOf(1);
        String lesson = "when-forgeries-go-wrong"; // ring-collapse and two more presets: cheap

        TestAccounts.signIn(theirs.teacher());
        assertThatThrownBy(() -> lessons.prepare(lesson, mine.classId()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Only the teacher");
        TestAccounts.signIn(mine.learners().get(0));
        assertThatThrownBy(() -> lessons.prepare(lesson, mine.classId()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(runs.preparedRuns(mine.classId(), lesson)).isEmpty();

        TestAccounts.signIn(mine.teacher());
        LessonService.Prepared made = lessons.prepare(lesson, mine.classId());
        // the experiment and both other presets, as the teacher's runs for the class
        assertThat(made.runs()).hasSize(3);
        assertThat(made.runs())
                .allMatch(r -> r.getOwnerId() == mine.teacher().id())
                .allMatch(r -> Long.valueOf(mine.classId()).equals(r.getPreparedFor()))
                .allMatch(r -> lesson.equals(r.getLessonSlug()));
        assertThatThrownBy(() -> lessons.prepare(lesson, mine.classId()))
                .hasMessage(LessonService.ALREADY_PREPARED);
        // another teacher sees none of it
        TestAccounts.signIn(theirs.teacher());
        assertThat(lessons.preparedFor(lesson, mine.classId()).runs()).isEmpty();
    }

    @Test
    void a_prepared_sweep_is_read_by_the_class_and_cancelled_only_by_its_teacher() {
        TestAccounts.ClassOf c = accounts.classOf(1);
        TestAccounts.signIn(c.teacher());
        LessonService.Prepared made = lessons.prepare("fix-it", c.classId());
        assertThat(made.sweeps()).hasSize(1);
        long sweepId = made.sweeps().get(0).getId();

        TestAccounts.signIn(c.learners().get(0));
        assertThat(sweeps.find(sweepId)).isPresent();
        assertThatThrownBy(() -> sweeps.cancel(sweepId))
                .isInstanceOf(IllegalArgumentException.class);
        TestAccounts.signIn(accounts.create("other", Role.LEARNER, null));
        assertThat(sweeps.find(sweepId)).isEmpty();
    }

    @Autowired org.ganplayground.sweeps.SweepService sweeps;

    @Test
    void a_prepared_run_is_read_by_its_class_alone() {
        TestAccounts.ClassOf c = accounts.classOf(1);
        TestAccounts.ClassOf other = accounts.classOf(1);
        long id = prepared(c, Map.of("pass legs==8", 0.99));

        TestAccounts.signIn(c.learners().get(0));
        assertThat(runs.find(id)).isPresent();
        TestAccounts.signIn(other.learners().get(0));
        assertThat(runs.find(id)).isEmpty();
        assertThat(runs.preparedRuns(c.classId(), GUARDRAILS)).isEmpty();
        TestAccounts.signIn(accounts.create("alone", Role.LEARNER, null));
        assertThat(runs.find(id)).isEmpty();
    }

    @Test
    void prepared_runs_appear_after_the_predictions_and_then_close_them() {
        TestAccounts.ClassOf c = accounts.classOf(1);
        prepared(c, Map.of("pass legs==8", 0.99));
        TestAccounts.signIn(c.learners().get(0));

        LessonService.Prepared before = lessons.prepared(GUARDRAILS);
        assertThat(before.shown()).isEqualTo(LessonService.Shown.AFTER_PREDICTIONS);
        assertThat(before.runs()).isEmpty();
        assertThat(lessons.predictionsClosed(GUARDRAILS)).isFalse();

        lessons.answer(GUARDRAILS, "predict-pass", "Some of the time");
        assertThat(lessons.prepared(GUARDRAILS).shown()).isEqualTo(LessonService.Shown.SHOWN);
        assertThat(lessons.prepared(GUARDRAILS).runs()).hasSize(1);
        assertThat(lessons.predictionsClosed(GUARDRAILS)).isTrue();
        assertThatThrownBy(() -> lessons.answer(GUARDRAILS, "predict-pass", "Almost always"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(LessonService.PREDICTION_CLOSED);
        assertThat(lessons.answers(GUARDRAILS)).containsEntry("predict-pass", "Some of the time");
        // the class's predictions are set beside what the prepared run measured
        assertThat(predictions.forMe(GUARDRAILS, "predict-pass").orElseThrow().outcome().finished())
                .isEqualTo(1);
    }

    @Autowired ClassPredictions predictions;

    @Test
    void a_finished_prepared_run_is_the_learners_run_for_answers_and_for_done() {
        TestAccounts.ClassOf c = accounts.classOf(1);
        prepared(c, Map.of("pass legs==8", 0.9));
        Caller learner = c.learners().get(0);
        TestAccounts.signIn(learner);
        assertThat(lessons.toFinish(GUARDRAILS)).anyMatch(l -> l.startsWith("Run the lesson's"));

        lessons.answer(GUARDRAILS, "predict-pass", "Almost always");
        // the prepared run showed 0.9; the preset's value (1) is not this run's
        assertThat(lessons.answer(GUARDRAILS, "fake-pass", "1").correct()).isFalse();
        assertThat(lessons.answer(GUARDRAILS, "fake-pass", "0.9").correct()).isTrue();
        lessons.answer(GUARDRAILS, "real-pass", "1");
        lessons.answer(
                GUARDRAILS,
                "hardest-rule",
                "Legs, since eight thin lines must all be right at once.");
        lessons.answer(
                GUARDRAILS,
                "reflect",
                "From the inspector's feedback, which only ever saw eight legs.");
        assertThat(lessons.toFinish(GUARDRAILS)).isEmpty();
        assertThat(lessons.progress(GUARDRAILS)).isEqualTo(Progress.DONE);

        // the teacher's progress grid agrees
        TestAccounts.signIn(c.teacher());
        assertThat(classProgress.grid(c.classId()))
                .singleElement()
                .satisfies(
                        row -> assertThat(row.bySlug()).containsEntry(GUARDRAILS, Progress.DONE));
    }

    @Test
    void a_prepared_run_that_has_not_finished_does_not_count_as_the_learners_run() {
        TestAccounts.ClassOf c = accounts.classOf(1);
        TestAccounts.signIn(c.teacher());
        Run queued =
                runs.launchFor(
                        c.teacher(),
                        TestRuns.ring(1, 20_000),
                        "prepared, still training",
                        GUARDRAILS,
                        c.classId());
        assertThat(queued.getPreparedFor()).isEqualTo(c.classId());
        TestAccounts.signIn(c.learners().get(0));
        lessons.answer(GUARDRAILS, "predict-pass", "Almost always");
        assertThat(lessons.prepared(GUARDRAILS).runs()).hasSize(1);
        assertThat(lessons.toFinish(GUARDRAILS)).anyMatch(l -> l.startsWith("Run the lesson's"));
    }

    private long prepared(TestAccounts.ClassOf c, Map<String, Double> last) {
        return testRuns.preparedInLesson(
                c.teacher(),
                c.classId(),
                GUARDRAILS,
                last,
                lessons.find(GUARDRAILS).orElseThrow().config());
    }
}
