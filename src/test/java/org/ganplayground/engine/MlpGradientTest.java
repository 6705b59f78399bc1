package org.ganplayground.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

class MlpGradientTest {

    private static final int[] WIDTHS = {3, 5, 4, 2};
    private static final int ROWS = 6;

    @ParameterizedTest
    @EnumSource(Activation.class)
    void bce_with_sigmoid_gradient_equals_dl4j(Activation hidden) {
        Mlp mlp = new Mlp(WIDTHS, hidden, Activation.IDENTITY, DataType.DOUBLE, 7);
        double[] in = random(ROWS * WIDTHS[0], 1, 1.5);
        double[] labels = random(ROWS * WIDTHS[3], 2, 0.5);
        for (int i = 0; i < labels.length; i++) {
            labels[i] = labels[i] > 0 ? 1 : 0;
        }
        double[] y = forward(mlp, in);
        double[] dy = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            dy[i] = Losses.sigmoid(y[i]) - labels[i]; // DL4J's gradients are batch sums
        }
        INDArray mine = backward(mlp, dy);

        INDArray theirs =
                dl4jGradient(mlp, hidden, new ActivationSigmoid(), LossFunction.XENT, in, labels);
        assertClose(mine, theirs);
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void mse_gradient_equals_dl4j(Activation hidden) {
        Mlp mlp = new Mlp(WIDTHS, hidden, Activation.IDENTITY, DataType.DOUBLE, 8);
        double[] in = random(ROWS * WIDTHS[0], 3, 1.5);
        double[] labels = random(ROWS * WIDTHS[3], 4, 1);
        double[] y = forward(mlp, in);
        double[] dy = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            dy[i] = 2 * (y[i] - labels[i]) / WIDTHS[3]; // DL4J's MSE averages over outputs
        }
        INDArray mine = backward(mlp, dy);

        INDArray theirs =
                dl4jGradient(mlp, hidden, new ActivationIdentity(), LossFunction.MSE, in, labels);
        assertClose(mine, theirs);
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void parameter_and_input_gradients_match_finite_differences(Activation hidden) {
        for (Activation out : new Activation[] {Activation.IDENTITY, Activation.TANH}) {
            checkFiniteDifferences(new Mlp(WIDTHS, hidden, out, DataType.DOUBLE, 9), ROWS);
        }
        // one-wide layers and a single row: vectors where BLAS sees matrices
        checkFiniteDifferences(
                new Mlp(new int[] {1, 3, 1}, hidden, Activation.IDENTITY, DataType.DOUBLE, 10), 1);
    }

    private static void checkFiniteDifferences(Mlp mlp, int rows) {
        double[] in = random(rows * mlp.inputSize(), 5, 1.5);
        double[] r = random(rows * outputSize(mlp), 6, 1); // loss = sum(output * r)
        forward(mlp, in);
        Mlp.Pass p = mlp.pass(rows);
        Host.put(p.outputGrad(), r, r.length);
        mlp.backward(p, true, true);
        double[] paramGrad = mlp.gradient().toDoubleVector();
        double[] inputGrad = new double[in.length];
        Host.get(p.inputGrad(), inputGrad, in.length);

        INDArray params = mlp.params();
        for (int i = 0; i < paramGrad.length; i++) {
            double v = params.getDouble(i);
            params.putScalar(i, v + EPS);
            double plus = dot(forward(mlp, in), r);
            params.putScalar(i, v - EPS);
            double minus = dot(forward(mlp, in), r);
            params.putScalar(i, v);
            assertThat(paramGrad[i])
                    .as("param %d", i)
                    .isCloseTo((plus - minus) / (2 * EPS), tol(paramGrad[i]));
        }
        for (int i = 0; i < in.length; i++) {
            double[] shifted = in.clone();
            shifted[i] += EPS;
            double plus = dot(forward(mlp, shifted), r);
            shifted[i] -= 2 * EPS;
            double minus = dot(forward(mlp, shifted), r);
            assertThat(inputGrad[i])
                    .as("input %d", i)
                    .isCloseTo((plus - minus) / (2 * EPS), tol(inputGrad[i]));
        }
    }

    static final double EPS = 1e-6;

    static org.assertj.core.data.Offset<Double> tol(double expected) {
        return org.assertj.core.data.Offset.offset(1e-6 + 1e-5 * Math.abs(expected));
    }

    private static INDArray dl4jGradient(
            Mlp mlp,
            Activation hidden,
            IActivation outAct,
            LossFunction loss,
            double[] in,
            double[] labels) {
        MultiLayerConfiguration conf =
                new NeuralNetConfiguration.Builder()
                        .dataType(DataType.DOUBLE)
                        .updater(new NoOp())
                        .list()
                        .layer(dense(WIDTHS[0], WIDTHS[1], hidden))
                        .layer(dense(WIDTHS[1], WIDTHS[2], hidden))
                        .layer(
                                new OutputLayer.Builder(loss)
                                        .nIn(WIDTHS[2])
                                        .nOut(WIDTHS[3])
                                        .activation(outAct)
                                        .build())
                        .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        net.setParams(mlp.params().reshape(1, -1).dup());
        net.setInput(org.nd4j.linalg.factory.Nd4j.create(in, new long[] {ROWS, WIDTHS[0]}, 'c'));
        net.setLabels(
                org.nd4j.linalg.factory.Nd4j.create(labels, new long[] {ROWS, WIDTHS[3]}, 'c'));
        net.computeGradientAndScore();
        return net.gradient().gradient();
    }

    private static DenseLayer dense(int in, int out, Activation a) {
        IActivation act =
                switch (a) {
                    case RELU -> new ActivationReLU();
                    case LEAKY_RELU -> new ActivationLReLU(0.2);
                    case TANH -> new ActivationTanH();
                    case SIGMOID -> new ActivationSigmoid();
                    case IDENTITY -> new ActivationIdentity();
                };
        return new DenseLayer.Builder().nIn(in).nOut(out).activation(act).build();
    }

    private static int outputSize(Mlp mlp) {
        return (int) mlp.pass(1).outputGrad().length();
    }

    static double[] forward(Mlp mlp, double[] in) {
        Mlp.Pass p = mlp.pass(in.length / mlp.inputSize());
        Host.put(p.input, in, in.length);
        INDArray out = mlp.forward(p);
        double[] y = new double[(int) out.length()];
        Host.get(out, y, y.length);
        return y;
    }

    private static INDArray backward(Mlp mlp, double[] dy) {
        Mlp.Pass p = mlp.pass(dy.length / outputSize(mlp));
        Host.put(p.outputGrad(), dy, dy.length);
        mlp.backward(p, true, false);
        return mlp.gradient().dup();
    }

    static double[] random(int n, long seed, double scale) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = scale * rng.nextGaussian();
        }
        return a;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void assertClose(INDArray mine, INDArray theirs) {
        double[] a = mine.toDoubleVector();
        double[] b = theirs.reshape(-1).toDoubleVector();
        assertThat(a).hasSameSizeAs(b);
        for (int i = 0; i < a.length; i++) {
            double scale = Math.max(Math.abs(a[i]), Math.abs(b[i]));
            assertThat(Math.abs(a[i] - b[i]))
                    .as("gradient %d: %s vs DL4J %s", i, a[i], b[i])
                    .isLessThanOrEqualTo(1e-4 * scale + 1e-12);
        }
    }
}
