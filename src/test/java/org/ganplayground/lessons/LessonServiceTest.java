package org.ganplayground.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class LessonServiceTest {

    private static final String LESSON = "forger-and-inspector";

    @Autowired LessonService lessons;
    @Autowired JdbcTemplate jdbc;
    private long learner;

    @BeforeEach
    void freshLearner() {
        // each test gets its own learner, so progress from other tests cannot leak in
        String name = "t-" + UUID.randomUUID();
        jdbc.update(
                "insert into account (username, display_name, role, created_at)"
                        + " values (?, ?, 'LEARNER', current_timestamp)",
                name,
                name);
        learner =
                jdbc.queryForObject("select id from learner where username = ?", Long.class, name);
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
    void a_lesson_is_started_when_opened_and_done_when_every_after_run_question_is_answered() {
        assertThat(lessons.progress(learner, LESSON)).isEqualTo(Progress.NOT_STARTED);
        lessons.open(learner, LESSON);
        assertThat(lessons.progress(learner, LESSON)).isEqualTo(Progress.STARTED);

        // predictions do not finish a lesson
        lessons.answer(learner, LESSON, "predict-blobs", "3");
        assertThat(lessons.progress(learner, LESSON)).isEqualTo(Progress.STARTED);

        // a wrong answer counts as answered: its explanation is part of the lesson
        assertThat(lessons.answer(learner, LESSON, "modes-covered", "2").correct()).isFalse();
        assertThat(
                        lessons.answer(
                                        learner,
                                        LESSON,
                                        "forger-saw",
                                        "Only random noise, and the inspector's verdict on its own forgeries")
                                .correct())
                .isTrue();
        assertThat(lessons.progress(learner, LESSON)).isEqualTo(Progress.STARTED);
        assertThat(lessons.answer(learner, LESSON, "reflect", "<b>by feedback</b>").correct())
                .isNull();
        assertThat(lessons.progress(learner, LESSON)).isEqualTo(Progress.DONE);
        assertThat(lessons.progress(learner))
                .containsEntry("reading-the-scores", Progress.NOT_STARTED);
    }

    @Test
    void a_new_answer_replaces_the_old_one_and_reflections_are_stored_as_typed() {
        lessons.answer(learner, LESSON, "modes-covered", "2");
        lessons.answer(learner, LESSON, "modes-covered", "8");
        lessons.answer(learner, LESSON, "reflect", "<b>by feedback</b>");
        assertThat(lessons.answers(learner, LESSON))
                .containsEntry("modes-covered", "8")
                .containsEntry("reflect", "<b>by feedback</b>")
                .hasSize(2);
    }

    @Test
    void an_unreadable_answer_is_refused_and_not_stored() {
        assertThatThrownBy(() -> lessons.answer(learner, LESSON, "modes-covered", "eight"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Type a number");
        assertThat(lessons.answers(learner, LESSON)).isEmpty();
        assertThat(lessons.progress(learner, LESSON)).isEqualTo(Progress.NOT_STARTED);
    }

    @Test
    void a_broken_lesson_stops_the_app_in_strict_mode_and_is_skipped_with_a_warning_otherwise()
            throws IOException {
        Path dir = Files.createTempDirectory("lessons");
        Files.writeString(
                dir.resolve("01-broken.md"),
                "---\ntitle: x\norder: 1\nminutes: 5\nexperiment:\n  preset: nope\n---\n");
        String where = "01-broken.md:6: experiment: preset: no preset with id 'nope'";
        assertThatThrownBy(() -> new LessonService(dir, true, null, null, null))
                .hasMessageContaining(where);
        LessonService lenient = new LessonService(dir, false, null, null, null);
        assertThat(lenient.lessons()).isEmpty();
        assertThat(lenient.problems()).containsExactly(where);
    }
}
