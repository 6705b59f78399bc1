package org.ganplayground.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.ganplayground.settings.Presets;
import org.ganplayground.settings.Settings;

/**
 * What the quality measures of lesson 6 miss, and who gets dropped in lesson 8, measured over
 * seeds: the share of forgeries on each blob of a run that "covers 8 of 8", the KS statistic
 * against the peak of a smeared narrow resonance, the share of forgeries on the small blob of an
 * uneven drawn shape, and the guardrail pass rates beside the Frechet distance along a creature
 * run. A program, not a test; README "Blind spots of the quality measures" has its figures. Run:
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * org.ganplayground.engine.BlindSpotSurvey ring|spectra|uneven|creatures 1-3 [preset=id] [key=value
 * ...]
 */
public final class BlindSpotSurvey {

    /** Real and forged samples each snapshot compares (GanRun.EVAL_SAMPLES). */
    private static final double N = GanRun.EVAL_SAMPLES;

    public static void main(String[] args) throws Exception {
        String kind = args[0];
        String[] range = args[1].split("-");
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            if (kv[0].equals("preset")) {
                params.putAll(Presets.byId(kv[1]).orElseThrow().params());
            } else {
                params.put(kv[0], kv[1]);
            }
        }
        for (long seed = Long.parseLong(range[0]); seed <= Long.parseLong(range[1]); seed++) {
            params.put("seed", Long.toString(seed));
            GanConfig config = Settings.read(params).orThrow();
            long at = seed;
            RunOutcome outcome =
                    GanRun.start(config)
                            .runToEnd(
                                    s -> System.out.print(line(kind, at, s, params)), () -> false);
            System.out.println("seed=" + seed + " " + outcome.kind());
        }
    }

    private static String line(String kind, long seed, Snapshot s, Map<String, String> params) {
        boolean last = s.iteration() == Integer.parseInt(params.getOrDefault("iterations", "0"));
        return switch (kind) {
            case "ring", "uneven" -> last ? blobs(seed, s) : "";
            case "spectra" -> last || s.iteration() % 500 == 0 ? spectra(seed, s, params) : "";
            case "creatures" -> creatures(seed, s, params);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** Modes covered, then each blob's share of all forgeries (high-quality ones, as counted). */
    private static String blobs(long seed, Snapshot s) {
        float[] counts = s.arrays().get("mode_counts");
        StringBuilder shares = new StringBuilder();
        double least = 1;
        for (float c : counts) {
            shares.append(String.format(Locale.ROOT, " %.3f", c / N));
            least = Math.min(least, c / N);
        }
        return String.format(
                Locale.ROOT,
                "seed=%d it=%d covered=%.0f/%.0f high_quality=%.3f least_share=%.3f shares=%s%n",
                seed,
                s.iteration(),
                s.metric("modes_covered"),
                s.metric("modes_total"),
                s.metric("high_quality"),
                least,
                shares.toString().strip());
    }

    /**
     * KS and Wasserstein beside the peak: the share of events within 2 widths of the peak, and the
     * tallest histogram bin there, real against forged.
     */
    private static String spectra(long seed, Snapshot s, Map<String, String> params) {
        double peak = Double.parseDouble(params.getOrDefault("domain.peak", "5"));
        double width = Double.parseDouble(params.getOrDefault("domain.width", "0.4"));
        float[] real = s.arrays().get("real_histogram");
        float[] fake = s.arrays().get("fake_histogram");
        double binWidth = 10.0 / real.length;
        double realIn = 0;
        double fakeIn = 0;
        double realTop = 0;
        double fakeTop = 0;
        for (int b = 0; b < real.length; b++) {
            double mid = (b + 0.5) * binWidth;
            if (Math.abs(mid - peak) <= 2 * width + binWidth / 2) {
                realIn += real[b];
                fakeIn += fake[b];
                realTop = Math.max(realTop, real[b]);
                fakeTop = Math.max(fakeTop, fake[b]);
            }
        }
        StringBuilder bins = new StringBuilder();
        for (int b = 0; b < real.length; b++) {
            double mid = (b + 0.5) * binWidth;
            if (Math.abs(mid - peak) <= 1.25) {
                bins.append(String.format(Locale.ROOT, " %.2f:%.0f/%.0f", mid, real[b], fake[b]));
            }
        }
        return String.format(
                Locale.ROOT,
                "seed=%d it=%d ks=%.3f wasserstein=%.3f peak_bins_real=%.3f peak_bins_fake=%.3f"
                        + " tallest_peak_bin_real=%.3f fake=%.3f%n  GeV:real/fake%s%n",
                seed,
                s.iteration(),
                s.metric("ks"),
                s.metric("wasserstein"),
                realIn / N,
                fakeIn / N,
                realTop / N,
                fakeTop / N,
                bins);
    }

    /** Pass rates and the feature Frechet distance at every snapshot; the sprite grid saved. */
    private static String creatures(long seed, Snapshot s, Map<String, String> params) {
        StringBuilder line =
                new StringBuilder(String.format(Locale.ROOT, "seed=%d it=%d", seed, s.iteration()));
        new java.util.TreeMap<>(s.metrics())
                .forEach(
                        (k, v) -> {
                            if (k.startsWith("pass") || k.equals("feature_frechet")) {
                                line.append(
                                        String.format(
                                                Locale.ROOT, " %s=%.3f", k.replace(' ', '_'), v));
                            }
                        });
        try {
            Path dir = Path.of("target", "blind-spots");
            Files.createDirectories(dir);
            Files.write(
                    dir.resolve("creatures-seed" + seed + "-it" + s.iteration() + ".png"),
                    s.imagePng());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return line.append('\n').toString();
    }
}
