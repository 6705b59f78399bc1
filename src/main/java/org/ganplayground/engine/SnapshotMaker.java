package org.ganplayground.engine;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ganplayground.domains.DomainSetup;
import org.ganplayground.domains.GuardedSampler;
import org.ganplayground.domains.PictureKind;
import org.ganplayground.domains.QualityReport;
import org.ganplayground.domains.SpriteGrid;
import org.ganplayground.guardrails.Guardrail;

/**
 * Measures a trainer into a {@link Snapshot}: the forger's outputs on the fixed noise, the
 * inspector's verdicts, guardrail pass rates, the domain's quality metrics and its pictures.
 * Forgeries are judged against real samples that obey the rules as asked.
 */
final class SnapshotMaker {

    static final int GRID = 48;
    static final int WARP = 15;
    private static final int SPRITES_SHOWN = 64;
    private static final int POINTS_SHOWN = 300;

    private final DomainSetup setup;
    private final GanTrainer trainer;
    private final List<Guardrail> rules;
    private final int n = GanRun.EVAL_SAMPLES;
    private final int d;
    private final PictureKind picture;
    private final float[] noise;
    private final float[] cond;
    private final float[] real;
    private final double[] extent;
    private final TrainerSpec spec;
    private final GanConfig config;

    SnapshotMaker(GanConfig config, DomainSetup setup, GuardedSampler sampler, GanTrainer trainer) {
        this.config = config;
        this.setup = setup;
        this.trainer = trainer;
        this.rules = sampler.requestedRules();
        this.d = setup.sampleSize();
        this.picture = setup.domain().pictureKind();
        this.spec = config.trainerSpec(setup.domain().outputIsBounded());
        SplittableRandom rng = GanRun.evalRandom(config.seed());
        this.noise = trainer.sampleNoise(rng, n);
        this.cond = sampler.conditionSize() == 0 ? null : new float[n * sampler.conditionSize()];
        if (cond != null) {
            sampler.requestedCondition(n, cond);
        }
        this.real = new float[n * d];
        setup.sampler(rules, 0).draw(rng, n, real, null);
        this.extent = picture == PictureKind.PLANE ? Plane.extent(real, n) : null;
    }

    Snapshot take(int iteration, long elapsedMs) {
        float[] fake = trainer.generate(noise, cond, n);
        // verdicts per pack as training judges them, so these metrics match the trainer's
        float[] fakeScores = trainer.inspectPacks(fake, cond, n);
        float[] realScores = trainer.inspectPacks(real, cond, n);
        StepMetrics step = trainer.metrics();

        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put(Metrics.SCORE_REAL, mean(realScores));
        metrics.put(Metrics.SCORE_FAKE, mean(fakeScores));
        metrics.put(Metrics.ACCURACY, accuracy(realScores, fakeScores));
        metrics.put(Metrics.LOSS_INSPECTOR, step.inspectorLoss());
        metrics.put(Metrics.LOSS_FORGER, step.forgerLoss());
        metrics.put(Metrics.SPREAD_FAKE, spread(fake));
        metrics.put(Metrics.SPREAD_REAL, spread(real));
        QualityReport quality = setup.quality(real, fake, n, rules);
        metrics.putAll(quality.metrics());
        Map<String, float[]> arrays = new HashMap<>(quality.arrays());
        if (Deck.keptAt(iteration, config)) {
            deal(fake, arrays);
        }

        if (picture == PictureKind.SPRITES) {
            byte[] png = SpriteGrid.png(fake, SPRITES_SHOWN, 8, 2);
            return new Snapshot(iteration, elapsedMs, metrics, null, null, png, arrays);
        }
        int shown = Math.min(POINTS_SHOWN, n);
        float[] fakeShown = java.util.Arrays.copyOf(fake, shown * d);
        if (picture == PictureKind.PLANE) {
            Plane.views(trainer, spec, cond, extent, fakeShown, shown, arrays);
        }
        return new Snapshot(
                iteration,
                elapsedMs,
                metrics,
                fakeShown,
                java.util.Arrays.copyOf(real, shown * d),
                null,
                arrays);
    }

    /** The first items of the evaluation batches, each sample judged alone (see {@link Deck}). */
    private void deal(float[] fake, Map<String, float[]> arrays) {
        int m = Math.min(n, Deck.ITEMS * Deck.groupSize(picture));
        float[] deckFake = java.util.Arrays.copyOf(fake, m * d);
        float[] deckReal = java.util.Arrays.copyOf(real, m * d);
        arrays.put(Deck.FAKE, deckFake);
        arrays.put(Deck.REAL, deckReal);
        arrays.put(Deck.FAKE_SCORE, judge(deckFake, m));
        arrays.put(Deck.REAL_SCORE, judge(deckReal, m));
    }

    /** The inspector's verdict on each of n samples alone, asked for what the run asks for. */
    float[] judge(float[] samples, int m) {
        float[] c = null;
        if (cond != null) {
            int k = cond.length / n;
            c = new float[m * k];
            for (int i = 0; i < m; i++) {
                System.arraycopy(cond, 0, c, i * k, k);
            }
        }
        return trainer.inspect(samples, c, m);
    }

    /**
     * This run's inspector on the real evaluation batch and on two batches of forgeries: its own
     * forger's and another's (same domain), judged in packs as training judges them.
     */
    CrossCheck crossCheck(float[] otherFake) {
        float[] own = trainer.generate(noise, cond, n);
        float[] realScores = trainer.inspectPacks(real, cond, n);
        float[] ownScores = trainer.inspectPacks(own, cond, n);
        float[] otherScores = trainer.inspectPacks(otherFake, cond, n);
        return new CrossCheck(
                accuracy(realScores, ownScores),
                accuracy(realScores, otherScores),
                belowHalf(ownScores),
                belowHalf(otherScores),
                1 - belowHalf(realScores),
                n);
    }

    /** The forgeries of the evaluation noise batch, as snapshots show them. */
    float[] forgeries() {
        return trainer.generate(noise, cond, n);
    }

    private static double belowHalf(float[] scores) {
        int below = 0;
        for (float s : scores) {
            below += s < 0.5f ? 1 : 0;
        }
        return below / (double) scores.length;
    }

    private static double mean(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x;
        }
        return s / v.length;
    }

    private double spread(float[] x) {
        double total = 0;
        for (int j = 0; j < d; j++) {
            double s = 0;
            double s2 = 0;
            for (int i = 0; i < n; i++) {
                double v = x[i * d + j];
                s += v;
                s2 += v * v;
            }
            double mean = s / n;
            total += Math.sqrt(Math.max(0, s2 / n - mean * mean));
        }
        return total / d;
    }

    private static double accuracy(float[] real, float[] fake) {
        int right = 0;
        for (float s : real) {
            right += s > 0.5f ? 1 : 0;
        }
        for (float s : fake) {
            right += s < 0.5f ? 1 : 0;
        }
        return right / (double) (real.length + fake.length);
    }
}
