package org.ganplayground.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The course in lessons/ as shipped: every file parses and every experiment is a valid run. */
class LessonFilesTest {

    static final LessonLibrary COURSE = LessonLibrary.load(Path.of("lessons"));

    @Test
    void every_lesson_file_parses_and_its_experiment_validates() {
        assertThat(COURSE.problems()).isEmpty();
        for (Lesson l : COURSE.lessons()) {
            assertThat(org.ganplayground.settings.Settings.check(l.config()))
                    .as(l.file())
                    .isEmpty();
            assertThat(l.after()).as(l.file()).isNotEmpty();
        }
    }

    /**
     * "Own" lessons fit a class of 30 on one 2-core server: every learner's runs take at most a
     * third of the lesson on two cores, by the cost model (training/CostModel.java, within 20 % of
     * measured times: README "Compute budget"). The others say "prepared", and their runs, made
     * once for the class, take at most 15 minutes before class. LessonClassBenchmark measures both.
     */
    @Test
    void each_lesson_says_how_its_runs_fit_a_class_of_30_and_the_cost_model_agrees() {
        for (Lesson l : COURSE.lessons()) {
            double oneLearner =
                    l.runConfigs().stream()
                            .mapToDouble(
                                    c -> org.ganplayground.training.CostModel.estimate(c).seconds())
                            .sum();
            double classOnTwoCores = 30 * oneLearner / 2;
            if (l.inClass() == Lesson.InClass.OWN) {
                assertThat(classOnTwoCores)
                        .as(l.file() + ": 30 learners' own runs, seconds on 2 cores")
                        .isLessThanOrEqualTo(l.minutes() * 60 / 3.0);
            } else {
                assertThat(classOnTwoCores)
                        .as(l.file() + " says prepared, yet 30 own runs would fit")
                        .isGreaterThan(l.minutes() * 60 / 3.0);
                assertThat(oneLearner / 2)
                        .as(l.file() + ": its prepared runs, seconds on 2 cores")
                        .isLessThanOrEqualTo(15 * 60);
            }
        }
    }

    /** "Your run" numbers are checked against the learner's run, so each names its metric. */
    @Test
    void every_your_run_number_question_names_the_metric_it_is_checked_on() {
        for (Lesson l : COURSE.lessons()) {
            for (Question q : l.after()) {
                if (q.kind() == Question.Kind.NUMBER
                        && q.prompt().toLowerCase(java.util.Locale.ROOT).contains("your run")) {
                    assertThat(q.metric()).as(l.file() + " " + q.id()).isNotNull();
                }
            }
        }
    }

    @Test
    void every_reflection_has_a_model_answer_for_learners_working_alone() {
        for (Lesson l : COURSE.lessons()) {
            for (Question q : l.after()) {
                if (q.kind() == Question.Kind.TEXT) {
                    assertThat(q.model()).as(l.file() + " " + q.id()).isNotBlank();
                }
            }
        }
    }

    @Test
    void the_course_has_its_eleven_lessons_in_order() {
        assertThat(COURSE.lessons())
                .extracting(Lesson::slug)
                .containsExactly(
                        "forger-and-inspector",
                        "reading-the-scores",
                        "guardrails",
                        "given-up-front",
                        "when-forgeries-go-wrong",
                        "how-good-is-a-forgery",
                        "beyond-pictures",
                        "deepfakes-and-society",
                        "human-versus-machine",
                        "fix-it",
                        "design-your-own-experiment");
        List<Integer> orders = COURSE.lessons().stream().map(Lesson::order).toList();
        assertThat(orders).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    }

    @Test
    void a_server_started_outside_the_project_folder_uses_the_course_built_into_the_app() {
        LessonService elsewhere =
                new LessonService(
                        Path.of("target", "no-lessons-here"),
                        true,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null);
        assertThat(elsewhere.problems()).isEmpty();
        assertThat(elsewhere.lessons()).isEqualTo(COURSE.lessons());
        assertThat(elsewhere.packsForAnyone()).isEqualTo(COURSE.packs());
    }
}
