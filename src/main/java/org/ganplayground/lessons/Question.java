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
 * @param model for a reflection, a model answer shown to a learner working alone once they have
 *     written theirs (in a class, the teacher reads and discusses the answers); null when none
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
        double max,
        String model) {

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

    /** Tries a graded question takes: a wrong first answer gets a second try, then the answer. */
    public static final int TRIES = 2;

    /** Checks an answer as a last try (the verdict with the explanation). */
    public Checked check(String input) {
        return check(input, TRIES);
    }

    /**
     * Checks an answer given at try {@code tryNumber} (1 for the first); pure, so a stored answer
     * can be re-checked when the page reopens. A wrong answer before the last try says neither the
     * answer nor the explanation.
     */
    public Checked check(String input, int tryNumber) {
        return check(input, tryNumber, null);
    }

    /**
     * Checks an answer against {@code expected} when given (a "your run" question: the learner's
     * own run's value of {@link #metric}), else against {@link #answer}.
     */
    public Checked check(String input, int tryNumber, Double expected) {
        String given = input == null ? "" : input.strip();
        if (given.isEmpty()) {
            throw new IllegalArgumentException("Give an answer first.");
        }
        String more = explanation == null || explanation.isBlank() ? "" : " " + explanation;
        if (kind == Kind.NUMBER) {
            inRange(number(given));
        }
        if (when == When.BEFORE) {
            // what was measured stays hidden until the learner's own run has finished
            return new Checked(null, PREDICTION_SAVED);
        }
        return switch (kind) {
            case TEXT -> new Checked(null, "Saved for your teacher." + more);
            case CHOICE -> {
                if (!choices.contains(given)) {
                    throw new IllegalArgumentException("Pick one of the choices.");
                }
                boolean right = given.equals(answer);
                if (!right && tryNumber < TRIES) {
                    yield new Checked(false, TRY_AGAIN, true);
                }
                yield new Checked(
                        right,
                        (right ? "Right." : "Not quite: the answer is “" + answer + "”.") + more);
            }
            case NUMBER -> {
                double x = number(given);
                double target = expected != null ? expected : Double.parseDouble(answer);
                boolean right = Math.abs(x - target) <= tolerance + 1e-12;
                if (!right && tryNumber < TRIES) {
                    yield new Checked(false, TRY_AGAIN, true);
                }
                String wrong =
                        expected != null
                                ? "Not quite: your run showed " + rounded(expected) + "."
                                : "Not quite: about " + answer + " was expected.";
                yield new Checked(right, (right ? "Right." : wrong) + more);
            }
        };
    }

    /**
     * The verdict on a stored answer when the page reopens, from what was stored (a "your run"
     * answer was checked against the run the learner had then).
     */
    public Checked shown(Answered a) {
        if (!graded() || a.correct() == null) {
            return check(a.text(), a.tries());
        }
        String more = explanation == null || explanation.isBlank() ? "" : " " + explanation;
        if (a.correct()) {
            return new Checked(true, "Right." + more);
        }
        if (a.tries() < TRIES) {
            return new Checked(false, TRY_AGAIN, true);
        }
        return new Checked(
                false,
                (kind == Kind.CHOICE ? "Not quite: the answer is “" + answer + "”." : "Not quite.")
                        + more);
    }

    private static String rounded(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15
                ? Long.toString((long) x)
                : String.format(Locale.ROOT, "%.3g", x);
    }

    /**
     * What a learner working alone reads once their reflection is saved: the model answer, when the
     * question has one.
     */
    public Checked savedAlone() {
        String more = explanation == null || explanation.isBlank() ? "" : " " + explanation;
        if (model == null || model.isBlank()) {
            return new Checked(null, "Saved." + more);
        }
        return new Checked(null, "Saved. Compare yours with a model answer: " + model + more);
    }

    static final String PREDICTION_SAVED =
            "Prediction saved. Now run it; when your run has finished, your prediction is set"
                    + " beside what it showed.";

    /**
     * A prediction beside the learner's finished run: what they predicted, what their run measured
     * (when the prediction names an outcome metric), and the explanation.
     */
    public String besideRun(String predicted, String measured) {
        return besideRun(predicted, measured, "Your run");
    }

    /** {@link #besideRun(String, String)} for a run named otherwise ("The prepared run"). */
    public String besideRun(String predicted, String measured, String whose) {
        String more = explanation == null || explanation.isBlank() ? "" : " " + explanation;
        return "You predicted “"
                + predicted
                + "”."
                + (measured == null ? "" : " " + whose + " showed: " + measured + ".")
                + more;
    }

    static final String TRY_AGAIN = "Not quite. Look at the run again: you have one more try.";

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
