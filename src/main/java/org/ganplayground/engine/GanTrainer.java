package org.ganplayground.engine;

import java.util.SplittableRandom;
import org.ganplayground.domains.RealSampler;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains a forger (generator) against an inspector (discriminator). With a conditioned sampler the
 * forger sees concat(z, c); the inspector sees concat(x, c) ({@link Conditioning#INPUT}) or x alone
 * and projects its last hidden layer on c ({@link Conditioning#PROJECTION}, see {@link Projection})
 * or reads c from x beside its verdict ({@link Conditioning#CLASSIFIER}, see {@link Classifier}).
 * All arrays are row-major float[].
 *
 * <p>With packing m (PacGAN, Lin et al. 2018) the inspector's input is m such rows side by side and
 * it gives one verdict per pack: real packs hold m real samples, fake packs m forgeries. As in
 * PacGAN, a batch stays {@code batchSize} verdicts, so each side draws batchSize * m samples per
 * step and only the inspector's first layer widens. Row-major, a batch of packs is the same memory
 * as the batch of its samples, so packing costs no copy.
 *
 * <p>With a forger average d > 0 the forgeries the run shows come from a second forger whose
 * weights are an exponential moving average of the trained forger's (d after each forger step,
 * warmed up over the first steps): GAN training oscillates, an average of recent weights much less
 * (Yazıcı et al. 2019). The average never feeds back into training.
 *
 * <p>A conditioned inspector that wins outright rests: after {@link #REST_AFTER} iterations, an
 * inspector step whose batch it judged {@link #REST_ACCURACY} right or better measures but does not
 * update it, so the forger can catch up. Measured in README.md ("Given up front"): a conditioned
 * inspector at one seed reached accuracy 0.99 and the forger, scored 0.10, stopped learning; in
 * runs where the inspector never wins outright this changes nothing. The decision uses the step's
 * own batch only, so a resumed run makes the same ones.
 *
 * <p>Not thread-safe: one trainer belongs to one run on one thread.
 */
public final class GanTrainer {

    /** The accuracy on its own batch from which a conditioned inspector rests. */
    static final double REST_ACCURACY = 0.95;

    /** Iterations before a conditioned inspector may rest: at first it wins as a rule. */
    static final long REST_AFTER = 500;

    private final TrainerSpec spec;
    private final RealSampler sampler;
    private final int sampleSize;
    private final int condSize;
    private final int inCond; // condition floats per sample at the inspector's input
    private final int projected; // condition floats per pack on the inspector's extra outputs
    private final boolean classifier; // those outputs read the condition, not project on it
    private final int batch; // packs per side and step, i.e. verdicts
    private final int samples; // samples per side and step: batch * packing
    private final Mlp forger;
    private final Mlp inspector;
    private final Mlp averaged; // the forger shown; the trained forger itself when not averaging
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
    private final double[] out; // the inspector's outputs per pack: 1 + projected
    private final double[] outGrad;
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
    private long rests; // inspector steps skipped since this trainer was made (not checkpointed)

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
        samples = batch * spec.packing();
        Conditioning head = condSize > 0 ? spec.conditioning() : Conditioning.INPUT;
        classifier = head == Conditioning.CLASSIFIER;
        inCond = head == Conditioning.INPUT ? condSize : 0;
        projected = inCond == 0 ? spec.packing() * condSize : 0;
        int zIn = spec.noiseDim() + condSize;
        int xIn = sampleSize + inCond;
        forger =
                new Mlp(
                        spec.forger().widths(zIn, sampleSize),
                        spec.forger().activation(),
                        spec.forgerOutput(),
                        type,
                        spec.seed() * 31 + 1);
        inspector =
                new Mlp(
                        spec.inspector().widths(spec.packing() * xIn, 1 + projected),
                        spec.inspector().activation(),
                        Activation.IDENTITY,
                        type,
                        spec.seed() * 31 + 2);
        averaged =
                spec.forgerAverage() == 0
                        ? forger
                        : new Mlp(
                                spec.forger().widths(zIn, sampleSize),
                                spec.forger().activation(),
                                spec.forgerOutput(),
                                type,
                                spec.seed() * 31 + 1);
        forgerOpt = new Optimizer(spec.forgerOptimizer(), forger);
        inspectorOpt = new Optimizer(spec.inspectorOptimizer(), inspector);
        probe = new NetProbe(spec, averaged, inspector, sampleSize, condSize, head);
        forgerPass = forger.newPass(samples);
        inspectorPass = inspector.newPass(2 * batch);
        judgedPass = inspector.newPass(batch);
        if (inCond == 0) {
            // the forger's (samples x sampleSize) gradient seen as (batch x packing * sampleSize)
            judgedPass.inputGradInto(
                    view(
                            forgerPass.outputGrad(),
                            0,
                            batch,
                            spec.packing() * sampleSize,
                            spec.packing() * sampleSize));
            judgedSampleGrad = null;
        } else {
            judgedSampleGrad = sampleColumns(judgedPass.inputGrad(), 0);
        }
        inspectorFakeRows = sampleColumns(inspectorPass.input, samples);
        judgedFakeRows = sampleColumns(judgedPass.input, 0);
        x = new float[samples * sampleSize];
        c = new float[samples * condSize];
        forgerIn = new float[samples * zIn];
        inspectorIn = new float[2 * samples * xIn];
        y = new double[2 * batch];
        dy = new double[2 * batch];
        out = new double[2 * batch * (1 + projected)];
        outGrad = new double[out.length];
        forgerGain = Batches.conditionGain(spec.noiseDim());
        inspectorGain = Batches.conditionGain(sampleSize);
    }

    /**
     * The sample columns of {@code samples} sample rows from sample row {@code first} of a whole
     * inspector input (or input gradient): a view that skips each row's condition columns.
     */
    private INDArray sampleColumns(INDArray packs, long first) {
        int xIn = sampleSize + inCond;
        return view(packs, first * xIn, samples, sampleSize, xIn);
    }

    /** A whole 'c' array's buffer from {@code offset} as rows x cols, rows rowStride apart. */
    private static INDArray view(
            INDArray whole, long offset, long rows, long cols, long rowStride) {
        return Nd4j.create(
                whole.data(),
                new long[] {rows, cols},
                new long[] {rowStride, 1},
                offset,
                'c',
                whole.dataType());
    }

    /** inspectorSteps inspector updates, then one forger update. */
    public void iteration() {
        for (int i = 0; i < spec.inspectorSteps(); i++) {
            inspectorStep();
        }
        forgerStep();
        iterations++;
    }

    /** One inspector update on a batch of real packs and one of fake packs; returns its loss. */
    public double inspectorStep() {
        double loss = inspectorLossAndGradient();
        if (condSize > 0 && iterations >= REST_AFTER && accuracy >= REST_ACCURACY) {
            rests++;
        } else {
            inspectorOpt.step(inspector.params(), inspector.gradient());
        }
        steps++;
        return loss;
    }

    /** One forger update through the inspector, which it leaves untouched; returns its loss. */
    public double forgerStep() {
        double loss = forgerLossAndGradient();
        forgerOpt.step(forger.params(), forger.gradient());
        average();
        steps++;
        return loss;
    }

    /**
     * Moves the shown forger toward the trained one. The decay is warmed up, (1 + u) / (10 + u)
     * after u updates, so the average does not carry the random initial weights for long.
     */
    private void average() {
        if (averaged == forger) {
            return;
        }
        long u = forgerOpt.updates();
        double d = Math.min(spec.forgerAverage(), (1.0 + u) / (10.0 + u));
        INDArray a = averaged.params();
        a.muli(d);
        Nd4j.getBlasWrapper().level1().axpy(a.length(), 1 - d, forger.params(), a);
    }

    /** The random stream of the next step, derived so that a restored run needs no RNG state. */
    private SplittableRandom stepRng() {
        return new SplittableRandom(spec.seed() * 0x9E3779B97F4A7C15L + steps);
    }

    /** Fills the inspector's gradient for the next step's batch without updating anything. */
    double inspectorLossAndGradient() {
        SplittableRandom rng = stepRng();
        sampler.draw(rng, samples, x, condSize == 0 ? null : c);
        forge(rng);
        int xIn = sampleSize + inCond;
        Batches.interleave(x, sampleSize, c, inCond, inspectorGain, samples, inspectorIn, 0);
        // the fake rows get their conditions here and their samples from forge()
        Batches.interleave(
                x, sampleSize, c, inCond, inspectorGain, samples, inspectorIn, samples * xIn);
        Host.put(inspectorPass.input, inspectorIn, (inCond == 0 ? 1 : 2) * samples * xIn);
        inspectorFakeRows.assign(forgerPass.output());
        verdicts(inspector.forward(inspectorPass), 2 * batch);
        double realTarget = 1 - spec.labelSmoothing();
        inspectorLoss = Losses.inspector(spec.loss(), y, batch, batch, realTarget, dy);
        inspectorMeasured = true;
        recordScores();
        // a classifier learns its readings from the real rows, which come first
        double reading = outputGradient(inspectorPass, 2 * batch);
        inspector.backward(inspectorPass, true, false);
        return inspectorLoss + reading;
    }

    /** Fills the forger's gradient through the (untouched) inspector without updating. */
    double forgerLossAndGradient() {
        SplittableRandom rng = stepRng();
        if (condSize > 0) {
            sampler.draw(rng, samples, x, c); // conditions as often as the real data has them
        }
        forge(rng);
        if (inCond > 0) {
            Batches.interleave(x, sampleSize, c, inCond, inspectorGain, samples, inspectorIn, 0);
            Host.put(judgedPass.input, inspectorIn, samples * (sampleSize + inCond));
        }
        judgedFakeRows.assign(forgerPass.output());
        verdicts(inspector.forward(judgedPass), batch);
        forgerLoss = Losses.forger(spec.loss(), y, batch, 1, dy);
        forgerMeasured = true;
        double reading = outputGradient(judgedPass, batch);
        inspector.backward(judgedPass, false, true);
        if (judgedSampleGrad != null) {
            forgerPass.outputGrad().assign(judgedSampleGrad);
        }
        forger.backward(forgerPass, true, false);
        return forgerLoss + reading;
    }

    /**
     * The verdicts on {@code rows} packs from the inspector's output, into y. With projection, rows
     * of real and of fake packs share the batch's conditions in c (batch x projected).
     */
    private void verdicts(INDArray output, int rows) {
        if (projected == 0) {
            Host.get(output, y, rows);
            return;
        }
        Host.get(output, out, rows * (1 + projected));
        if (classifier) {
            Classifier.verdicts(out, rows, projected, y);
        } else {
            Projection.verdicts(out, rows, projected, c, batch, y);
        }
    }

    /**
     * Puts the verdicts' gradient dy of {@code rows} packs into the pass's output gradient. A
     * classifier's readings of the first {@code batch} packs (the real ones for the inspector, the
     * forgeries for the forger) are trained towards their conditions in c: returns that loss (0
     * without a classifier).
     */
    private double outputGradient(Mlp.Pass pass, int rows) {
        if (projected == 0) {
            Host.put(pass.outputGrad(), dy, rows);
            return 0;
        }
        double reading = 0;
        if (classifier) {
            Classifier.verdictGradient(dy, rows, projected, outGrad);
            reading =
                    Classifier.readingLoss(
                            out, batch, projected, c, Classifier.WEIGHT / batch, outGrad);
        } else {
            Projection.outputGradient(dy, rows, projected, c, batch, outGrad);
        }
        Host.put(pass.outputGrad(), outGrad, rows * (1 + projected));
        return reading;
    }

    /** A batch of forgeries for the conditions in {@code c}, left in the forger's output. */
    private void forge(SplittableRandom rng) {
        float[] z = probe.sampleNoise(rng, samples);
        Batches.interleave(z, spec.noiseDim(), c, condSize, forgerGain, samples, forgerIn, 0);
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
     * for LEAST_SQUARES its raw output clipped to [0, 1]. With packing, on a pack of copies of the
     * sample (see {@link NetProbe#judge}).
     */
    public float[] inspect(float[] x, float[] c, int n) {
        return probe.inspect(x, c, n);
    }

    /**
     * The inspector's verdicts on the n samples taken in turn, packing to a pack, as in training:
     * one per pack, ceil(n / packing) of them (see {@link NetProbe#judgePacks}).
     */
    public float[] inspectPacks(float[] x, float[] c, int n) {
        return probe.inspectPacks(x, c, n);
    }

    /**
     * Where the inspector's feedback pushes each sample (n * sampleSize): minus the gradient of the
     * forger's loss on the sample's pack with respect to the sample (GAN Lab's arrows).
     */
    public float[] feedbackDirection(float[] x, float[] c, int n) {
        return probe.feedbackDirection(x, c, n);
    }

    /** The inspector's raw outputs per sample (logits for the BCE losses). */
    double[] judge(float[] x, float[] c, int n) {
        return probe.judge(x, c, n);
    }

    /** The forger's loss per pack of samples taken in turn (see {@link NetProbe#forgerLosses}). */
    double[] forgerLosses(float[] x, float[] c, int n) {
        return probe.forgerLosses(x, c, n);
    }

    /** The inspector's raw outputs per pack of samples taken in turn. */
    double[] judgePacks(float[] x, float[] c, int n) {
        return probe.judgePacks(x, c, n);
    }

    public long iterations() {
        return iterations;
    }

    /** Inspector steps a conditioned inspector rested since this trainer was made. */
    long rests() {
        return rests;
    }

    public StepMetrics metrics() {
        return new StepMetrics(
                iterations, inspectorLoss, forgerLoss, accuracy, realScore, fakeScore);
    }

    /**
     * Puts back what the last steps measured before a checkpoint, so a resumed run reports the same
     * losses as the run it continues (a NaN stays "not measured yet").
     */
    void restoreMetrics(StepMetrics m) {
        inspectorLoss = m.inspectorLoss();
        forgerLoss = m.forgerLoss();
        accuracy = m.inspectorAccuracy();
        realScore = m.meanRealScore();
        fakeScore = m.meanFakeScore();
        inspectorMeasured = !Double.isNaN(inspectorLoss);
        forgerMeasured = !Double.isNaN(forgerLoss);
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
                steps,
                averaged == forger ? new float[0] : Host.floats(averaged.params()));
    }

    public void restore(TrainerState s) {
        load(forger, s.forgerParams());
        load(inspector, s.inspectorParams());
        if (averaged != forger) {
            // a checkpoint from before averaging starts the average at the trained weights
            load(
                    averaged,
                    s.forgerAverageParams().length == 0
                            ? s.forgerParams()
                            : s.forgerAverageParams());
        }
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

    /** The forger whose forgeries the run shows. */
    Mlp shownForger() {
        return averaged;
    }
}
