package org.ganplayground.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunTest {

    private static Run withLesson(String slug) {
        return new Run(1L, "a run", "points-2d", "{}", 10, slug, null, 1000L);
    }

    @Test
    void a_lesson_slug_from_a_link_longer_than_its_column_ties_the_run_to_no_lesson() {
        String longest = "a".repeat(Run.LESSON_SLUG_MAX_LENGTH);
        assertThat(withLesson(longest).getLessonSlug()).isEqualTo(longest);
        assertThat(withLesson(longest + "a").getLessonSlug()).isNull();
        assertThat(withLesson(null).getLessonSlug()).isNull();
    }
}
