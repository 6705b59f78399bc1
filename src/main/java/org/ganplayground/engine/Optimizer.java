package org.ganplayground.engine;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.AdamUpdater;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.SgdUpdater;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Sgd;

/** ND4J's updater applied once per step to a whole network's flat gradient (one fused op). */
final class Optimizer {

    private static final double ADAM_BETA2 = 0.999;
    private static final double ADAM_EPSILON = 1e-8;

    private final GradientUpdater<?> updater;
    private final INDArray state;
    private long updates;

    Optimizer(OptimizerSpec spec, Mlp net) {
        INDArray params = net.params();
        if (spec.kind() == OptimizerSpec.Kind.ADAM) {
            updater =
                    new AdamUpdater(
                            new Adam(spec.learningRate(), spec.beta1(), ADAM_BETA2, ADAM_EPSILON));
            state = Nd4j.create(params.dataType(), 2 * params.length());
            updater.setStateViewArray(state, params.shape(), 'c', true);
        } else {
            updater = new SgdUpdater(new Sgd(spec.learningRate()));
            state = null;
        }
    }

    /** Turns {@code gradient} into the update and subtracts it from {@code params}. */
    void step(INDArray params, INDArray gradient) {
        updater.applyUpdater(gradient, (int) updates, 0);
        params.subi(gradient);
        updates++;
    }

    long updates() {
        return updates;
    }

    float[] state() {
        return state == null ? new float[0] : Host.floats(state);
    }

    void restore(float[] saved, long savedUpdates) {
        long expected = state == null ? 0 : state.length();
        if (saved.length != expected) {
            throw new IllegalArgumentException(
                    "optimizer state has " + saved.length + " values, expected " + expected);
        }
        if (state != null) {
            Host.put(state, saved, saved.length);
        }
        updates = savedUpdates;
    }
}
