package org.ganplayground.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.Step;
import org.nd4j.linalg.api.ops.impl.transforms.gradient.LeakyReLUDerivative;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * A dense network written directly on ND4J ops. DL4J's MultiLayerNetwork spends most of its time in
 * per-op overhead on nets this small (about 280 ring iterations a second against about 1,200 for
 * ND4J ops by hand, measured when the engine was planned); here every buffer is preallocated,
 * matrix products go straight to BLAS into existing arrays and activations work in place.
 *
 * <p>Parameters live in one flat vector laid out like DL4J's (per layer W as in x out in 'f' order,
 * then b), so the optimizer runs once per step and tests can load them into DL4J.
 */
final class Mlp {

    static {
        // one native thread per run: measured faster on these nets and lets a queue use one core
        Nd4j.getEnvironment().setMaxMasterThreads(1);
        Nd4j.getEnvironment().setMaxThreads(1);
        Nd4j.factory().blas().setMaxThreads(1); // OpenBLAS keeps its own count (2 by default)
    }

    private static final int MAX_CACHED_PASSES = 8;

    private final int[] widths;
    private final Activation hidden;
    private final Activation output;
    private final DataType type;
    private final INDArray params;
    private final INDArray gradient;
    private final INDArray[] w;
    private final INDArray[] b;
    private final INDArray[] gw;
    private final INDArray[] gb;
    private final Map<Integer, Pass> passes = new HashMap<>();

    /** widths: input size, hidden widths..., output size. */
    Mlp(int[] widths, Activation hidden, Activation output, DataType type, long seed) {
        if (widths.length < 2) {
            throw new IllegalArgumentException("need at least input and output widths");
        }
        this.widths = widths.clone();
        this.hidden = hidden;
        this.output = output;
        this.type = type;
        int layers = widths.length - 1;
        long n = paramCount(widths);
        params = Nd4j.create(type, n);
        gradient = Nd4j.create(type, n);
        w = new INDArray[layers];
        b = new INDArray[layers];
        gw = new INDArray[layers];
        gb = new INDArray[layers];
        long offset = 0;
        for (int l = 0; l < layers; l++) {
            long in = widths[l];
            long out = widths[l + 1];
            w[l] = view(params, offset, in, out, 'f');
            gw[l] = view(gradient, offset, in, out, 'f');
            offset += in * out;
            b[l] = view(params, offset, 1, out, 'c');
            gb[l] = view(gradient, offset, 1, out, 'c');
            offset += out;
        }
        Host.put(params, initialParams(seed), (int) n);
    }

    static long paramCount(int[] widths) {
        long n = 0;
        for (int l = 0; l + 1 < widths.length; l++) {
            n += (long) widths[l] * widths[l + 1] + widths[l + 1];
        }
        return n;
    }

    private static INDArray view(INDArray flat, long offset, long rows, long cols, char order) {
        long[] stride = order == 'f' ? new long[] {1, rows} : new long[] {cols, 1};
        return Nd4j.create(
                flat.data(), new long[] {rows, cols}, stride, offset, order, flat.dataType());
    }

    /** He init for rectifiers, Xavier otherwise; biases zero. From our own seeded stream. */
    private double[] initialParams(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] p = new double[(int) paramCount(widths)];
        int offset = 0;
        for (int l = 0; l + 1 < widths.length; l++) {
            int in = widths[l];
            int out = widths[l + 1];
            Activation act = l + 2 == widths.length ? output : hidden;
            boolean rectifier = act == Activation.RELU || act == Activation.LEAKY_RELU;
            double std = rectifier ? Math.sqrt(2.0 / in) : Math.sqrt(2.0 / (in + out));
            for (int i = 0; i < in * out; i++) {
                p[offset + i] = std * rng.nextGaussian();
            }
            offset += in * out + out;
        }
        return p;
    }

    int inputSize() {
        return widths[0];
    }

    DataType dataType() {
        return type;
    }

    /** The flat parameter vector; the optimizer and state copies work on it directly. */
    INDArray params() {
        return params;
    }

    INDArray gradient() {
        return gradient;
    }

    /** Buffers owned by one caller, e.g. a trainer's batch. */
    Pass newPass(int rows) {
        return new Pass(rows);
    }

    /** Shared buffers for ad-hoc batches of {@code rows}, reused across calls. */
    Pass pass(int rows) {
        Pass p = passes.get(rows);
        if (p == null) {
            if (passes.size() >= MAX_CACHED_PASSES) {
                passes.clear(); // training holds its own passes: only ad-hoc queries pay
            }
            p = new Pass(rows);
            passes.put(rows, p);
        }
        return p;
    }

    /** Forward pass from {@code p.input}; returns the output buffer (rows x outputSize). */
    INDArray forward(Pass p) {
        INDArray in = p.input;
        for (int l = 0; l < w.length; l++) {
            INDArray z = p.act[l];
            Blas.gemm(in, false, w[l], false, z);
            z.addiRowVector(b[l]);
            activate(l + 1 == w.length ? output : hidden, z);
            in = z;
        }
        return p.output();
    }

    /**
     * Backward pass after {@link #forward} on the same pass; the caller has written dL/d(output)
     * into {@code p.outputGrad()}, which is overwritten. Parameter gradients go into {@link
     * #gradient()}, the input gradient into {@code p.inputGrad()}.
     */
    void backward(Pass p, boolean paramGradients, boolean inputGradient) {
        int last = w.length - 1;
        derive(output, p.act[last], p.delta[last], p.scratch[last]);
        for (int l = last; l >= 0; l--) {
            INDArray d = p.delta[l];
            if (paramGradients) {
                Blas.gemm(l == 0 ? p.input : p.act[l - 1], true, d, false, gw[l]);
                d.sum(gb[l], 0);
            }
            if (l > 0) {
                Blas.gemm(d, false, w[l], true, p.delta[l - 1]);
                derive(hidden, p.act[l - 1], p.delta[l - 1], p.scratch[l - 1]);
            } else if (inputGradient) {
                Blas.gemm(d, false, w[0], true, p.inputGrad());
            }
        }
    }

    private static void activate(Activation a, INDArray z) {
        switch (a) {
            case RELU -> Transforms.relu(z, false);
            case LEAKY_RELU -> Transforms.leakyRelu(z, Activation.LEAKY_SLOPE, false);
            case TANH -> Transforms.tanh(z, false);
            case SIGMOID -> Transforms.sigmoid(z, false);
            case IDENTITY -> {}
        }
    }

    /** d *= f'(pre-activation), computed from the activation's output y (kept in place). */
    private static void derive(Activation a, INDArray y, INDArray d, INDArray scratch) {
        switch (a) {
            case RELU -> {
                Nd4j.exec(new Step(y, scratch));
                d.muli(scratch);
            }
            case LEAKY_RELU -> {
                // the sign of y is the sign of x for a positive slope
                Nd4j.exec(new LeakyReLUDerivative(y, scratch, Activation.LEAKY_SLOPE));
                d.muli(scratch);
            }
            case TANH -> {
                y.mul(y, scratch);
                scratch.rsubi(1.0);
                d.muli(scratch);
            }
            case SIGMOID -> {
                y.rsub(1.0, scratch);
                scratch.muli(y);
                d.muli(scratch);
            }
            case IDENTITY -> {}
        }
    }

    /** Activation and gradient buffers for one batch size. */
    final class Pass {
        final int rows;
        final INDArray input;
        private final INDArray[] act;
        private final INDArray[] delta;
        private final INDArray[] scratch;
        private INDArray inputGrad;

        private Pass(int rows) {
            this.rows = rows;
            input = Nd4j.create(type, rows, widths[0]);
            int layers = widths.length - 1;
            act = new INDArray[layers];
            delta = new INDArray[layers];
            scratch = new INDArray[layers];
            for (int l = 0; l < layers; l++) {
                act[l] = Nd4j.create(type, rows, widths[l + 1]);
                delta[l] = Nd4j.create(type, rows, widths[l + 1]);
                scratch[l] = Nd4j.create(type, rows, widths[l + 1]);
            }
        }

        INDArray output() {
            return act[act.length - 1];
        }

        /** Where the caller writes dL/d(output) before {@link Mlp#backward}. */
        INDArray outputGrad() {
            return delta[delta.length - 1];
        }

        INDArray inputGrad() {
            if (inputGrad == null) {
                inputGrad = Nd4j.create(type, rows, widths[0]);
            }
            return inputGrad;
        }

        /** Lets the input gradient land straight in another net's output gradient. */
        void inputGradInto(INDArray target) {
            inputGrad = target;
        }
    }
}
