package org.ganplayground.domains;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One setting a learner can change on a domain.
 *
 * @param name the key in {@link DomainSpec#params()}
 * @param label the setting's name in plain words
 * @param kind how the value is written
 * @param choices allowed values for {@code CHOICE} and {@code SUBSET}, each with its label in plain
 *     words; empty otherwise
 * @param min smallest value for {@code NUMBER}
 * @param max largest value for {@code NUMBER}
 * @param defaultValue the value used when the spec leaves the setting out
 * @param hint one line for the learner
 * @param onlyWhen another parameter and the value it must have for this one to apply (e.g. the
 *     drawn points only for {@code shape=drawn}); null when it always applies
 */
public record ParamInfo(
        String name,
        String label,
        Kind kind,
        Map<String, String> choices,
        double min,
        double max,
        String defaultValue,
        String hint,
        Map.Entry<String, String> onlyWhen) {

    /** Longest value a text parameter may have: the whole config must fit its database column. */
    public static final int MAX_TEXT_LENGTH = 2000;

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
        choices = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(choices));
    }

    /** {@code labelsAndValues}: value, label, value, label, ... */
    public static ParamInfo choice(
            String name, String label, String defaultValue, String hint, String... labelled) {
        return new ParamInfo(
                name, label, Kind.CHOICE, pairs(labelled), 0, 0, defaultValue, hint, null);
    }

    /** {@code labelsAndValues}: value, label, value, label, ... */
    public static ParamInfo subset(
            String name, String label, String defaultValue, String hint, String... labelled) {
        return new ParamInfo(
                name, label, Kind.SUBSET, pairs(labelled), 0, 0, defaultValue, hint, null);
    }

    public static ParamInfo number(
            String name, String label, double min, double max, String defaultValue, String hint) {
        return new ParamInfo(
                name, label, Kind.NUMBER, Map.of(), min, max, defaultValue, hint, null);
    }

    public static ParamInfo text(String name, String label, String defaultValue, String hint) {
        return new ParamInfo(name, label, Kind.TEXT, Map.of(), 0, 0, defaultValue, hint, null);
    }

    /** This parameter, applying only when {@code param} has {@code value}. */
    public ParamInfo onlyWhen(String param, String value) {
        return new ParamInfo(
                name, label, kind, choices, min, max, defaultValue, hint, Map.entry(param, value));
    }

    /** Whether this parameter means anything with these (raw) values of the others. */
    public boolean appliesTo(Map<String, String> values, List<ParamInfo> all) {
        if (onlyWhen == null) {
            return true;
        }
        String other =
                values.getOrDefault(
                        onlyWhen.getKey(),
                        all.stream()
                                .filter(p -> p.name().equals(onlyWhen.getKey()))
                                .map(ParamInfo::defaultValue)
                                .findFirst()
                                .orElse(null));
        return onlyWhen.getValue().equals(other == null ? null : other.strip());
    }

    /**
     * What is wrong with a value of this parameter, in plain words, or null when it is fine. Text
     * parameters are only checked for length here; their domain reads them.
     */
    public String problem(String value) {
        switch (kind) {
            case CHOICE:
                return choices.containsKey(value)
                        ? null
                        : "choose one of " + String.join(", ", choices.values());
            case SUBSET:
                List<String> items =
                        List.of(value.split(",", -1)).stream().map(String::strip).toList();
                boolean ok =
                        value.length() <= 8 * choices.size()
                                && items.stream().allMatch(choices::containsKey)
                                && items.stream().distinct().count() == items.size();
                return ok
                        ? null
                        : "choose one or more of "
                                + String.join(", ", choices.keySet())
                                + ", separated by commas";
            case NUMBER:
                if (value.length() <= 32) {
                    try {
                        double v = Double.parseDouble(value);
                        if (v >= min && v <= max) {
                            return null;
                        }
                    } catch (NumberFormatException ignored) {
                        // falls through to the same message as a number out of range
                    }
                }
                return "give a number from " + number(min) + " to " + number(max);
            default:
                return value.length() <= MAX_TEXT_LENGTH
                        ? null
                        : "at most " + MAX_TEXT_LENGTH + " characters";
        }
    }

    /** A value in plain words: a choice's label, each item of a subset, or the value itself. */
    public String display(String value) {
        if (kind == Kind.CHOICE) {
            return choices.getOrDefault(value, value);
        }
        return value;
    }

    public static String number(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static Map<String, String> pairs(String... labelled) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < labelled.length; i += 2) {
            out.put(labelled[i], labelled[i + 1]);
        }
        return out;
    }
}
