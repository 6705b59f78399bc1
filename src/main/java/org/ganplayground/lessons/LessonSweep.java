package org.ganplayground.lessons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.settings.ConfigError;
import org.ganplayground.sweeps.SweepPlan;
import org.ganplayground.sweeps.SweepRequest;

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
 * Keys besides {@code over}, {@code values} and {@code seeds} are the base config, a preset and
 * config keys as in {@code experiment}. {@code over: seed} sweeps seeds alone. The lesson is
 * refused when the sweep the app would start from it is (the same {@link SweepPlan}).
 *
 * @param base the preset and config keys every run starts from
 * @param over the setting swept
 * @param values the values it takes, in order, as written
 * @param seeds the seeds each value is run at
 */
public record LessonSweep(
        Map<String, String> base, String over, List<String> values, List<Long> seeds) {

    static final String OVER = "over";
    static final String VALUES = "values";
    static final String SEEDS = "seeds";

    public LessonSweep {
        base = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(base));
        values = List.copyOf(values);
        seeds = List.copyOf(seeds);
    }

    /** Reads the front-matter mapping; the exception's message says what is wrong. */
    static LessonSweep of(Map<String, String> keys) {
        Map<String, String> base = new LinkedHashMap<>(keys);
        String over = base.remove(OVER);
        String values = base.remove(VALUES);
        String seeds = base.remove(SEEDS);
        if (over == null || over.isBlank()) {
            throw new IllegalArgumentException("say which setting it sweeps, e.g. 'over: upfront'");
        }
        List<String> valueList =
                values == null
                        ? List.of()
                        : List.of(values.split(",")).stream()
                                .map(String::strip)
                                .filter(v -> !v.isEmpty())
                                .toList();
        LessonSweep sweep =
                new LessonSweep(base, over.strip(), valueList, seeds(seeds == null ? "1" : seeds));
        org.ganplayground.settings.Settings.Reading reading = Lesson.read(base);
        if (!reading.valid()) {
            throw new IllegalArgumentException(describe(reading.errors()));
        }
        SweepPlan plan = SweepPlan.of(reading.config(), sweep.request());
        if (!plan.valid()) {
            throw new IllegalArgumentException(
                    String.join(" ", plan.errors().stream().map(ConfigError::message).toList()));
        }
        return sweep;
    }

    private static String describe(List<ConfigError> errors) {
        return String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
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
            throw new IllegalArgumentException(
                    "seeds are written '1-3' or '1,2,5', not '" + t + "'");
        }
        if (out.size() > SweepPlan.MAX_RUNS) {
            throw new IllegalArgumentException(
                    "a sweep has at most " + SweepPlan.MAX_RUNS + " runs");
        }
        return out;
    }

    /** The base config every run starts from. */
    public GanConfig baseConfig() {
        return Lesson.read(base).orThrow();
    }

    /** What the lesson asks the sweep service for. */
    public SweepRequest request() {
        return new SweepRequest(over, values, seeds, null);
    }

    /** How many runs the sweep starts. */
    public int runs() {
        return over.equals(org.ganplayground.settings.Catalogue.SEED.key())
                ? (values.isEmpty() ? seeds.size() : values.size())
                : values.size() * seeds.size();
    }
}
