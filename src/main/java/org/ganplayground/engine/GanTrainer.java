package org.ganplayground.engine;

import java.util.SplittableRandom;
import org.ganplayground.domains.RealSampler;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Trains a forger (generator) against an inspector (discriminator). With a conditioned sampler the
 * forger sees concat(z, c) and the inspector concat(x, c). All arrays are row-major float[].
 *
 * <p>Not thread-safe: one trainer belongs to one run on one thread.
 */
public final class GanTrainer {

    private final TrainerSpec spec;
    private final RealSampler sampler;
    private final int sampleSize;
    private final int condSize;
    private final int batch;
    private final Mlp forger;
    private final Mlp inspector;
    private final Optimizer forgerOpt;
    private final Optimizer inspectorOpt;
    private final NetProbe probe;
    private final Mlp.Pass forgerPass;
    private final Mlp.Pass inspectorPass; // real rows then fake rows
    private final Mlp.Pass judgedPass; // the forger's batch as the inspector sees it
    private final INDArray judgedSampleGrad;
    // forgeries are copied ND4J-side into these input views: a float[] trip would round DOUBLE runs
    private final INDArray inspectorFakeRows;
    private final INDArray judgedFakeRows;
    // host-side batch buffers, reused every step
    private final float[] x;
    private final float[] c;
    private final float[] forgerIn;
    private final float[] inspectorIn;
    private final double[] y;
    private final double[] dy;
    private final float forgerGain;
    private final float inspectorGain;

    private long iterations;
    private long steps;
    private double inspectorLoss = Double.NaN;
    private double forgerLoss = Double.NaN;
    private double accuracy = Double.NaN;
    private double realScore = Double.NaN;
    private double fakeScore = Double.NaN;
    private boolean inspectorMeasured;
    private boolean forgerMeasured;

    public GanTrainer(TrainerSpec spec, RealSampler sampler) {
        this(spec, sampler, DataType.FLOAT);
    }

    /** DOUBLE is for gradient checks. */
    GanTrainer(TrainerSpec spec, RealSampler sampler, DataType type) {
        this.spec = spec;
        this.sampler = sampler;
        sampleSize = sampler.sampleSize();
        condSize = sampler.conditionSize();
        batch = spec.batchSize();
        int zIn = spec.noiseDim() + condSize;
        int xIn = sampleSize + condSize;
        forger =
                new Mlp(
                        Mlp.widths(zIn, spec.forger().hidden(), sampleSize),
                        spec.forger().activation(),
                        spec.forgerOutput(),
                        type,
                        spec.seed() * 31 + 1);
        inspector =
                new Mlp(
                        Mlp.widths(xIn, spec.inspector().hidden(), 1),
                        spec.inspector().activation(),
                        Activation.IDENTITY,
                        type,
                        spec.seed() * 31 + 2);
        forgerOpt = new Optimizer(spec.forgerOptimizer(), forger);
        inspectorOpt = new Optimizer(spec.inspectorOptimizer(), inspector);
        probe = new NetProbe(spec, forger, inspector, sampleSize, condSize);
        forgerPass = forger.newPass(batch);
        inspectorPass = inspector.newPass(2 * batch);
        judgedPass = inspector.newPass(batch);
        if (condSize == 0) {
            judgedPass.inputGradInto(forgerPass.outputGrad());
            judgedSampleGrad = null;
        } else {
            judgedSampleGrad =
                    judgedPass
                            .inputGrad()
                            .get(NDArrayIndex.all(), NDArrayIndex.interval(0, sampleSize));
        }
        inspectorFakeRows =
                inspectorPass.input.get(
                        NDArrayIndex.interval(batch, 2 * batch),
                        NDArrayIndex.interval(0, sampleSize));
        judgedFakeRows =
                judgedPass.input.get(NDArrayIndex.all(), NDArrayIndex.interval(0, sampleSize));
        x = new float[batch * sampleSize];
        c = new float[batch * condSize];
        forgerIn = new float[batch * zIn];
        inspectorIn = new float[2 * batch * xIn];
        y = new double[2 * batch];
        dy = new double[2 * batch];
        forgerGain = Batches.conditionGain(spec.noiseDim());
        inspectorGain = Batches.conditionGain(sampleSize);
    }

    /** inspectorSteps inspector updates, then one forger update. */
    public void iteration() {
        for (int i = 0; i < spec.inspectorSteps(); i++) {
            inspectorStep();
        }
        forgerStep();
        iterations++;
    }

    /** One inspector update on a real and a fake batch; returns its loss. */
    public double inspectorStep() {
        double loss = inspectorLossAndGradient();
        inspectorOpt.step(inspector.params(), inspector.gradient());
        steps++;
        return loss;
    }

    /** One forger update through the inspector, which it leaves untouched; returns its loss. */
    public double forgerStep() {
        double loss = forgerLossAndGradient();
        forgerOpt.step(forger.params(), forger.gradient());
        steps++;
        return loss;
    }

    /** The random stream of the next step, derived so that a restored run needs no RNG state. */
    private SplittableRandom stepRng() {
        return new SplittableRandom(spec.seed() * 0x9E3779B97F4A7C15L + steps);
    }

    /** Fills the inspector's gradient for the next step's batch without updating anything. */
    double inspectorLossAndGradient() {
        SplittableRandom rng = stepRng();
        sampler.draw(rng, batch, x, condSize == 0 ? null : c);
        forge(rng);
        int xIn = sampleSize + condSize;
        Batches.interleave(x, sampleSize, c, condSize, inspectorGain, batch, inspectorIn, 0);
        // the fake rows get their conditions here and their samples from forge()
        Batches.interleave(
                x, sampleSize, c, condSize, inspectorGain, batch, inspectorIn, batch * xIn);
        Host.put(inspectorPass.input, inspectorIn, (condSize == 0 ? 1 : 2) * batch * xIn);
        inspectorFakeRows.assign(forgerPass.output());
        Host.get(inspector.forward(inspectorPass), y, 2 * batch);
        double realTarget = 1 - spec.labelSmoothing();
        inspectorLoss = Losses.inspector(spec.loss(), y, batch, batch, realTarget, dy);
        inspectorMeasured = true;
        recordScores();
        Host.put(inspectorPass.outputGrad(), dy, 2 * batch);
        inspector.backward(inspectorPass, true, false);
        return inspectorLoss;
    }

    /** Fills the forger's gradient through the (untouched) inspector without updating. */
    double forgerLossAndGradient() {
        SplittableRandom rng = stepRng();
        if (condSize > 0) {
            sampler.draw(rng, batch, x, c); // conditions as often as the real data has them
        }
        forge(rng);
        if (condSize > 0) {
            Batches.interleave(x, sampleSize, c, condSize, inspectorGain, batch, inspectorIn, 0);
            Host.put(judgedPass.input, inspectorIn, batch * (sampleSize + condSize));
        }
        judgedFakeRows.assign(forgerPass.output());
        Host.get(inspector.forward(judgedPass), y, batch);
        forgerLoss = Losses.forger(spec.loss(), y, batch, 1, dy);
        forgerMeasured = true;
        Host.put(judgedPass.outputGrad(), dy, batch);
        inspector.backward(judgedPass, false, true);
        if (judgedSampleGrad != null) {
            forgerPass.outputGrad().assign(judgedSampleGrad);
        }
        forger.backward(forgerPass, true, false);
        return forgerLoss;
    }

    /** A batch of forgeries for the conditions in {@code c}, left in the forger's output. */
    private void forge(SplittableRandom rng) {
        float[] z = probe.sampleNoise(rng, batch);
        Batches.interleave(z, spec.noiseDim(), c, condSize, forgerGain, batch, forgerIn, 0);
        Host.put(forgerPass.input, forgerIn, forgerIn.length);
        forger.forward(forgerPass);
    }

    private void recordScores() {
        double real = 0;
        double fakes = 0;
        int right = 0;
        for (int i = 0; i < 2 * batch; i++) {
            double s = Losses.score(spec.loss(), y[i]);
            if (i < batch) {
                real += s;
                right += s > 0.5 ? 1 : 0;
            } else {
                fakes += s;
                right += s < 0.5 ? 1 : 0;
            }
        }
        realScore = real / batch;
        fakeScore = fakes / batch;
        accuracy = right / (2.0 * batch);
    }

    /** n noise vectors (n * noiseDim) of the spec's kind, from the caller's stream. */
    public float[] sampleNoise(SplittableRandom rng, int n) {
        return probe.sampleNoise(rng, n);
    }

    /** n forgeries (n * sampleSize) for noise z (n * noiseDim) and conditions c (or null). */
    public float[] generate(float[] z, float[] c, int n) {
        return probe.generate(z, c, n);
    }

    /**
     * The inspector's verdict per sample in [0, 1], 1 meaning "real": the sigmoid of its logit, or
     * for LEAST_SQUARES its raw output clipped to [0, 1].
     */
    public float[] inspect(float[] x, float[] c, int n) {
        return probe.inspect(x, c, n);
    }

    /**
     * Where the inspector's feedback pushes each sample (n * sampleSize): minus the gradient of the
     * forger's per-sample loss with respect to the sample (GAN Lab's arrows).
     */
    public float[] feedbackDirection(float[] x, float[] c, int n) {
        return probe.feedbackDirection(x, c, n);
    }

    /** The inspector's raw outputs (logits for the BCE losses). */
    double[] judge(float[] x, float[] c, int n) {
        return probe.judge(x, c, n);
    }

    public long iterations() {
        return iterations;
    }

    public StepMetrics metrics() {
        return new StepMetrics(
                iterations, inspectorLoss, forgerLoss, accuracy, realScore, fakeScore);
    }

    /** False once a loss or a parameter is NaN or infinite: the run has diverged. */
    public boolean isFinite() {
        return (!inspectorMeasured || Double.isFinite(inspectorLoss))
                && (!forgerMeasured || Double.isFinite(forgerLoss))
                && Double.isFinite(forger.params().sumNumber().doubleValue())
                && Double.isFinite(inspector.params().sumNumber().doubleValue());
    }

    public TrainerState state() {
        return new TrainerState(
                Host.floats(forger.params()),
                Host.floats(inspector.params()),
                forgerOpt.state(),
                inspectorOpt.state(),
                forgerOpt.updates(),
                inspectorOpt.updates(),
                iterations,
                steps);
    }

    public void restore(TrainerState s) {
        load(forger, s.forgerParams());
        load(inspector, s.inspectorParams());
        forgerOpt.restore(s.forgerOptimizerState(), s.forgerUpdates());
        inspectorOpt.restore(s.inspectorOptimizerState(), s.inspectorUpdates());
        iterations = s.iterations();
        steps = s.steps();
    }

    private static void load(Mlp net, float[] params) {
        if (params.length != net.params().length()) {
            throw new IllegalArgumentException("parameter count does not match the spec");
        }
        Host.put(net.params(), params, params.length);
    }

    Mlp forger() {
        return forger;
    }

    Mlp inspector() {
        return inspector;
    }
}
