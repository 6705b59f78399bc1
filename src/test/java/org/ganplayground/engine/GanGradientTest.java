package org.ganplayground.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Finite-difference checks of the whole game in DOUBLE: both losses, both nets, cGAN too, with a
 * plain and a packing inspector (packs of 2: the feedback check's 3 samples make one full pack and
 * one filled up from the first sample).
 */
class GanGradientTest {

    private static final double EPS = 1e-6;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Activation a : Activation.values()) {
            for (LossKind loss : LossKind.values()) {
                for (int packing : new int[] {1, 2}) {
                    cases.add(Arguments.of(a, loss, null, packing));
                    for (Conditioning c : Conditioning.values()) {
                        cases.add(Arguments.of(a, loss, c, packing));
                    }
                }
            }
        }
        return cases.stream();
    }

    private static GanTrainer trainer(
            Activation a, LossKind loss, Conditioning conditioning, int packing) {
        boolean conditioned = conditioning != null;
        NetSpec net = NetSpec.of(a, 5, 3);
        TrainerSpec spec =
                new TrainerSpec(
                        net,
                        conditioned ? Activation.TANH : Activation.IDENTITY,
                        net,
                        OptimizerSpec.adam(1e-3, 0.5),
                        new OptimizerSpec(OptimizerSpec.Kind.SGD, 0.1, 0),
                        loss,
                        1,
                        4,
                        2,
                        NoiseKind.GAUSSIAN,
                        0.1,
                        packing,
                        conditioned ? conditioning : Conditioning.INPUT,
                        0,
                        11);
        GanTrainer t = new GanTrainer(spec, new RingSampler(0.3, conditioned), DataType.DOUBLE);
        jitter(t.forger());
        jitter(t.inspector());
        return t;
    }

    /** Non-zero biases: with zero ones a ReLU row can sit exactly on its kink. */
    private static void jitter(Mlp net) {
        INDArray p = net.params();
        double[] noise = MlpGradientTest.random((int) p.length(), p.length(), 0.1);
        p.addi(org.nd4j.linalg.factory.Nd4j.create(noise, p.shape(), 'c'));
    }

    @ParameterizedTest(name = "{0} {1} condition={2} packing={3}")
    @MethodSource("cases")
    void inspector_loss_gradient_matches_finite_differences(
            Activation a, LossKind loss, Conditioning conditioned, int packing) {
        GanTrainer t = trainer(a, loss, conditioned, packing);
        t.inspectorLossAndGradient();
        checkGradient(t.inspector(), t::inspectorLossAndGradient);
    }

    @ParameterizedTest(name = "{0} {1} condition={2} packing={3}")
    @MethodSource("cases")
    void forger_loss_gradient_through_inspector_matches_finite_differences(
            Activation a, LossKind loss, Conditioning conditioned, int packing) {
        GanTrainer t = trainer(a, loss, conditioned, packing);
        t.forgerLossAndGradient();
        checkGradient(t.forger(), t::forgerLossAndGradient);
    }

    @ParameterizedTest(name = "{0} {1} condition={2} packing={3}")
    @MethodSource("cases")
    void feedback_direction_is_minus_the_gradient_of_the_forger_loss_per_sample(
            Activation a, LossKind loss, Conditioning conditioned, int packing) {
        GanTrainer t = trainer(a, loss, conditioned, packing);
        RingSampler sampler = new RingSampler(0.3, conditioned != null);
        int n = 3;
        float[] x = new float[n * 2];
        float[] c = new float[n * sampler.conditionSize()];
        sampler.draw(new java.util.SplittableRandom(5), n, x, c);
        float[] feedback = t.feedbackDirection(x, c, n);
        for (int i = 0; i < x.length; i++) {
            float[] plus = x.clone();
            plus[i] += 1e-3f;
            float[] minus = x.clone();
            minus[i] -= 1e-3f;
            int row = i / 2;
            double derivative =
                    (forgerLoss(t, loss, plus, c, n, row, packing)
                                    - forgerLoss(t, loss, minus, c, n, row, packing))
                            / (plus[i] - minus[i]);
            assertThat(feedback[i])
                    .as("sample coordinate %d", i)
                    .isCloseTo(
                            (float) -derivative,
                            org.assertj.core.data.Offset.offset(
                                    1e-4f + 1e-3f * Math.abs(feedback[i])));
        }
    }

    /** The forger's loss on the pack that holds sample {@code row}, from the inspector's output. */
    private static double forgerLoss(
            GanTrainer t, LossKind loss, float[] x, float[] c, int n, int row, int packing) {
        return t.forgerLosses(x, c, n)[row / packing];
    }

    private static void checkGradient(Mlp net, DoubleSupplier loss) {
        double[] analytic = net.gradient().toDoubleVector();
        INDArray params = net.params();
        for (int i = 0; i < analytic.length; i++) {
            double v = params.getDouble(i);
            params.putScalar(i, v + EPS);
            double plus = loss.getAsDouble();
            params.putScalar(i, v - EPS);
            double minus = loss.getAsDouble();
            params.putScalar(i, v);
            double numeric = (plus - minus) / (2 * EPS);
            assertThat(analytic[i])
                    .as("parameter %d", i)
                    .isCloseTo(
                            numeric,
                            org.assertj.core.data.Offset.offset(1e-7 + 1e-5 * Math.abs(numeric)));
        }
    }
}
