package org.ganplayground.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The teacher packs in lessons/teacher/ as shipped, read with the course (LessonFilesTest). */
class TeacherPackFilesTest {

    private static final LessonLibrary COURSE = LessonFilesTest.COURSE;

    @Test
    void every_lesson_has_a_pack_with_every_section_and_a_flow_that_fills_its_minutes() {
        assertThat(COURSE.problems()).isEmpty();
        for (Lesson lesson : COURSE.lessons()) {
            TeacherPack pack = COURSE.packs().get(lesson.slug());
            assertThat(pack).as("pack of " + lesson.file()).isNotNull();
            assertThat(pack.file()).isEqualTo(lesson.file());
            assertThat(pack.sections())
                    .extracting(TeacherPack.Section::heading)
                    .as(pack.file())
                    .containsExactlyElementsOf(TeacherPack.HEADINGS);
            assertThat(pack.sections())
                    .allSatisfy(s -> assertThat(s.html()).as(pack.file()).isNotBlank());
            assertThat(pack.flow())
                    .extracting(TeacherPack.Step::phase)
                    .containsExactly(TeacherPack.Phase.values());
            assertThat(pack.minutes()).as(pack.file()).isEqualTo(lesson.minutes());
            assertThat(pack.flow().get(pack.flow().size() - 1).to()).isEqualTo(lesson.minutes());
        }
        assertThat(COURSE.packs()).hasSameSizeAs(COURSE.lessons());
    }

    @Test
    void every_misconception_of_the_catalogue_is_watched_for_in_some_lesson() {
        Set<Misconception> named = EnumSet.noneOf(Misconception.class);
        COURSE.packs().values().forEach(p -> named.addAll(p.misconceptions()));
        assertThat(named).containsExactlyInAnyOrder(Misconception.values());
        assertThat(Arrays.stream(Misconception.values()).map(Misconception::id))
                .containsExactlyInAnyOrder(
                        "copies-data",
                        "lower-loss-better",
                        "half-means-perfect",
                        "passing-guardrails-means-understood",
                        "stronger-inspector",
                        "detectors-will-solve-it");
    }

    @Test
    void every_free_text_question_of_a_lesson_is_named_in_its_packs_rubric() {
        for (Lesson lesson : COURSE.lessons()) {
            String rubric =
                    COURSE.packs().get(lesson.slug()).sections().stream()
                            .filter(s -> s.heading().equals("Rubric"))
                            .findFirst()
                            .orElseThrow()
                            .html();
            for (Question q : lesson.questions()) {
                if (q.kind() == Question.Kind.TEXT) {
                    assertThat(rubric).as(lesson.file() + " rubric").contains(q.id());
                }
            }
        }
    }
}
