package org.ganplayground.sweeps;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.settings.Catalogue;
import org.ganplayground.settings.ConfigError;
import org.ganplayground.settings.Setting;
import org.ganplayground.settings.Settings;

/**
 * The runs a sweep request makes: one config per (value, seed), each built by setting the swept key
 * in the base config's serialised form and reading it again with the settings codec, so every run
 * is checked by the same rules as a launch. Problems are tied to the field where the learner typed
 * them ({@link #VALUES}, {@link #SEEDS}, {@link #NAME}, or a base setting's own key).
 */
public record SweepPlan(String key, List<Member> members, List<ConfigError> errors) {

    /** Most runs one sweep makes; the dialog says so. */
    public static final int MAX_RUNS = 12;

    /** The fields of a sweep's own problems (the rest name a setting of the base config). */
    public static final String KEY = "sweep.key";

    public static final String VALUES = "sweep.values";
    public static final String SEEDS = "sweep.seeds";
    public static final String NAME = "sweep.name";

    /** One run to be: the swept value as the serialised form writes it, its seed, its config. */
    public record Member(String value, long seed, GanConfig config) {}

    public SweepPlan {
        members = List.copyOf(members);
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** The first problem on a field, if any. */
    public Optional<String> errorOn(String field) {
        return errors.stream()
                .filter(e -> e.field().equals(field))
                .map(ConfigError::message)
                .findFirst();
    }

    /** Whether only the seed changes. */
    public boolean overSeedsOnly() {
        return Sweep.SEED_ONLY.equals(key);
    }

    /** The settings a sweep can change in a config of this domain: not the domain or the seed. */
    public static List<Setting<?>> sweepable(String domainId) {
        return Catalogue.forDomain(domainId).stream()
                .filter(s -> !s.key().equals(Catalogue.DOMAIN.key()))
                .filter(s -> !s.key().equals(Catalogue.SEED.key()))
                .toList();
    }

    /**
     * How the dialog splits typed values: at semicolons for settings whose values hold commas
     * (layers such as {@code 32,32}, several choices, rule lists, drawn points), else at commas.
     */
    public static String separator(Setting<?> s) {
        return switch (s.kind()) {
            case LAYERS, SUBSET, TEXT -> ";";
            default -> ",";
        };
    }

    /** Reads a request against a valid base config; every problem is returned, nothing thrown. */
    public static SweepPlan of(GanConfig base, SweepRequest request) {
        List<ConfigError> errors = new ArrayList<>();
        String domain = base.domain().id();
        String key = request.key();
        Setting<?> setting = null;
        if (!key.equals(Sweep.SEED_ONLY)) {
            setting =
                    sweepable(domain).stream()
                            .filter(s -> s.key().equals(key))
                            .findFirst()
                            .orElse(null);
            if (setting == null) {
                errors.add(new ConfigError(KEY, "Choose one of the settings listed to sweep."));
                return new SweepPlan(key, List.of(), errors);
            }
        }
        if (request.name() != null && request.name().strip().length() > Sweep.NAME_MAX_LENGTH) {
            errors.add(
                    new ConfigError(
                            NAME, "A name has at most " + Sweep.NAME_MAX_LENGTH + " characters."));
        }
        List<Long> seeds = request.seeds();
        if (setting == null && !request.values().isEmpty()) {
            // over seeds alone, values given are the seeds (a lesson's "over: seed, values: 1,2,3")
            seeds = new ArrayList<>();
            for (String v : request.values()) {
                if (v.isBlank()) {
                    continue;
                }
                try {
                    seeds.add(Long.parseLong(v.strip()));
                } catch (NumberFormatException e) {
                    errors.add(
                            new ConfigError(
                                    SEEDS, "A seed is a whole number, not '" + v.strip() + "'."));
                    return new SweepPlan(key, List.of(), errors);
                }
            }
        }
        if (seeds.isEmpty()) {
            errors.add(new ConfigError(SEEDS, "Give at least one seed."));
        }
        Set<Long> seen = new HashSet<>();
        for (long s : seeds) {
            if (!seen.add(s)) {
                errors.add(new ConfigError(SEEDS, "Seed " + s + " is given twice."));
                break;
            }
        }
        List<String> values =
                setting == null
                        ? List.of("")
                        : request.values().stream()
                                .map(String::strip)
                                .filter(v -> !v.isEmpty())
                                .toList();
        if (values.isEmpty()) {
            errors.add(
                    new ConfigError(VALUES, "Give at least one value of " + setting.label() + "."));
        }
        int runs = values.size() * seeds.size();
        if (runs > MAX_RUNS) {
            errors.add(
                    new ConfigError(
                            setting == null ? SEEDS : VALUES,
                            "A sweep makes at most "
                                    + MAX_RUNS
                                    + " runs; this one would make "
                                    + runs
                                    + " ("
                                    + (setting == null ? "" : values.size() + " values × ")
                                    + seeds.size()
                                    + (seeds.size() == 1 ? " seed" : " seeds")
                                    + ")."));
        }
        if (!errors.isEmpty()) {
            return new SweepPlan(key, List.of(), errors);
        }
        List<Member> members = new ArrayList<>();
        Map<String, String> canonical = new LinkedHashMap<>();
        for (String typed : values) {
            String value = null;
            for (long seed : seeds) {
                Settings.Reading r = member(base, setting == null ? null : key, typed, seed);
                if (!r.valid()) {
                    r.errors().forEach(e -> errors.add(placed(e, key, typed)));
                    continue;
                }
                value = setting == null ? Long.toString(seed) : Settings.write(r.config()).get(key);
                if (value == null) {
                    errors.add(
                            new ConfigError(
                                    VALUES,
                                    setting.label() + " has no effect with these settings."));
                    break;
                }
                members.add(new Member(value, seed, r.config()));
            }
            if (setting == null || value == null) {
                continue;
            }
            String earlier = canonical.putIfAbsent(value, typed);
            if (earlier != null) {
                errors.add(
                        new ConfigError(
                                VALUES,
                                earlier.equals(typed)
                                        ? "'" + typed + "' is given twice."
                                        : "'"
                                                + typed
                                                + "' and '"
                                                + earlier
                                                + "' are the same value."));
            }
            if (value.length() > SweepMember.VALUE_MAX_LENGTH) {
                errors.add(new ConfigError(VALUES, setting.label() + ": a value is too long."));
            }
        }
        // one message per field and text is enough: the same problem repeats for every seed
        List<ConfigError> distinct = errors.stream().distinct().toList();
        return new SweepPlan(key, distinct.isEmpty() ? members : List.of(), distinct);
    }

    /** A run's config: the base with the swept setting (none over seeds alone) and the seed. */
    static Settings.Reading member(GanConfig base, String key, String value, long seed) {
        Map<String, String> changes = new LinkedHashMap<>();
        if (key != null && !key.equals(Sweep.SEED_ONLY)) {
            changes.put(key, value);
        }
        changes.put(Catalogue.SEED.key(), Long.toString(seed));
        return Settings.with(base, changes);
    }

    /** A member run's name: the sweep's name (shortened to fit), then its value and seed. */
    static String runName(String sweepName, String label, String shown, long seed, int max) {
        String tail = (label == null ? "" : " · " + label + " " + shown) + " · seed " + seed;
        int room = Math.max(10, max - tail.length());
        String head =
                sweepName.length() <= room ? sweepName : sweepName.substring(0, room - 1) + "…";
        String name = head + tail;
        return name.length() <= max ? name : name.substring(0, max - 1) + "…";
    }

    /** A member's problem, on the field the learner typed it in. */
    private static ConfigError placed(ConfigError e, String key, String typed) {
        if (e.field().equals(Catalogue.SEED.key())) {
            return new ConfigError(SEEDS, e.message());
        }
        if (e.field().equals(key)) {
            return new ConfigError(VALUES, e.message());
        }
        if (key.equals(Sweep.SEED_ONLY)) {
            return e;
        }
        // another setting refuses the combination (iterations too few for the snapshot interval)
        return new ConfigError(VALUES, "With " + typed + ": " + e.message());
    }
}
