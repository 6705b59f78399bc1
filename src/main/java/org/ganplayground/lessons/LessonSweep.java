package org.ganplayground.lessons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.settings.Catalogue;
import org.ganplayground.settings.ConfigError;
import org.ganplayground.settings.Settings;

/**
 * A lesson's sweep, from its front-matter: one setting tried at several values, each at several
 * seeds, for example
 *
 * <pre>
 * sweep:
 *   preset: tarantula-upfront
 *   over: upfront
 *   values: 0,1,2,3,4
 *   seeds: 1-2
 * </pre>
 *
 * Keys besides these four are config keys laid over the preset, as in {@code experiment}.
 *
 * @param base the preset and config keys every run starts from
 * @param over the setting swept ({@code seed} sweeps seeds only)
 * @param values the values it takes, in order
 * @param seeds the seeds each value is run at
 */
public record LessonSweep(
        Map<String, String> base, String over, List<String> values, List<Long> seeds) {

    static final String OVER = "over";
    static final String VALUES = "values";
    static final String SEEDS = "seeds";

    /** At most this many seeds per value, so a sweep stays a lesson's size. */
    static final int MAX_SEEDS = 8;

    public LessonSweep {
        base = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(base));
        values = List.copyOf(values);
        seeds = List.copyOf(seeds);
    }

    /** Reads the front-matter mapping; the message of the exception says what is wrong. */
    static LessonSweep of(Map<String, String> keys) {
        Map<String, String> base = new LinkedHashMap<>(keys);
        String over = base.remove(OVER);
        String values = base.remove(VALUES);
        String seeds = base.remove(SEEDS);
        if (over == null || over.isBlank()) {
            throw new IllegalArgumentException("say which setting it sweeps: 'over: upfront'");
        }
        List<Long> seedList = seeds(seeds == null ? "1" : seeds);
        List<String> valueList =
                over.equals(Catalogue.SEED.key())
                        ? seedList.stream().map(String::valueOf).toList()
                        : List.of(values == null ? "" : values).stream()
                                .flatMap(v -> List.of(v.split(",")).stream())
                                .map(String::strip)
                                .filter(v -> !v.isEmpty())
                                .toList();
        if (valueList.isEmpty()) {
            throw new IllegalArgumentException("give the values it takes: 'values: 0,1,2'");
        }
        if (over.equals(Catalogue.SEED.key())) {
            seedList = List.of(Long.parseLong(valueList.get(0)));
        }
        LessonSweep sweep = new LessonSweep(base, over, valueList, seedList);
        sweep.configs(); // every run must read
        return sweep;
    }

    private static List<Long> seeds(String text) {
        String t = text.strip();
        List<Long> out = new ArrayList<>();
        try {
            if (t.matches("\\d{1,9}-\\d{1,9}")) {
                String[] ends = t.split("-");
                for (long s = Long.parseLong(ends[0]); s <= Long.parseLong(ends[1]); s++) {
                    out.add(s);
                }
            } else {
                for (String s : t.split(",")) {
                    out.add(Long.parseLong(s.strip()));
                }
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seeds are '1-3' or '1,2,5', not '" + t + "'");
        }
        if (out.isEmpty() || out.size() > MAX_SEEDS) {
            throw new IllegalArgumentException("give 1 to " + MAX_SEEDS + " seeds");
        }
        return out;
    }

    /** The base config every run starts from (its own seed and swept value replaced). */
    public GanConfig baseConfig() {
        return Lesson.read(base).orThrow();
    }

    /** Every run's config, value by value, seed by seed. */
    public List<GanConfig> configs() {
        List<GanConfig> out = new ArrayList<>();
        for (String value : values) {
            for (long seed : over.equals(Catalogue.SEED.key()) ? List.of(0L) : seeds) {
                Map<String, String> p = new LinkedHashMap<>(base);
                p.put(over, value);
                if (!over.equals(Catalogue.SEED.key())) {
                    p.put(Catalogue.SEED.key(), Long.toString(seed));
                }
                Settings.Reading r = Lesson.read(p);
                if (!r.valid()) {
                    throw new IllegalArgumentException(
                            over
                                    + "="
                                    + value
                                    + ": "
                                    + String.join(
                                            "; ",
                                            r.errors().stream()
                                                    .map(ConfigError::message)
                                                    .toList()));
                }
                out.add(r.config());
            }
        }
        return out;
    }
}
