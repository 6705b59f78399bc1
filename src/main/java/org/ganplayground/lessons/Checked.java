package org.ganplayground.lessons;

/**
 * The verdict on one answer.
 *
 * @param correct true or false for graded questions, null for predictions and reflections
 * @param feedback what to read next: right or not, and why
 * @param retry whether the question takes another try (a wrong answer before the last try)
 */
public record Checked(Boolean correct, String feedback, boolean retry) {

    public Checked(Boolean correct, String feedback) {
        this(correct, feedback, false);
    }
}
