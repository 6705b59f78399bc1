package org.ganplayground.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ganplayground.classroom.Role;
import org.ganplayground.classroom.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class LessonServiceTest {

    private static final String LESSON = "forger-and-inspector";

    @Autowired LessonService lessons;
    @Autowired TestAccounts accounts;

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
    void a_lesson_is_started_when_opened_and_done_when_every_after_run_question_is_answered() {
        assertThat(lessons.progress(LESSON)).isEqualTo(Progress.NOT_STARTED);
        lessons.open(LESSON);
        assertThat(lessons.progress(LESSON)).isEqualTo(Progress.STARTED);

        // predictions do not finish a lesson
        lessons.answer(LESSON, "predict-blobs", "3");
        assertThat(lessons.progress(LESSON)).isEqualTo(Progress.STARTED);

        // a wrong answer counts as answered: its explanation is part of the lesson
        assertThat(lessons.answer(LESSON, "modes-covered", "2").correct()).isFalse();
        assertThat(
                        lessons.answer(
                                        LESSON,
                                        "forger-saw",
                                        "Only random noise, and the inspector's verdict on its own forgeries")
                                .correct())
                .isTrue();
        assertThat(lessons.progress(LESSON)).isEqualTo(Progress.STARTED);
        assertThat(lessons.answer(LESSON, "reflect", "<b>by feedback</b>").correct()).isNull();
        assertThat(lessons.progress(LESSON)).isEqualTo(Progress.DONE);
        assertThat(lessons.progress()).containsEntry("reading-the-scores", Progress.NOT_STARTED);
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
                                        dir, true, null, null, null, null, null, null, null))
                .hasMessageContaining(where);
        LessonService lenient =
                new LessonService(dir, false, null, null, null, null, null, null, null);
        assertThat(lenient.lessons()).isEmpty();
        assertThat(lenient.problems()).containsExactly(where);
    }
}
