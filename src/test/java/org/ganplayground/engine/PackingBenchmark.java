package org.ganplayground.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ganplayground.settings.Presets;
import org.ganplayground.settings.Settings;

/**
 * Does packing (PacGAN) cure mode collapse on the grid of 25? Runs the {@code grid-good} preset at
 * several seeds for each packing and prints one line per run, then the mean per packing. A program,
 * not a test. Arguments: packings (default {@code 1,2}), a seed range (default {@code 4-8}), then
 * {@code key=value} overrides of the preset (e.g. {@code iterations=1000}).
 *
 * <p>{@code modes} is the count covered at the end, {@code best_modes} the most at any snapshot (a
 * GAN can lose a mode late); {@code it_per_s} is wall clock, snapshots included.
 */
public final class PackingBenchmark {

    public static void main(String[] args) {
        List<Integer> packings = new ArrayList<>(List.of(1, 2));
        long[] seeds = {4, 8};
        Map<String, String> params =
                new LinkedHashMap<>(Presets.byId("grid-good").orElseThrow().params());
        for (int i = 0; i < args.length; i++) {
            if (args[i].contains("=")) {
                String[] kv = args[i].split("=", 2);
                params.put(kv[0], kv[1]);
            } else if (i == 0) {
                packings.clear();
                for (String p : args[i].split(",")) {
                    packings.add(Integer.parseInt(p));
                }
            } else {
                String[] range = args[i].split("-");
                seeds =
                        new long[] {
                            Long.parseLong(range[0]), Long.parseLong(range[range.length - 1])
                        };
            }
        }
        GanConfig preset = Settings.read(params).orThrow();
        for (int packing : packings) {
            double modes = 0;
            double quality = 0;
            double speed = 0;
            int runs = 0;
            for (long seed = seeds[0]; seed <= seeds[1]; seed++) {
                Result r = run(copy(preset, packing, seed));
                System.out.println(
                        String.format(
                                Locale.ROOT,
                                "packing=%d seed=%d outcome=%s iterations=%d modes=%.0f/%.0f"
                                        + " best_modes=%.0f high_quality=%.3f accuracy=%.3f"
                                        + " it_per_s=%.0f",
                                packing,
                                seed,
                                r.outcome.kind(),
                                r.outcome.iteration(),
                                r.last.metric("modes_covered"),
                                r.last.metric("modes_total"),
                                r.bestModes,
                                r.last.metric("high_quality"),
                                r.last.metric(Metrics.ACCURACY),
                                r.itPerS));
                modes += r.last.metric("modes_covered");
                quality += r.last.metric("high_quality");
                speed += r.itPerS;
                runs++;
            }
            System.out.println(
                    String.format(
                            Locale.ROOT,
                            "packing=%d mean over seeds %d-%d: modes=%.1f high_quality=%.3f"
                                    + " it_per_s=%.0f",
                            packing,
                            seeds[0],
                            seeds[1],
                            modes / runs,
                            quality / runs,
                            speed / runs));
        }
    }

    private record Result(RunOutcome outcome, Snapshot last, double bestModes, double itPerS) {}

    private static Result run(GanConfig config) {
        Snapshot[] last = new Snapshot[1];
        double[] best = {0};
        long t0 = System.nanoTime();
        GanRun run = GanRun.start(config);
        RunOutcome outcome =
                run.runToEnd(
                        s -> {
                            last[0] = s;
                            best[0] = Math.max(best[0], s.metric("modes_covered"));
                        },
                        () -> false);
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Result(outcome, last[0], best[0], run.iteration() / seconds);
    }

    /** The preset with another packing and seed; there is no settings key for packing yet. */
    private static GanConfig copy(GanConfig c, int packing, long seed) {
        return new GanConfig(
                c.domain(),
                c.guardrails(),
                c.guardrailsUpFront(),
                c.forger(),
                c.inspector(),
                c.forgerOptimizer(),
                c.inspectorOptimizer(),
                c.loss(),
                c.inspectorSteps(),
                c.batchSize(),
                c.noiseDim(),
                c.noise(),
                c.labelSmoothing(),
                packing,
                c.forgerAverage(),
                c.iterations(),
                c.snapshotEvery(),
                seed);
    }
}
