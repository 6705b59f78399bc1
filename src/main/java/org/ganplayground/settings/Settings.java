package org.ganplayground.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ganplayground.domains.DomainSetup;
import org.ganplayground.domains.DomainSpec;
import org.ganplayground.domains.Domains;
import org.ganplayground.domains.ParamInfo;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.guardrails.Guardrail;

/**
 * The one way from text (a link, an imported file, a lesson's front-matter, the playground's
 * fields, a stored run) to a run config: {@link #read} returns a valid config or every problem,
 * each tied to its setting, and never throws on what a person typed. Missing keys take the domain's
 * defaults ({@link Catalogue#defaults}), so a preset or a hand-edited link names only what matters.
 */
public final class Settings {

    /** Most keys a config may name: a few more than the largest domain has settings. */
    public static final int MAX_KEYS = 64;

    /** Longest key accepted (longer ones are refused unread). */
    public static final int MAX_KEY_LENGTH = 64;

    /** Longest config file or link text read at all. */
    public static final int MAX_TEXT = 16_000;

    /**
     * The longest serialised config: the database column that stores it ({@code run.config_json} in
     * src/main/resources/db/migration/V2__runs.sql). Every valid config fits, because each value is
     * bounded ({@code SettingsTest} writes the largest one).
     */
    public static final int MAX_STORED_LENGTH = 20_000;

    /** The field of a problem with the whole config rather than one setting. */
    public static final String WHOLE = "config";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Settings() {}

    /** The outcome of reading: a config when there is no error, else every error. */
    public record Reading(GanConfig config, List<ConfigError> errors) {

        public Reading {
            errors = List.copyOf(errors);
        }

        public boolean valid() {
            return errors.isEmpty();
        }

        /** The config of a reading that must be valid (presets, stored runs, tests). */
        public GanConfig orThrow() {
            if (!valid()) {
                throw new InvalidConfigException(errors);
            }
            return config;
        }

        /** The error on one setting, if any. */
        public java.util.Optional<ConfigError> errorOn(String key) {
            return errors.stream().filter(e -> e.field().equals(key)).findFirst();
        }

        public static Reading refused(String field, String message) {
            return new Reading(null, List.of(new ConfigError(field, message)));
        }
    }

    /** Values that passed their own setting's checks, by setting. */
    static final class Values {
        private final Map<Setting<?>, Object> values = new HashMap<>();
        private final Map<String, String> domainParams = new TreeMap<>();

        @SuppressWarnings("unchecked")
        <T> T get(Setting<T> setting) {
            return (T) values.get(setting);
        }

        Map<String, String> domainParams() {
            return domainParams;
        }
    }

    /** Reads the serialised form: every problem is returned, by setting, nothing is thrown. */
    public static Reading read(Map<String, String> given) {
        if (given == null) {
            return Reading.refused(WHOLE, "This is not a GAN Playground config.");
        }
        if (given.size() > MAX_KEYS) {
            return Reading.refused(
                    WHOLE,
                    "A config names at most "
                            + MAX_KEYS
                            + " settings; this one names "
                            + given.size()
                            + ".");
        }
        List<ConfigError> errors = new ArrayList<>();
        Map<String, String> raw = new LinkedHashMap<>();
        given.forEach(
                (k, v) -> {
                    if (k == null || k.length() > MAX_KEY_LENGTH) {
                        errors.add(new ConfigError(WHOLE, "A setting's name is too long."));
                    } else {
                        raw.put(k.strip(), v == null ? "" : v);
                    }
                });

        String domainId = Catalogue.defaultDomain();
        String domainText = raw.get(Catalogue.DOMAIN.key());
        boolean domainKnown = true;
        if (domainText != null && !domainText.isBlank()) {
            try {
                domainId = Catalogue.DOMAIN.read(domainText);
            } catch (IllegalArgumentException e) {
                errors.add(new ConfigError(Catalogue.DOMAIN.key(), e.getMessage()));
                domainKnown = false;
            }
        }
        List<Setting<?>> settings = Catalogue.forDomain(domainId);

        // the effective raw values: the domain's defaults, then what was given
        Map<String, String> effective = Catalogue.defaults(domainId);
        raw.forEach(
                (k, v) -> {
                    if (!k.equals(Catalogue.DOMAIN.key())) {
                        effective.put(k, v);
                    }
                });
        effective.put(Catalogue.DOMAIN.key(), domainId);

        // first every value on its own; canonical text, so "SGD" and "sgd" apply alike
        Values values = new Values();
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, String> canonical = new LinkedHashMap<>();
        Map<String, String> defaults = Catalogue.defaults(domainId);
        for (Setting<?> s : settings) {
            Object value;
            String text;
            try {
                value = s.read(effective.get(s.key()));
                text = write(s, value);
            } catch (IllegalArgumentException e) {
                problems.put(s.key(), e.getMessage());
                value = s.read(defaults.get(s.key()));
                text = write(s, value);
            }
            values.values.put(s, value);
            canonical.put(s.key(), text);
        }
        for (Setting<?> s : settings) {
            if (!s.appliesTo(canonical)) {
                continue;
            }
            String problem = problems.get(s.key());
            // with an unknown domain, its parameters cannot be judged
            if (problem != null && (domainKnown || !s.key().startsWith(Catalogue.DOMAIN_PREFIX))) {
                errors.add(new ConfigError(s.key(), problem));
            }
            if (s.key().startsWith(Catalogue.DOMAIN_PREFIX)) {
                values.domainParams.put(
                        s.key().substring(Catalogue.DOMAIN_PREFIX.length()),
                        canonical.get(s.key()));
            }
        }
        boolean judgeParams = domainKnown;
        String domainShown = domainId;
        raw.keySet().stream()
                .filter(k -> judgeParams || !k.startsWith(Catalogue.DOMAIN_PREFIX))
                .filter(k -> settings.stream().noneMatch(s -> s.key().equals(k)))
                .sorted()
                .forEach(k -> errors.add(new ConfigError(k, unknown(k, domainShown))));
        if (errors.isEmpty()) {
            if (!raw.containsKey(Catalogue.SNAPSHOT_EVERY.key())) {
                // not given: the default, or the smallest interval that fits the iterations
                values.values.put(
                        Catalogue.SNAPSHOT_EVERY,
                        Math.max(
                                values.get(Catalogue.SNAPSHOT_EVERY),
                                minSnapshotEvery(values.get(Catalogue.ITERATIONS))));
            }
            checkTogether(values, errors);
        }
        return errors.isEmpty()
                ? new Reading(Catalogue.assemble(values), List.of())
                : new Reading(null, errors);
    }

    private static int minSnapshotEvery(int iterations) {
        return Math.max(1, (iterations + Catalogue.MAX_SNAPSHOTS - 1) / Catalogue.MAX_SNAPSHOTS);
    }

    /** Rules that involve more than one setting, checked once each setting is fine alone. */
    private static void checkTogether(Values v, List<ConfigError> errors) {
        int iterations = v.get(Catalogue.ITERATIONS);
        int every = v.get(Catalogue.SNAPSHOT_EVERY);
        int minEvery = minSnapshotEvery(iterations);
        int maxEvery = Math.max(minEvery, iterations);
        if (every < minEvery || every > maxEvery) {
            errors.add(
                    new ConfigError(
                            Catalogue.SNAPSHOT_EVERY.key(),
                            "Snapshot every must be between "
                                    + minEvery
                                    + " and "
                                    + maxEvery
                                    + " for "
                                    + iterations
                                    + " iterations (at most "
                                    + Catalogue.MAX_SNAPSHOTS
                                    + " snapshots a run)."));
        }
        DomainSetup setup;
        DomainSpec spec = new DomainSpec(v.get(Catalogue.DOMAIN), v.domainParams());
        try {
            setup = Domains.setup(spec);
        } catch (IllegalArgumentException e) {
            String key = textParamKey(spec);
            String label = setting(spec.id(), key).map(Setting::label).orElse("What is real");
            errors.add(new ConfigError(key, label + ": " + e.getMessage()));
            return;
        }
        List<Guardrail> rules = v.get(Catalogue.GUARDRAIL_RULES);
        try {
            // unknown features and targets out of range, then the real sampler: it refuses rules
            // no real sample can obey
            org.ganplayground.guardrails.Guardrails.check(rules, setup);
            setup.sampler(rules, v.get(Catalogue.UP_FRONT));
        } catch (IllegalArgumentException e) {
            errors.add(new ConfigError(Catalogue.GUARDRAIL_RULES.key(), e.getMessage()));
            return;
        }
        upFrontFits(setup, rules, v.get(Catalogue.UP_FRONT)).ifPresent(errors::add);
    }

    /** Refuses more guardrails up front than the rules hold on attributes the domain draws. */
    private static java.util.Optional<ConfigError> upFrontFits(
            DomainSetup setup, List<Guardrail> rules, int upFront) {
        List<String> candidates = setup.upFrontCandidates(rules);
        if (upFront == GanConfig.ALL_UP_FRONT || upFront <= candidates.size()) {
            return java.util.Optional.empty();
        }
        String can =
                candidates.isEmpty()
                        ? "none of these guardrails can be: only rules on "
                                + String.join(", ", conditionable(setup))
                                + " can be given up front."
                        : "only "
                                + candidates.size()
                                + " of these guardrails can be ("
                                + String.join(", ", candidates)
                                + ").";
        return java.util.Optional.of(
                new ConfigError(
                        Catalogue.UP_FRONT.key(),
                        Catalogue.UP_FRONT.label() + ": " + upFront + " asked for, but " + can));
    }

    private static List<String> conditionable(DomainSetup setup) {
        return setup.features().stream().filter(f -> f.conditionable()).map(f -> f.name()).toList();
    }

    /** A domain refuses only its free-text parameter as a whole (e.g. the drawn points). */
    private static String textParamKey(DomainSpec spec) {
        return Domains.byId(spec.id()).params().stream()
                .filter(p -> p.kind() == ParamInfo.Kind.TEXT && spec.params().containsKey(p.name()))
                .map(p -> Catalogue.DOMAIN_PREFIX + p.name())
                .findFirst()
                .orElse(Catalogue.DOMAIN.key());
    }

    private static String unknown(String key, String domainId) {
        String shown = key.length() > 40 ? key.substring(0, 40) + "..." : key;
        if (key.startsWith(Catalogue.DOMAIN_PREFIX)) {
            return "'" + shown + "' is not a setting of " + Domains.byId(domainId).title() + ".";
        }
        return "There is no setting called '" + shown + "'.";
    }

    @SuppressWarnings("unchecked")
    private static <T> String write(Setting<T> s, Object value) {
        return s.text((T) value);
    }

    /** The full serialised form of a config: every setting that applies, in catalogue order. */
    public static Map<String, String> write(GanConfig config) {
        List<Setting<?>> settings = Catalogue.forDomain(config.domain().id());
        Map<String, String> all = new LinkedHashMap<>();
        for (Setting<?> s : settings) {
            all.put(s.key(), s.valueIn(config));
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Setting<?> s : settings) {
            if (s.appliesTo(all) && all.get(s.key()) != null) {
                out.put(s.key(), all.get(s.key()));
            }
        }
        return out;
    }

    /** Reads a config file's JSON: an object of setting to value. */
    public static Reading readJson(String json) {
        if (json == null || json.isBlank()) {
            return Reading.refused(WHOLE, "This file is empty.");
        }
        if (json.length() > MAX_TEXT) {
            return Reading.refused(
                    WHOLE,
                    "This file is too big for a config (at most " + MAX_TEXT + " characters).");
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return Reading.refused(WHOLE, "This is not a GAN Playground config: it is not JSON.");
        }
        if (root == null || !root.isObject()) {
            return Reading.refused(
                    WHOLE,
                    "This is not a GAN Playground config: it should be {\"setting\": value, ...}.");
        }
        Map<String, String> params = new LinkedHashMap<>();
        List<ConfigError> errors = new ArrayList<>();
        root.fields()
                .forEachRemaining(
                        e -> {
                            JsonNode v = e.getValue();
                            if (v.isValueNode() && !v.isNull()) {
                                params.put(e.getKey(), v.asText());
                            } else {
                                String key =
                                        e.getKey().length() > 40
                                                ? e.getKey().substring(0, 40) + "..."
                                                : e.getKey();
                                errors.add(
                                        new ConfigError(
                                                e.getKey(),
                                                "'"
                                                        + key
                                                        + "' needs a single value, not "
                                                        + (v.isNull()
                                                                ? "null"
                                                                : v.isArray()
                                                                        ? "a list"
                                                                        : "a group of values")
                                                        + "."));
                            }
                        });
        if (!errors.isEmpty()) {
            return new Reading(null, errors);
        }
        return read(params);
    }

    public static String writeJson(GanConfig config) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(write(config));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A stored run's config: written by this app, so it must read (fails loudly if not). A key
     * missing from it takes its default: a new setting's default must be what runs did before it (a
     * config stored before {@code inspector.condition} existed ran with the condition beside the
     * input, the default).
     */
    public static GanConfig stored(String json) {
        Reading r = readJson(json);
        if (!r.valid()) {
            throw new IllegalStateException("A stored config does not read: " + r.errors());
        }
        return r.config();
    }

    /** The URL query form: {@code domain=points-2d&domain.shape=ring8&...}. */
    public static String query(GanConfig config) {
        return write(config).entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** Every problem of a config built in code (services check what reaches them). */
    public static List<ConfigError> check(GanConfig config) {
        if (config == null) {
            return List.of(new ConfigError(WHOLE, "There is no config."));
        }
        Reading r = read(write(config));
        if (r.valid() && !r.config().equals(config)) {
            return List.of(new ConfigError(WHOLE, "This config does not survive being stored."));
        }
        return r.errors();
    }

    /** A config with some settings replaced, given in the serialised form. */
    public static Reading with(GanConfig config, Map<String, String> changes) {
        Map<String, String> params = new LinkedHashMap<>(write(config));
        params.putAll(changes);
        return read(params);
    }

    /** A short name for lists: the preset's title, or the domain and its shape, and the seed. */
    public static String describe(GanConfig config) {
        List<String> parts = new ArrayList<>();
        Presets.matching(config)
                .ifPresentOrElse(
                        p -> parts.add(p.title()),
                        () -> {
                            parts.add(Domains.byId(config.domain().id()).title());
                            String shape = config.domain().params().get("shape");
                            if (shape != null) {
                                parts.add(
                                        setting(
                                                        config.domain().id(),
                                                        Catalogue.DOMAIN_PREFIX + "shape")
                                                .map(s -> s.display(shape))
                                                .orElse(shape));
                            }
                            if (!config.guardrails().isEmpty()) {
                                parts.add(
                                        config.guardrails().size()
                                                + (config.guardrails().size() == 1
                                                        ? " guardrail"
                                                        : " guardrails")
                                                + (config.anyUpFront() ? " up front" : ""));
                            }
                        });
        parts.add("seed " + config.seed());
        return String.join(" · ", parts);
    }

    /** One setting across several runs, in plain words; {@code differs} when they disagree. */
    public record Row(String label, List<String> values, boolean differs) {}

    /**
     * The settings of several configs side by side, in plain words, differing ones first; a setting
     * that does not apply to a config is blank there.
     */
    public static List<Row> compare(List<GanConfig> configs) {
        List<Map<String, String>> written = configs.stream().map(Settings::write).toList();
        List<Row> rows = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Setting<?> s : Catalogue.all()) {
            boolean anywhere = written.stream().anyMatch(w -> w.containsKey(s.key()));
            if (!anywhere || !seen.add(s.key())) {
                continue;
            }
            List<String> values =
                    written.stream()
                            .map(w -> w.containsKey(s.key()) ? shown(s, w.get(s.key())) : "—")
                            .toList();
            rows.add(new Row(s.label(), values, values.stream().distinct().count() > 1));
        }
        rows.sort((a, b) -> Boolean.compare(b.differs(), a.differs()));
        return rows;
    }

    private static String shown(Setting<?> s, String raw) {
        String words = s.display(raw);
        return words.isBlank() ? "none" : words;
    }

    /** The setting of a key, in a domain. */
    public static java.util.Optional<Setting<?>> setting(String domainId, String key) {
        return Catalogue.forDomain(domainId).stream().filter(s -> s.key().equals(key)).findFirst();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
