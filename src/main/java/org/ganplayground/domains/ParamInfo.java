package org.ganplayground.domains;

import java.util.List;

/**
 * One setting a learner can change on a domain.
 *
 * @param name the key in {@link DomainSpec#params()}
 * @param kind how the value is written
 * @param choices allowed values for {@code CHOICE} and {@code SUBSET}; empty otherwise
 * @param min smallest value for {@code NUMBER}
 * @param max largest value for {@code NUMBER}
 * @param defaultValue the value used when the spec leaves the setting out
 * @param hint one line for the learner
 */
public record ParamInfo(
        String name,
        Kind kind,
        List<String> choices,
        double min,
        double max,
        String defaultValue,
        String hint) {

    public enum Kind {
        /** One of the choices, e.g. {@code shape=ring8}. */
        CHOICE,
        /** A comma-separated set of the choices, e.g. {@code legs=4,6,8}. */
        SUBSET,
        /** A number between min and max, e.g. {@code spread=1.5}. */
        NUMBER,
        /** Free text the domain reads itself, e.g. drawn points. */
        TEXT
    }

    public ParamInfo {
        choices = List.copyOf(choices);
    }

    public static ParamInfo choice(
            String name, String defaultValue, String hint, String... choices) {
        return new ParamInfo(name, Kind.CHOICE, List.of(choices), 0, 0, defaultValue, hint);
    }

    public static ParamInfo subset(
            String name, String defaultValue, String hint, String... choices) {
        return new ParamInfo(name, Kind.SUBSET, List.of(choices), 0, 0, defaultValue, hint);
    }

    public static ParamInfo number(
            String name, double min, double max, String defaultValue, String hint) {
        return new ParamInfo(name, Kind.NUMBER, List.of(), min, max, defaultValue, hint);
    }

    public static ParamInfo text(String name, String defaultValue, String hint) {
        return new ParamInfo(name, Kind.TEXT, List.of(), 0, 0, defaultValue, hint);
    }
}
