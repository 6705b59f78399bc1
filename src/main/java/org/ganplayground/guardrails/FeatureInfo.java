package org.ganplayground.guardrails;

import java.util.List;

/**
 * One thing a domain can measure on a sample, and so one thing a guardrail can talk about.
 *
 * @param name what a learner types in a rule, e.g. {@code legs}
 * @param description one line for the learner
 * @param min smallest value the measurement can take
 * @param max largest value the measurement can take
 * @param integer whether the value is a count or an index (then tolerance defaults to 0)
 * @param conditionable whether the domain sets this attribute directly when drawing, so a run can
 *     hand it to the networks as a condition
 * @param values the attribute values the domain's current parameters draw (empty unless
 *     conditionable)
 * @param defaultTolerance the tolerance of {@code ==} and {@code !=} when a rule gives none
 */
public record FeatureInfo(
        String name,
        String description,
        double min,
        double max,
        boolean integer,
        boolean conditionable,
        List<Integer> values,
        double defaultTolerance) {

    public FeatureInfo {
        values = List.copyOf(values);
    }

    public static FeatureInfo count(String name, String description, double min, double max) {
        return new FeatureInfo(name, description, min, max, true, false, List.of(), 0);
    }

    public static FeatureInfo attribute(
            String name, String description, double min, double max, List<Integer> values) {
        return new FeatureInfo(name, description, min, max, true, true, values, 0);
    }

    public static FeatureInfo continuous(
            String name, String description, double min, double max, double tolerance) {
        return new FeatureInfo(name, description, min, max, false, false, List.of(), tolerance);
    }
}
