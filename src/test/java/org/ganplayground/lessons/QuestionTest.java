package org.ganplayground.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionTest {

    static Question blobs(Question.When when, String answer) {
        return new Question(
                "blobs",
                when,
                Question.Kind.NUMBER,
                "How many of the 8 blobs?",
                List.of(),
                answer,
                1,
                null,
                null,
                null,
                0,
                8,
                null);
    }

    @Test
    void a_number_prediction_must_be_a_number_within_the_questions_range() {
        Question q = blobs(Question.When.BEFORE, null);
        assertThatThrownBy(() -> q.check("abc")).hasMessage("Type a number, e.g. 0.5");
        assertThatThrownBy(() -> q.check("-3")).hasMessage("Give a number from 0 to 8.");
        assertThatThrownBy(() -> q.check("99999999999")).hasMessage("Give a number from 0 to 8.");
        assertThat(q.check("6").correct()).as("a prediction is never graded").isNull();
    }

    @Test
    void an_after_run_number_outside_the_range_is_refused_not_marked_wrong() {
        Question q = blobs(Question.When.AFTER, "8");
        assertThatThrownBy(() -> q.check("9")).hasMessage("Give a number from 0 to 8.");
        assertThat(q.check("7").correct()).isTrue();
        assertThat(q.check("5").correct()).isFalse();
    }

    @Test
    void a_wrong_first_try_gives_nothing_away_and_the_last_says_the_answer_and_why() {
        Question q =
                new Question(
                        "saw",
                        Question.When.AFTER,
                        Question.Kind.CHOICE,
                        "What did the forger see?",
                        List.of("The data", "Noise"),
                        "Noise",
                        0,
                        "It never sees the data.",
                        null,
                        null,
                        Double.NEGATIVE_INFINITY,
                        Double.POSITIVE_INFINITY,
                        null);
        Checked first = q.check("The data", 1);
        assertThat(first.feedback()).isEqualTo(Question.TRY_AGAIN).doesNotContain("Noise");
        assertThat(first.retry()).isTrue();
        Checked last = q.check("The data", 2);
        assertThat(last.feedback())
                .isEqualTo("Not quite: the answer is “Noise”. It never sees the data.");
        assertThat(last.retry()).isFalse();
        assertThat(q.check("Noise", 1).feedback()).isEqualTo("Right. It never sees the data.");
        // a number checked against the learner's own run
        assertThat(blobs(Question.When.AFTER, "8").check("3", 2, 5.0).feedback())
                .isEqualTo("Not quite: your run showed 5.");
        assertThat(blobs(Question.When.AFTER, "8").check("5", 1, 5.0).correct()).isTrue();
    }
}
