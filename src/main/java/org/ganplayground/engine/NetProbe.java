package org.ganplayground.engine;

import java.util.SplittableRandom;

/**
 * Read-only questions to the current networks (what the UI draws): forgeries, verdicts and feedback
 * arrows. Uses its own cached buffers, so it never disturbs a training step.
 *
 * <p>A packing inspector (see {@link GanTrainer}) only ever judges packs. Samples are packed in
 * turn, m consecutive samples to a pack as in training, wherever they come as a set (the snapshot's
 * real samples and forgeries, the forgeries under the arrows). A lone point (a heatmap cell) has no
 * companions of its own, so it is judged as a pack of m copies of itself.
 */
final class NetProbe {

    private final TrainerSpec spec;
    private final Mlp forger;
    private final Mlp inspector;
    private final int sampleSize;
    private final int condSize;
    private final int inCond; // condition floats per sample at the inspector's input
    private final int projected; // condition floats per pack on the inspector's extra outputs
    private final boolean classifier; // those outputs read the condition, not project on it

    NetProbe(
            TrainerSpec spec,
            Mlp forger,
            Mlp inspector,
            int sampleSize,
            int condSize,
            Conditioning head) {
        this.spec = spec;
        this.forger = forger;
        this.inspector = inspector;
        this.sampleSize = sampleSize;
        this.condSize = condSize;
        this.classifier = head == Conditioning.CLASSIFIER;
        this.inCond = head == Conditioning.INPUT ? condSize : 0;
        this.projected = inCond == 0 ? spec.packing() * condSize : 0;
    }

    float[] sampleNoise(SplittableRandom rng, int n) {
        float[] z = new float[n * spec.noiseDim()];
        for (int i = 0; i < z.length; i++) {
            z[i] =
                    (float)
                            (spec.noise() == NoiseKind.GAUSSIAN
                                    ? rng.nextGaussian()
                                    : rng.nextDouble(-1, 1));
        }
        return z;
    }

    /** n forgeries (n * sampleSize) for noise z (n * noiseDim) and conditions c (or null). */
    float[] generate(float[] z, float[] c, int n) {
        check(z, spec.noiseDim(), n, "z");
        check(c, condSize, n, "c");
        Mlp.Pass p = forger.pass(n);
        float[] in = new float[n * forger.inputSize()];
        Batches.interleave(
                z, spec.noiseDim(), c, condSize, Batches.conditionGain(spec.noiseDim()), n, in, 0);
        Host.put(p.input, in, in.length);
        float[] out = new float[n * sampleSize];
        Host.get(forger.forward(p), out, out.length);
        return out;
    }

    /**
     * The inspector's verdict per sample in [0, 1], 1 meaning "real": the sigmoid of its logit, or
     * for LEAST_SQUARES its raw output clipped to [0, 1].
     */
    float[] inspect(float[] x, float[] c, int n) {
        return scores(judge(x, c, n));
    }

    /** The verdicts of {@link #judgePacks}, one per pack. */
    float[] inspectPacks(float[] x, float[] c, int n) {
        return scores(judgePacks(x, c, n));
    }

    private float[] scores(double[] raw) {
        float[] scores = new float[raw.length];
        for (int i = 0; i < raw.length; i++) {
            scores[i] = (float) Losses.score(spec.loss(), raw[i]);
        }
        return scores;
    }

    /**
     * Where the inspector's feedback pushes each sample (n * sampleSize): minus the gradient of the
     * forger's loss on the sample's pack with respect to the sample (GAN Lab's arrows). The samples
     * are packed in turn as in {@link #judgePacks}, so an arrow is the push that sample gets in a
     * forger step; a sample that also fills up the last pack counts in its own pack only.
     */
    float[] feedbackDirection(float[] x, float[] c, int n) {
        int[] order = inTurn(n);
        Mlp.Pass p = inspector.pass(order.length / spec.packing());
        packLosses(p, x, c, n, order, true);
        inspector.backward(p, false, true);
        float[] g = Host.floats(p.inputGrad());
        float[] out = new float[n * sampleSize];
        int xIn = sampleSize + inCond;
        // a pack row is its samples' rows side by side: sample i is row i of xIn-wide rows
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < sampleSize; j++) {
                out[i * sampleSize + j] = -g[i * xIn + j];
            }
        }
        return out;
    }

    /**
     * The forger's loss per pack of samples taken in turn (as {@link #judgePacks} packs them): the
     * loss whose gradient {@link #feedbackDirection} follows. For a classifier, the verdict's loss
     * plus the reading's.
     */
    double[] forgerLosses(float[] x, float[] c, int n) {
        int[] order = inTurn(n);
        return packLosses(inspector.pass(order.length / spec.packing()), x, c, n, order, false);
    }

    /**
     * The forger's loss per pack (per pack, not per batch); with {@code gradient}, its gradient is
     * left in the pass's output gradient.
     */
    private double[] packLosses(
            Mlp.Pass p, float[] x, float[] c, int n, int[] order, boolean gradient) {
        double[] outputs = new double[p.rows * (1 + projected)];
        double[] raw = forward(p, x, c, n, order, outputs);
        double[] losses = new double[p.rows];
        double[] grad = new double[p.rows];
        double[] one = new double[1];
        for (int r = 0; r < p.rows; r++) {
            losses[r] = Losses.forger(spec.loss(), new double[] {raw[r]}, 1, 1, one);
            grad[r] = one[0];
        }
        double[] outGrad = grad;
        if (projected > 0) {
            float[] packed = packConditions(c, order);
            outGrad = new double[outputs.length];
            if (classifier) {
                Classifier.verdictGradient(grad, p.rows, projected, outGrad);
                for (int r = 0; r < p.rows; r++) {
                    losses[r] +=
                            Classifier.readingLossOfRow(
                                    outputs, r, projected, packed, Classifier.WEIGHT, outGrad);
                }
            } else {
                Projection.outputGradient(grad, p.rows, projected, packed, p.rows, outGrad);
            }
        }
        if (gradient) {
            Host.put(p.outputGrad(), outGrad, outGrad.length);
        }
        return losses;
    }

    /**
     * The inspector's raw output per sample (logits for the BCE losses). With packing m, on a pack
     * of m copies of the sample: a point has no companions of its own, and copies keep the verdict
     * a function of the point alone (the heatmap). It is the verdict on a forger that put every
     * sample of a pack here, the very collapse packing is meant to catch. At m = 1, the plain
     * verdict.
     */
    double[] judge(float[] x, float[] c, int n) {
        int m = spec.packing();
        int[] copies = new int[n * m];
        for (int k = 0; k < copies.length; k++) {
            copies[k] = k / m;
        }
        return forward(inspector.pass(n), x, c, n, copies, null);
    }

    /**
     * The inspector's raw output per pack of m samples taken in turn, as training packs them:
     * ceil(n / m) packs, an incomplete last one filled up from the first samples.
     */
    double[] judgePacks(float[] x, float[] c, int n) {
        int[] order = inTurn(n);
        return forward(inspector.pass(order.length / spec.packing()), x, c, n, order, null);
    }

    private int[] inTurn(int n) {
        int m = spec.packing();
        int[] order = new int[(n + m - 1) / m * m];
        for (int k = 0; k < order.length; k++) {
            order[k] = k % n;
        }
        return order;
    }

    /**
     * Forward pass on packs of samples {@code order[0..m)}, {@code order[m..2m)}, ...: the
     * verdicts, and all outputs in {@code outputs} if given and the inspector has more than one.
     */
    private double[] forward(
            Mlp.Pass p, float[] x, float[] c, int n, int[] order, double[] outputs) {
        check(x, sampleSize, n, "x");
        check(c, condSize, n, "c");
        int xIn = sampleSize + inCond;
        float[] rows = new float[n * xIn];
        Batches.interleave(x, sampleSize, c, inCond, Batches.conditionGain(sampleSize), n, rows, 0);
        float[] in = new float[order.length * xIn];
        for (int k = 0; k < order.length; k++) {
            System.arraycopy(rows, order[k] * xIn, in, k * xIn, xIn);
        }
        Host.put(p.input, in, in.length);
        double[] raw = new double[p.rows];
        if (projected == 0) {
            Host.get(inspector.forward(p), raw, p.rows);
        } else {
            double[] all = outputs != null ? outputs : new double[p.rows * (1 + projected)];
            Host.get(inspector.forward(p), all, all.length);
            if (classifier) {
                Classifier.verdicts(all, p.rows, projected, raw);
            } else {
                Projection.verdicts(all, p.rows, projected, packConditions(c, order), p.rows, raw);
            }
        }
        return raw;
    }

    /** Each pack's condition: its samples' conditions side by side, as the packs are laid out. */
    private float[] packConditions(float[] c, int[] order) {
        float[] packed = new float[order.length * condSize];
        for (int k = 0; k < order.length; k++) {
            System.arraycopy(c, order[k] * condSize, packed, k * condSize, condSize);
        }
        return packed;
    }

    private void check(float[] a, int width, int n, String what) {
        if (width > 0 && (a == null || a.length < n * width)) {
            throw new IllegalArgumentException(what + " needs " + n + " rows of " + width);
        }
    }
}
