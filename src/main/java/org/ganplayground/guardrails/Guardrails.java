package org.ganplayground.guardrails;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The text form of a list of guardrails, {@code legs==8;fur>=0.5;radius==2~0.3}, and the checks
 * that need only the feature catalogue. Messages are written for the learner and name the rule.
 *
 * <p>The text comes from links and imported files, so it is read by a hand-written scanner in one
 * pass (no regular expression that can backtrack), and refused before any scanning when it is
 * longer than {@link #MAX_TEXT_LENGTH} or holds more than {@link #MAX_RULES} rules.
 */
public final class Guardrails {

    /** Rules in one list: far more than any lesson or experiment needs. */
    public static final int MAX_RULES = 50;

    /** Characters in the text of one list, separators included. */
    public static final int MAX_TEXT_LENGTH = 2000;

    /** How much of a rule or number a message quotes. */
    private static final int QUOTED = 40;

    private static final String EXAMPLE = "write it like legs==8, fur>=0.5 or radius==2~0.3";

    private Guardrails() {}

    /** Reads rules without a catalogue: a missing tolerance is 0. */
    public static List<Guardrail> parse(String text) {
        List<Guardrail> rules = new ArrayList<>();
        for (Scanned s : scan(text)) {
            rules.add(s.rule(0));
        }
        return fitting(rules);
    }

    /**
     * Reads rules for one domain: unknown features and targets outside a feature's range are
     * refused, and a missing tolerance becomes the feature's default.
     */
    public static List<Guardrail> parse(String text, FeatureSet set) {
        List<Guardrail> rules = new ArrayList<>();
        for (Scanned s : scan(text)) {
            rules.add(s.rule(feature(set, s.rule(0)).defaultTolerance()));
        }
        check(rules, set);
        return fitting(rules);
    }

    /** Refuses rules on unknown features or with targets a feature can never reach. */
    public static void check(List<Guardrail> rules, FeatureSet set) {
        for (Guardrail rule : rules) {
            FeatureInfo info = feature(set, rule);
            if (rule.target() < info.min() || rule.target() > info.max()) {
                throw new IllegalArgumentException(
                        quote(rule.text())
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
                        quote(rule.text()) + ": a tolerance cannot be negative");
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
                            + quote(rule.feature())
                            + "' for "
                            + set.name()
                            + ": choose one of "
                            + names);
        }
        return set.features().get(index);
    }

    /** A rule as read, before a missing tolerance is filled in. */
    private record Scanned(String feature, Comparison comparison, double target, Double tolerance) {

        Guardrail rule(double defaultTolerance) {
            return new Guardrail(
                    feature, comparison, target, tolerance == null ? defaultTolerance : tolerance);
        }
    }

    private static List<Scanned> scan(String text) {
        List<Scanned> rules = new ArrayList<>();
        if (text == null) {
            return rules;
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw tooLong(text.length());
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ';') {
                String part = text.substring(start, i).strip();
                if (!part.isEmpty()) {
                    parts.add(part);
                }
                start = i + 1;
            }
        }
        if (parts.size() > MAX_RULES) {
            throw new IllegalArgumentException(
                    "At most "
                            + MAX_RULES
                            + " guardrails fit in one list; this one has "
                            + parts.size()
                            + ".");
        }
        for (String part : parts) {
            rules.add(new Scanner(part).rule());
        }
        return rules;
    }

    /**
     * Refuses rules whose written-out form (the one configs store) is longer than the limit, so
     * whatever is accepted can be stored and read back.
     */
    private static List<Guardrail> fitting(List<Guardrail> rules) {
        int length = format(rules).length();
        if (length > MAX_TEXT_LENGTH) {
            throw tooLong(length);
        }
        return List.copyOf(rules);
    }

    private static IllegalArgumentException tooLong(int length) {
        return new IllegalArgumentException(
                "Guardrails can be at most "
                        + MAX_TEXT_LENGTH
                        + " characters long; these are "
                        + length
                        + ".");
    }

    /** A message quotes at most the start of what was typed. */
    static String quote(String typed) {
        return typed.length() <= QUOTED ? typed : typed.substring(0, QUOTED) + "…";
    }

    /**
     * Reads one rule, {@code feature comparison target [~ tolerance]} with optional spaces, left to
     * right; each character is looked at once.
     */
    private static final class Scanner {

        private final String rule;
        private int at;

        Scanner(String rule) {
            this.rule = rule;
        }

        Scanned rule() {
            spaces();
            String feature = feature();
            spaces();
            Comparison comparison = comparison();
            spaces();
            double target = number(true);
            spaces();
            Double tolerance = null;
            if (at < rule.length() && rule.charAt(at) == '~') {
                at++;
                spaces();
                tolerance = number(false);
                spaces();
            }
            if (at != rule.length()) {
                throw unreadable();
            }
            return new Scanned(feature, comparison, target, tolerance);
        }

        private void spaces() {
            while (at < rule.length() && Character.isWhitespace(rule.charAt(at))) {
                at++;
            }
        }

        /** {@code [a-z_][a-z0-9_]*} */
        private String feature() {
            int start = at;
            while (at < rule.length()) {
                char c = rule.charAt(at);
                boolean letter = (c >= 'a' && c <= 'z') || c == '_';
                if (!(letter || (at > start && c >= '0' && c <= '9'))) {
                    break;
                }
                at++;
            }
            if (at == start) {
                throw unreadable();
            }
            return rule.substring(start, at);
        }

        private Comparison comparison() {
            char first = at < rule.length() ? rule.charAt(at) : ' ';
            boolean equalsNext = at + 1 < rule.length() && rule.charAt(at + 1) == '=';
            Comparison c =
                    switch (first) {
                        case '=' -> equalsNext ? Comparison.EQ : null;
                        case '!' -> equalsNext ? Comparison.NE : null;
                        case '<' -> equalsNext ? Comparison.LE : Comparison.LT;
                        case '>' -> equalsNext ? Comparison.GE : Comparison.GT;
                        default -> null;
                    };
            if (c == null) {
                throw unreadable();
            }
            at += c.symbol().length();
            return c;
        }

        /**
         * A plain decimal, {@code [-+]?[0-9]*\.?[0-9]+} (a tolerance without the sign), that fits a
         * double: no exponent, hex, NaN or Infinity, nothing too large to be finite.
         */
        private double number(boolean signed) {
            int start = at;
            while (at < rule.length()
                    && rule.charAt(at) != '~'
                    && !Character.isWhitespace(rule.charAt(at))) {
                at++;
            }
            String token = rule.substring(start, at);
            if (token.isEmpty()) {
                throw unreadable();
            }
            if (!signed && token.charAt(0) == '-') {
                throw new IllegalArgumentException(
                        quote(rule) + ": a tolerance cannot be negative");
            }
            int digits = signed && (token.charAt(0) == '-' || token.charAt(0) == '+') ? 1 : 0;
            int dot = -1;
            for (int i = digits; i < token.length(); i++) {
                char c = token.charAt(i);
                if (c == '.' && dot < 0) {
                    dot = i;
                } else if (c < '0' || c > '9') {
                    throw notANumber(token);
                }
            }
            boolean digitsAfterDot = dot < 0 ? token.length() > digits : dot < token.length() - 1;
            if (!digitsAfterDot) {
                throw notANumber(token);
            }
            double value = Double.parseDouble(token);
            if (!Double.isFinite(value)) {
                throw notANumber(token);
            }
            return value;
        }

        private IllegalArgumentException notANumber(String token) {
            return new IllegalArgumentException(
                    quote(rule)
                            + ": '"
                            + quote(token)
                            + "' is not a number we can use; write digits, like 8, 0.5 or -1.25");
        }

        private IllegalArgumentException unreadable() {
            return new IllegalArgumentException(
                    "Cannot read the rule '" + quote(rule) + "': " + EXAMPLE);
        }
    }
}
