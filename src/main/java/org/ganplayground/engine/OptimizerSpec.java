package org.ganplayground.engine;

/** How one network's parameters move; beta1 is ignored by SGD. */
public record OptimizerSpec(Kind kind, double learningRate, double beta1) {

    public enum Kind {
        SGD,
        ADAM
    }

    public OptimizerSpec {
        if (kind == null || !(learningRate > 0) || !(beta1 >= 0 && beta1 < 1)) {
            throw new IllegalArgumentException(
                    "bad optimizer " + kind + " lr=" + learningRate + " beta1=" + beta1);
        }
    }

    public static OptimizerSpec adam(double learningRate, double beta1) {
        return new OptimizerSpec(Kind.ADAM, learningRate, beta1);
    }
}
