package org.ganplayground.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ganplayground.domains.ParamInfo;
import org.ganplayground.engine.GanConfig;

/**
 * One setting of a run: its key in the serialised form, how its text is read and written, its
 * bounds, its plain-language label and hint, its group, and when it applies. The URL and JSON
 * codec, validation, the playground form and the compare table all read these; {@link Catalogue}
 * lists them.
 *
 * @param <T> the value's type in {@link GanConfig}
 */
public final class Setting<T> {

    /** Where a setting is shown, in this order. */
    public enum Group {
        DOMAIN("What is real"),
        GUARDRAILS("Guardrails"),
        FORGER("Forger (the generator)"),
        INSPECTOR("Inspector (the discriminator)"),
        TRAINING("Training");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** What kind of field edits it. */
    public enum Kind {
        CHOICE,
        NUMBER,
        WHOLE_NUMBER,
        LAYERS,
        SUBSET,
        TEXT
    }

    /** The longest value of a setting that is not a rule list or free text. */
    static final int SHORT_TEXT = 64;

    private static final Pattern DECIMAL =
            Pattern.compile("[-+]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][-+]?[0-9]{1,3})?");
    private static final Pattern WHOLE = Pattern.compile("[-+]?[0-9]{1,18}");

    private final String key;
    private final String label;
    private final String hint;
    private final Group group;
    private final Kind kind;
    private final Map<String, String> choices;
    private final String bounds;
    private final double min;
    private final double max;
    private final int maxLength;
    private final Function<String, T> parse;
    private final Function<T, String> format;
    private final Function<GanConfig, T> get;
    private final Predicate<Map<String, String>> applies;

    private Setting(
            String key,
            String label,
            String hint,
            Group group,
            Kind kind,
            Map<String, String> choices,
            String bounds,
            double min,
            double max,
            int maxLength,
            Function<String, T> parse,
            Function<T, String> format,
            Function<GanConfig, T> get,
            Predicate<Map<String, String>> applies) {
        this.key = key;
        this.label = label;
        this.hint = hint;
        this.group = group;
        this.kind = kind;
        this.choices = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(choices));
        this.bounds = bounds;
        this.min = min;
        this.max = max;
        this.maxLength = maxLength;
        this.parse = parse;
        this.format = format;
        this.get = get;
        this.applies = applies;
    }

    // ---- factories: one per kind of value ----

    static Setting<Integer> integer(
            String key,
            String label,
            String hint,
            Group group,
            int min,
            int max,
            Function<GanConfig, Integer> get) {
        return wholeNumber(key, label, hint, group, min, max, Math::toIntExact, get);
    }

    static Setting<Long> whole(
            String key,
            String label,
            String hint,
            Group group,
            long min,
            long max,
            Function<GanConfig, Long> get) {
        return wholeNumber(key, label, hint, group, min, max, v -> v, get);
    }

    private static <T extends Number> Setting<T> wholeNumber(
            String key,
            String label,
            String hint,
            Group group,
            long min,
            long max,
            Function<Long, T> convert,
            Function<GanConfig, T> get) {
        String bounds = whole(min) + " to " + whole(max);
        return new Setting<>(
                key,
                label,
                hint,
                group,
                Kind.WHOLE_NUMBER,
                Map.of(),
                bounds,
                min,
                max,
                SHORT_TEXT,
                text -> convert.apply(readWhole(label, text, min, max, bounds)),
                String::valueOf,
                get,
                m -> true);
    }

    static Setting<Double> decimal(
            String key,
            String label,
            String hint,
            Group group,
            double min,
            double max,
            Function<GanConfig, Double> get) {
        String bounds = ParamInfo.number(min) + " to " + ParamInfo.number(max);
        return new Setting<>(
                key,
                label,
                hint,
                group,
                Kind.NUMBER,
                Map.of(),
                bounds,
                min,
                max,
                SHORT_TEXT,
                text -> {
                    double v = readDecimal(label, text, bounds);
                    if (!(v >= min && v <= max)) {
                        throw new IllegalArgumentException(label + " must be from " + bounds + ".");
                    }
                    return v;
                },
                Setting::decimalText,
                get,
                m -> true);
    }

    /**
     * A count from 0 to {@code most}, or {@code all} ({@code allValue}): chosen from a list whose
     * entries {@code labels} words, e.g. "the first 2". A flag's words read as all or none, so a
     * link written when the setting was a yes/no flag keeps its meaning.
     */
    static Setting<Integer> countOrAll(
            String key,
            String label,
            String hint,
            Group group,
            int most,
            int allValue,
            Function<Integer, String> labels,
            Function<GanConfig, Integer> get) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (int n = 0; n <= most; n++) {
            choices.put(Integer.toString(n), labels.apply(n));
        }
        choices.put("all", labels.apply(allValue));
        return new Setting<>(
                key,
                label,
                hint,
                group,
                Kind.CHOICE,
                choices,
                null,
                0,
                most,
                SHORT_TEXT,
                text -> {
                    String t = text.strip().toLowerCase(Locale.ROOT);
                    switch (t) {
                        case "all", "true", "yes", "on":
                            return allValue;
                        case "none", "false", "no", "off", "":
                            return 0;
                        default:
                            if (t.matches("[0-9]{1,3}") && Integer.parseInt(t) <= most) {
                                return Integer.parseInt(t);
                            }
                            throw new IllegalArgumentException(
                                    label + ": choose a number from 0 to " + most + ", or all.");
                    }
                },
                n -> n == allValue ? "all" : Integer.toString(n),
                get,
                m -> true);
    }

    /**
     * One of an enum's constants, written in lower case; {@code labels} gives each allowed constant
     * its plain words, in the order shown (constants left out are not allowed).
     */
    static <E extends Enum<E>> Setting<E> choice(
            String key,
            String label,
            String hint,
            Group group,
            Map<E, String> labels,
            Function<GanConfig, E> get) {
        Map<String, String> choices = new LinkedHashMap<>();
        labels.forEach((e, words) -> choices.put(lower(e), words));
        Map<String, E> byText = new LinkedHashMap<>();
        labels.keySet().forEach(e -> byText.put(lower(e), e));
        return new Setting<>(
                key,
                label,
                hint,
                group,
                Kind.CHOICE,
                choices,
                null,
                Double.NaN,
                Double.NaN,
                SHORT_TEXT,
                text -> {
                    E e = byText.get(text.toLowerCase(Locale.ROOT).replace('-', '_'));
                    if (e == null) {
                        throw new IllegalArgumentException(
                                label + ": choose " + String.join(", ", choices.values()) + ".");
                    }
                    return e;
                },
                Setting::lower,
                get,
                m -> true);
    }

    /** One of a list of text values, each with its plain words. */
    static Setting<String> textChoice(
            String key,
            String label,
            String hint,
            Group group,
            Map<String, String> choices,
            Function<GanConfig, String> get) {
        return new Setting<>(
                key,
                label,
                hint,
                group,
                Kind.CHOICE,
                choices,
                null,
                Double.NaN,
                Double.NaN,
                SHORT_TEXT,
                text -> {
                    if (!choices.containsKey(text)) {
                        throw new IllegalArgumentException(
                                label + ": choose " + String.join(", ", choices.values()) + ".");
                    }
                    return text;
                },
                s -> s,
                get,
                m -> true);
    }

    /** Hidden layer widths, e.g. {@code 32,32}. */
    static Setting<List<Integer>> layers(
            String key,
            String label,
            String hint,
            Group group,
            int maxLayers,
            int maxUnits,
            Function<GanConfig, List<Integer>> get) {
        String rule =
                label
                        + ": give 1 to "
                        + maxLayers
                        + " layer sizes of 1 to "
                        + maxUnits
                        + " units, separated by commas (e.g. 32,32).";
        return new Setting<>(
                key,
                label,
                hint,
                group,
                Kind.LAYERS,
                Map.of(),
                "1 to " + maxLayers + " layers of 1 to " + maxUnits + " units",
                1,
                maxUnits,
                SHORT_TEXT,
                text -> {
                    String[] parts = text.split(",", -1);
                    if (parts.length > maxLayers) {
                        throw new IllegalArgumentException(rule);
                    }
                    List<Integer> out = new ArrayList<>();
                    for (String part : parts) {
                        String p = part.strip();
                        if (!p.matches("[0-9]{1,4}")) {
                            throw new IllegalArgumentException(rule);
                        }
                        int units = Integer.parseInt(p);
                        if (units < 1 || units > maxUnits) {
                            throw new IllegalArgumentException(rule);
                        }
                        out.add(units);
                    }
                    return List.copyOf(out);
                },
                l -> l.stream().map(String::valueOf).collect(Collectors.joining(",")),
                get,
                m -> true);
    }

    /** Free text read by {@code parse}, at most {@code maxLength} characters. */
    static <T> Setting<T> text(
            String key,
            String label,
            String hint,
            Group group,
            int maxLength,
            Function<String, T> parse,
            Function<T, String> format,
            Function<GanConfig, T> get) {
        return new Setting<>(
                key,
                label,
                hint,
                group,
                Kind.TEXT,
                Map.of(),
                null,
                Double.NaN,
                Double.NaN,
                maxLength,
                t -> {
                    try {
                        return parse.apply(t);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(label + ": " + e.getMessage(), e);
                    }
                },
                format,
                get,
                m -> true);
    }

    /** A domain's own parameter, keyed {@code domain.<name>}, applying only to that domain. */
    static Setting<String> domainParam(String domainId, List<ParamInfo> all, ParamInfo p) {
        Kind kind =
                switch (p.kind()) {
                    case CHOICE -> Kind.CHOICE;
                    case SUBSET -> Kind.SUBSET;
                    case NUMBER -> Kind.NUMBER;
                    case TEXT -> Kind.TEXT;
                };
        String bounds =
                p.kind() == ParamInfo.Kind.NUMBER
                        ? ParamInfo.number(p.min()) + " to " + ParamInfo.number(p.max())
                        : null;
        return new Setting<>(
                Catalogue.DOMAIN_PREFIX + p.name(),
                p.label(),
                p.hint(),
                Group.DOMAIN,
                kind,
                p.choices(),
                bounds,
                p.kind() == ParamInfo.Kind.NUMBER ? p.min() : Double.NaN,
                p.kind() == ParamInfo.Kind.NUMBER ? p.max() : Double.NaN,
                p.kind() == ParamInfo.Kind.TEXT ? ParamInfo.MAX_TEXT_LENGTH : SHORT_TEXT,
                text -> {
                    String problem = p.problem(text);
                    if (problem != null) {
                        throw new IllegalArgumentException(p.label() + ": " + problem + ".");
                    }
                    return text;
                },
                s -> s,
                c -> c.domain().params().get(p.name()),
                values ->
                        domainId.equals(values.get(Catalogue.DOMAIN.key()))
                                && p.appliesTo(domainParams(values), all));
    }

    /** This setting, applying only where {@code when} holds for the config's raw values. */
    Setting<T> onlyWhen(Predicate<Map<String, String>> when) {
        return new Setting<>(
                key,
                label,
                hint,
                group,
                kind,
                choices,
                bounds,
                min,
                max,
                maxLength,
                parse,
                format,
                get,
                applies.and(when));
    }

    // ---- what callers use ----

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Group group() {
        return group;
    }

    public Kind kind() {
        return kind;
    }

    /** Allowed values, each with its plain words; empty for free values. */
    public Map<String, String> choices() {
        return choices;
    }

    /** The smallest value of a number (or a layer's units); NaN for other kinds. */
    public double min() {
        return min;
    }

    /** The largest value of a number (or a layer's units); NaN for other kinds. */
    public double max() {
        return max;
    }

    /** The longest text accepted. */
    public int maxLength() {
        return maxLength;
    }

    /** The hint with the bounds, for the field's helper text. */
    public String help() {
        return bounds == null ? hint : hint + " (" + bounds + ")";
    }

    /** Whether the setting means anything with these raw values of the config. */
    public boolean appliesTo(Map<String, String> values) {
        return applies.test(values);
    }

    /** A value in plain words: a choice's label, the rest as written. */
    public String display(String raw) {
        if (raw == null) {
            return "";
        }
        if (kind == Kind.SUBSET) {
            return Arrays.stream(raw.split(","))
                    .map(s -> choices.getOrDefault(s.strip(), s.strip()))
                    .collect(Collectors.joining(", "));
        }
        return choices.getOrDefault(raw, raw);
    }

    /** This setting's value in a config, as written in the serialised form. */
    public String valueIn(GanConfig config) {
        return text(get.apply(config));
    }

    /** A value as written in the serialised form. */
    String text(T value) {
        return value == null ? null : format.apply(value);
    }

    /**
     * Reads the text, stripped.
     *
     * @throws IllegalArgumentException with a message for the learner, naming the setting
     */
    T read(String text) {
        String t = text == null ? "" : text.strip();
        if (t.length() > maxLength) {
            throw new IllegalArgumentException(
                    label + " is too long: at most " + maxLength + " characters.");
        }
        return parse.apply(t);
    }

    static Map<String, String> domainParams(Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach(
                (k, v) -> {
                    if (k.startsWith(Catalogue.DOMAIN_PREFIX)) {
                        out.put(k.substring(Catalogue.DOMAIN_PREFIX.length()), v);
                    }
                });
        return out;
    }

    private static long readWhole(String label, String text, long min, long max, String bounds) {
        if (!WHOLE.matcher(text).matches()) {
            throw new IllegalArgumentException(
                    label + " must be a whole number from " + bounds + ".");
        }
        long v = Long.parseLong(text);
        if (v < min || v > max) {
            throw new IllegalArgumentException(label + " must be from " + bounds + ".");
        }
        return v;
    }

    private static double readDecimal(String label, String text, String bounds) {
        if (!DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException(label + " must be a number from " + bounds + ".");
        }
        return Double.parseDouble(text);
    }

    static String decimalText(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15
                ? Long.toString((long) v)
                : Double.toString(v);
    }

    private static String whole(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
