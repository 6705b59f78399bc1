package org.ganplayground.guardrails;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The text form of a list of guardrails, {@code legs==8;fur>=0.5;radius==2~0.3}, and the checks
 * that need only the feature catalogue. Messages are written for the learner and name the rule.
 */
public final class Guardrails {

    private static final Pattern RULE =
            Pattern.compile(
                    "([a-z_][a-z0-9_]*)\\s*(==|!=|<=|>=|<|>)\\s*([-+]?[0-9]*\\.?[0-9]+)"
                            + "(?:\\s*~\\s*([0-9]*\\.?[0-9]+))?");

    private Guardrails() {}

    /** Reads rules without a catalogue: a missing tolerance is 0. */
    public static List<Guardrail> parse(String text) {
        List<Guardrail> rules = new ArrayList<>();
        for (String part : parts(text)) {
            Matcher m = RULE.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException(
                        "Cannot read the rule '"
                                + part
                                + "': write it like legs==8, fur>=0.5 or radius==2~0.3");
            }
            double tolerance = m.group(4) == null ? Double.NaN : Double.parseDouble(m.group(4));
            rules.add(
                    new Guardrail(
                            m.group(1),
                            Comparison.fromSymbol(m.group(2)),
                            Double.parseDouble(m.group(3)),
                            tolerance));
        }
        return rules.stream().map(g -> withTolerance(g, 0)).toList();
    }

    /**
     * Reads rules for one domain: unknown features and targets outside a feature's range are
     * refused, and a missing tolerance becomes the feature's default.
     */
    public static List<Guardrail> parse(String text, FeatureSet set) {
        List<Guardrail> rules = new ArrayList<>();
        for (String part : parts(text)) {
            Guardrail raw = parse(part).get(0);
            FeatureInfo info = feature(set, raw);
            boolean toleranceGiven = part.contains("~");
            rules.add(
                    toleranceGiven
                            ? raw
                            : new Guardrail(
                                    raw.feature(),
                                    raw.comparison(),
                                    raw.target(),
                                    info.defaultTolerance()));
        }
        check(rules, set);
        return List.copyOf(rules);
    }

    /** Refuses rules on unknown features or with targets a feature can never reach. */
    public static void check(List<Guardrail> rules, FeatureSet set) {
        for (Guardrail rule : rules) {
            FeatureInfo info = feature(set, rule);
            if (rule.target() < info.min() || rule.target() > info.max()) {
                throw new IllegalArgumentException(
                        rule.text()
                                + ": "
                                + info.name()
                                + " goes from "
                                + Guardrail.number(info.min())
                                + " to "
                                + Guardrail.number(info.max())
                                + " for "
                                + set.name());
            }
            if (rule.tolerance() < 0) {
                throw new IllegalArgumentException(
                        rule.text() + ": a tolerance cannot be negative");
            }
        }
    }

    public static String format(List<Guardrail> rules) {
        return rules.stream().map(Guardrail::text).collect(Collectors.joining(";"));
    }

    /**
     * Leaves out tolerances equal to the feature's default, so {@code parse(format(r), set)} is r.
     */
    public static String format(List<Guardrail> rules, FeatureSet set) {
        return rules.stream()
                .map(g -> g.text(feature(set, g).defaultTolerance()))
                .collect(Collectors.joining(";"));
    }

    public static FeatureInfo feature(FeatureSet set, Guardrail rule) {
        int index = set.indexOf(rule.feature());
        if (index < 0) {
            String names =
                    set.features().stream()
                            .map(FeatureInfo::name)
                            .collect(Collectors.joining(", "));
            throw new IllegalArgumentException(
                    "Unknown feature '"
                            + rule.feature()
                            + "' for "
                            + set.name()
                            + ": choose one of "
                            + names);
        }
        return set.features().get(index);
    }

    private static Guardrail withTolerance(Guardrail g, double fallback) {
        double tolerance = Double.isNaN(g.tolerance()) ? fallback : g.tolerance();
        return new Guardrail(g.feature(), g.comparison(), g.target(), tolerance);
    }

    private static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        if (text == null) {
            return parts;
        }
        for (String part : text.split(";")) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }
}
