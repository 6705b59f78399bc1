package org.ganplayground.lessons;

import java.util.List;
import java.util.Locale;

/**
 * One question of a lesson. Questions {@link When#BEFORE} the run ask for a prediction and are
 * never marked right or wrong (a prediction is a guess to test, not a quiz); questions {@link
 * When#AFTER} it are answered from what the run showed.
 *
 * @param answer the right choice's text, or the number; null for predictions and reflections
 * @param tolerance how far a numeric answer may be from {@code answer} and still count as right
 * @param min the smallest number a number question takes (-Infinity when unbounded)
 * @param max the largest (Infinity when unbounded): "how many of the 8 blobs" takes 0 to 8
 * @param metric for a numeric question, the run metric its answer comes from ({@code
 *     modes_covered}); a test checks the answer against the lesson's run at its seed
 * @param outcome for a prediction, the run metric that measures what it predicts ({@code
 *     modes_covered}, {@code pass legs==8}): the class's predictions are shown beside the final
 *     values of that metric in the class's runs; null when none
 */
public record Question(
        String id,
        When when,
        Kind kind,
        String prompt,
        List<String> choices,
        String answer,
        double tolerance,
        String explanation,
        String metric,
        String outcome,
        double min,
        double max) {

    public enum When {
        BEFORE,
        AFTER
    }

    public enum Kind {
        CHOICE,
        NUMBER,
        TEXT
    }

    public Question {
        choices = List.copyOf(choices);
    }

    /** Whether an answer can be right or wrong; predictions and reflections cannot. */
    public boolean graded() {
        return when == When.AFTER && kind != Kind.TEXT;
    }

    /** Checks an answer; pure, so a stored answer can be re-checked when the page reopens. */
    public Checked check(String input) {
        String given = input == null ? "" : input.strip();
        if (given.isEmpty()) {
            throw new IllegalArgumentException("Give an answer first.");
        }
        String more = explanation == null || explanation.isBlank() ? "" : " " + explanation;
        if (kind == Kind.NUMBER) {
            inRange(number(given));
        }
        if (when == When.BEFORE) {
            return new Checked(null, "Prediction saved. Now run it and compare." + more);
        }
        return switch (kind) {
            case TEXT -> new Checked(null, "Saved for your teacher." + more);
            case CHOICE -> {
                if (!choices.contains(given)) {
                    throw new IllegalArgumentException("Pick one of the choices.");
                }
                boolean right = given.equals(answer);
                yield new Checked(right, (right ? "Right." : "Not quite.") + more);
            }
            case NUMBER -> {
                double x = number(given);
                boolean right = Math.abs(x - Double.parseDouble(answer)) <= tolerance + 1e-12;
                yield new Checked(
                        right,
                        (right ? "Right." : "Not quite: about " + answer + " was expected.")
                                + more);
            }
        };
    }

    private void inRange(double x) {
        if (x < min || x > max) {
            throw new IllegalArgumentException(
                    "Give a number from " + plain(min) + " to " + plain(max) + ".");
        }
    }

    private static String plain(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15
                ? Long.toString((long) x)
                : Double.toString(x);
    }

    static double number(String text) {
        try {
            // learners in many countries write a decimal comma
            double x = Double.parseDouble(text.replace(',', '.').toLowerCase(Locale.ROOT));
            if (Double.isFinite(x)) {
                return x;
            }
        } catch (NumberFormatException e) {
            // falls through to the plain message
        }
        throw new IllegalArgumentException("Type a number, e.g. 0.5");
    }
}
