package org.ganplayground.engine;

/**
 * Loss values and dL/dy for the inspector's raw output y (a logit for the BCE losses), on the Java
 * side: a batch has at most a few hundred outputs, cheaper than any ND4J op.
 */
final class Losses {

    private Losses() {}

    /**
     * Inspector loss: mean over the real rows [0, nReal) towards {@code realTarget} plus mean over
     * the fake rows [nReal, nReal + nFake) towards 0.
     */
    static double inspector(
            LossKind kind, double[] y, int nReal, int nFake, double realTarget, double[] grad) {
        double loss = 0;
        for (int i = 0; i < nReal + nFake; i++) {
            boolean real = i < nReal;
            double t = real ? realTarget : 0;
            double scale = 1.0 / (real ? nReal : nFake);
            if (kind == LossKind.LEAST_SQUARES) {
                double e = y[i] - t;
                loss += scale * e * e;
                grad[i] = scale * 2 * e;
            } else {
                loss += scale * (softplus(y[i]) - t * y[i]);
                grad[i] = scale * (sigmoid(y[i]) - t);
            }
        }
        return loss;
    }

    /** Forger loss, mean over n rows times {@code scale} (1 for per-sample gradients). */
    static double forger(LossKind kind, double[] y, int n, double scale, double[] grad) {
        double loss = 0;
        double s = scale / n;
        for (int i = 0; i < n; i++) {
            switch (kind) {
                case NON_SATURATING -> { // -log D = softplus(-y)
                    loss += s * softplus(-y[i]);
                    grad[i] = s * (sigmoid(y[i]) - 1);
                }
                case MINIMAX -> { // log(1 - D) = -softplus(y)
                    loss -= s * softplus(y[i]);
                    grad[i] = -s * sigmoid(y[i]);
                }
                case LEAST_SQUARES -> {
                    double e = y[i] - 1;
                    loss += s * e * e;
                    grad[i] = s * 2 * e;
                }
            }
        }
        return loss;
    }

    /** The inspector's verdict in [0, 1]: sigmoid of the logit, or LSGAN's output clipped. */
    static double score(LossKind kind, double y) {
        return kind == LossKind.LEAST_SQUARES ? Math.min(1, Math.max(0, y)) : sigmoid(y);
    }

    static double sigmoid(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }

    /** log(1 + e^x) without overflow. */
    static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }
}
