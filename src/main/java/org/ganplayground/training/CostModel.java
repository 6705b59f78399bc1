package org.ganplayground.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ganplayground.domains.DomainSetup;
import org.ganplayground.domains.Domains;
import org.ganplayground.domains.PictureKind;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.settings.Catalogue;
import org.ganplayground.settings.ConfigError;
import org.ganplayground.settings.Setting;
import org.ganplayground.settings.Settings;

/**
 * How many CPU seconds of one core a run needs on this server, from its config alone. Pure: it
 * counts what an iteration computes (multiply-adds of both networks over the batch, step overheads,
 * real samples drawn) and what a snapshot computes, with constants measured on this machine by
 * src/test/java/org/ganplayground/training/CostModelBenchmark.java (its output, predicted next to
 * measured, is quoted in the constants' comments). Another machine needs new constants.
 */
public final class CostModel {

    /** CPU milliseconds: per iteration, per snapshot, and the whole run in seconds. */
    public record Cost(double seconds, double msPerIteration, double msPerSnapshot) {}

    // Per iteration, fitted (least squares weighted by 1 / measured) to the median of three
    // benchmark runs of 19 configs on this 2-core machine while other builds ran: within 20 % on
    // 17 of them (points 128x128 b256 -18 %, spectra 64x64 k5 -39 %: its runs measured 5.0 and
    // 11.6 ms). The largest config the settings allow: 1,648 predicted, 1,700-1,756 ms measured.
    private static final double MS_PER_STEP = 0.249;
    private static final double MS_PER_MULTIPLY_ADD = 5.16e-8;
    private static final double MS_PER_ACTIVATION = 6.43e-6;
    private static final double MS_PER_PARAMETER_UPDATE = 1.54e-5;

    /** Drawing real samples, per sample value: only the sprites cost enough to count. */
    private static final Map<String, Double> MS_PER_SAMPLE_VALUE = Map.of("creatures", 4.31e-5);

    // Per snapshot: judging 1,000 forgeries, the domain's quality measures and pictures, and the
    // checkpoint; within 15 % on the configs whose snapshots take over 20 ms.
    private static final double SNAPSHOT_MS_PER_MULTIPLY_ADD = 7.24e-8;
    private static final double SNAPSHOT_MS_PER_PARAMETER = 9.8e-5;
    private static final Map<String, Double> SNAPSHOT_MS =
            Map.of("creatures", 112.6, "points-2d", 3.1, "spectra-1d", 4.7);

    /** Settings a learner can lower to make a run cheaper, in the order they are suggested. */
    private static final List<Setting<?>> LOWERABLE =
            List.of(
                    Catalogue.ITERATIONS,
                    Catalogue.BATCH,
                    Catalogue.FORGER_LAYERS,
                    Catalogue.INSPECTOR_LAYERS,
                    Catalogue.INSPECTOR_STEPS,
                    Catalogue.PACKING);

    private CostModel() {}

    public static Cost estimate(GanConfig c) {
        Map<String, Double> f = features(c);
        String domain = c.domain().id();
        double perIteration =
                MS_PER_STEP * f.get("steps")
                        + MS_PER_MULTIPLY_ADD * f.get("mac")
                        + MS_PER_ACTIVATION * f.get("act")
                        + MS_PER_PARAMETER_UPDATE * f.get("adam")
                        + MS_PER_SAMPLE_VALUE.getOrDefault(domain, 0.0) * f.get("samples");
        double perSnapshot =
                SNAPSHOT_MS.getOrDefault(domain, 5.0)
                        + SNAPSHOT_MS_PER_MULTIPLY_ADD * f.get("evalmac")
                        + SNAPSHOT_MS_PER_PARAMETER * f.get("params");
        int snapshots = c.iterations() / c.snapshotEvery() + 2;
        double seconds = (c.iterations() * perIteration + snapshots * perSnapshot) / 1000;
        return new Cost(seconds, perIteration, perSnapshot);
    }

    /**
     * What one iteration and one snapshot compute, counted from the config: the terms of the model,
     * printed by the benchmark.
     */
    static Map<String, Double> features(GanConfig c) {
        DomainSetup setup = Domains.setup(c.domain());
        int d = setup.sampleSize();
        int cond = setup.sampler(c.guardrails(), c.guardrailsUpFront()).conditionSize();
        int k = c.inspectorSteps();
        int b = c.batchSize();
        int m = c.packing();
        int rows = b * m;
        int[] wf = c.forger().widths(c.noiseDim() + cond, d);
        int[] wi = c.inspector().widths(m * (d + cond), 1);
        double macF = mac(wf);
        double macI = mac(wi);
        double sumF = sum(wf);
        double sumI = sum(wi);
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("steps", (double) (k + 1));
        // an inspector step: forgeries, then the inspector forward and back on real and fake packs;
        // a forger step: forgeries, the inspector forward and back to them, the forger back
        f.put("mac", k * (rows * macF + 6.0 * b * macI) + 3.0 * rows * macF + 3.0 * b * macI);
        // activations over every layer's outputs; the optimizer over every parameter it updates
        f.put("act", k * (rows * sumF + 2.0 * b * sumI) + 2.0 * rows * sumF + 2.0 * b * sumI);
        f.put("adam", k * (macI + sumI) + macF + sumF);
        f.put("samples", (double) (k * rows + (cond > 0 ? rows : 0)) * d);
        double eval = 1000.0 * macF + 2000.0 / m * macI;
        if (setup.domain().pictureKind() == PictureKind.PLANE) {
            // the verdict over a 48 x 48 grid, the warp of 15 x 15 noise, 300 feedback arrows
            eval += 48 * 48 * macI + 15 * 15 * macF + 300 * 3 * macI;
        }
        f.put("evalmac", eval);
        f.put("params", macF + macI);
        return f;
    }

    /**
     * Refuses a config whose estimate is over the budget, on the setting that would save the most
     * if it were back at its default, naming the next one too.
     */
    static Optional<ConfigError> overBudget(GanConfig c, int budgetSeconds) {
        double seconds = estimate(c).seconds();
        if (seconds <= budgetSeconds) {
            return Optional.empty();
        }
        Map<String, String> defaults = Catalogue.defaults(c.domain().id());
        record Saving(Setting<?> setting, double seconds) {}
        List<Saving> savings = new ArrayList<>();
        for (Setting<?> s : LOWERABLE) {
            String value = s.valueIn(c);
            String usual = defaults.get(s.key());
            if (value == null || usual == null || value.equals(usual)) {
                continue;
            }
            Settings.Reading cheaper = Settings.with(c, Map.of(s.key(), usual));
            if (s == Catalogue.ITERATIONS && !cheaper.valid()) {
                cheaper =
                        Settings.with(
                                c,
                                Map.of(
                                        s.key(),
                                        usual,
                                        Catalogue.SNAPSHOT_EVERY.key(),
                                        defaults.get(Catalogue.SNAPSHOT_EVERY.key())));
            }
            if (cheaper.valid()) {
                double saved = seconds - estimate(cheaper.config()).seconds();
                if (saved > 0) {
                    savings.add(new Saving(s, saved));
                }
            }
        }
        savings.sort((a, b) -> Double.compare(b.seconds(), a.seconds()));
        if (savings.isEmpty()) {
            savings.add(new Saving(Catalogue.ITERATIONS, seconds));
        }
        List<String> named = savings.stream().limit(2).map(s -> named(s.setting(), c)).toList();
        String message =
                sentence(seconds, budgetSeconds) + " Lower " + String.join(" or ", named) + ".";
        return Optional.of(new ConfigError(savings.get(0).setting().key(), message));
    }

    /** The estimate in words, saying so when it is over the budget. */
    static String sentence(double seconds, int budgetSeconds) {
        return seconds <= budgetSeconds
                ? sentence(seconds) + "."
                : String.format(
                        Locale.ROOT,
                        "%s, more than the %,d s a run may use.",
                        sentence(seconds),
                        budgetSeconds);
    }

    /** "About 40 s of computing on this server", rounded to what the estimate can promise. */
    public static String sentence(double seconds) {
        if (seconds < 1) {
            return "About a second of computing on this server";
        }
        if (seconds < 120) {
            return String.format(
                    Locale.ROOT, "About %d s of computing on this server", Math.round(seconds));
        }
        return String.format(
                Locale.ROOT,
                "About %,d min (%,d s) of computing on this server",
                Math.round(seconds / 60),
                Math.round(seconds));
    }

    private static String named(Setting<?> s, GanConfig c) {
        String label = s.label();
        String value = s.valueIn(c);
        String shown =
                value.matches("\\d{4,}")
                        ? String.format(Locale.ROOT, "%,d", Long.parseLong(value))
                        : s.display(value);
        return Character.toLowerCase(label.charAt(0)) + label.substring(1) + " (" + shown + ")";
    }

    private static double mac(int[] w) {
        double s = 0;
        for (int i = 0; i + 1 < w.length; i++) {
            s += (double) w[i] * w[i + 1];
        }
        return s;
    }

    private static double sum(int[] w) {
        double s = 0;
        for (int x : w) {
            s += x;
        }
        return s;
    }
}
