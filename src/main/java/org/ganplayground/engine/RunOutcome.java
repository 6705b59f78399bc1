package org.ganplayground.engine;

import java.util.Map;

/**
 * How a run ended, with a message in plain words and its final key metrics.
 *
 * @param iteration iterations completed
 */
public record RunOutcome(Kind kind, int iteration, String message, Map<String, Double> summary) {

    public enum Kind {
        COMPLETED,
        STOPPED,
        DIVERGED,
        FAILED
    }

    public RunOutcome {
        summary = summary == null ? Map.of() : Map.copyOf(summary);
    }

    public static RunOutcome failed(String message) {
        return new RunOutcome(Kind.FAILED, 0, message, Map.of());
    }
}
