package org.ganplayground.engine;

import java.util.SplittableRandom;

/**
 * Read-only questions to the current networks (what the UI draws): forgeries, verdicts and feedback
 * arrows. Uses its own cached buffers, so it never disturbs a training step.
 */
final class NetProbe {

    private final TrainerSpec spec;
    private final Mlp forger;
    private final Mlp inspector;
    private final int sampleSize;
    private final int condSize;

    NetProbe(TrainerSpec spec, Mlp forger, Mlp inspector, int sampleSize, int condSize) {
        this.spec = spec;
        this.forger = forger;
        this.inspector = inspector;
        this.sampleSize = sampleSize;
        this.condSize = condSize;
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
        double[] raw = judge(x, c, n);
        float[] scores = new float[n];
        for (int i = 0; i < n; i++) {
            scores[i] = (float) Losses.score(spec.loss(), raw[i]);
        }
        return scores;
    }

    /**
     * Where the inspector's feedback pushes each sample (n * sampleSize): minus the gradient of the
     * forger's per-sample loss with respect to the sample (GAN Lab's arrows).
     */
    float[] feedbackDirection(float[] x, float[] c, int n) {
        Mlp.Pass p = inspector.pass(n);
        double[] raw = judge(x, c, n);
        double[] grad = new double[n];
        Losses.forger(spec.loss(), raw, n, n, grad); // scale n: per sample, not per batch
        Host.put(p.outputGrad(), grad, n);
        inspector.backward(p, false, true);
        float[] g = Host.floats(p.inputGrad());
        float[] out = new float[n * sampleSize];
        int xIn = sampleSize + condSize;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < sampleSize; j++) {
                out[i * sampleSize + j] = -g[i * xIn + j];
            }
        }
        return out;
    }

    /** The inspector's raw outputs (logits for the BCE losses). */
    double[] judge(float[] x, float[] c, int n) {
        check(x, sampleSize, n, "x");
        check(c, condSize, n, "c");
        Mlp.Pass p = inspector.pass(n);
        float[] in = new float[n * inspector.inputSize()];
        Batches.interleave(x, sampleSize, c, condSize, Batches.conditionGain(sampleSize), n, in, 0);
        Host.put(p.input, in, in.length);
        double[] raw = new double[n];
        Host.get(inspector.forward(p), raw, n);
        return raw;
    }

    private void check(float[] a, int width, int n, String what) {
        if (width > 0 && (a == null || a.length < n * width)) {
            throw new IllegalArgumentException(what + " needs " + n + " rows of " + width);
        }
    }
}
