package org.ganplayground.engine;

/**
 * The classifying inspector's outputs (see {@link Conditioning#CLASSIFIER}, the auxiliary
 * classifier of Odena, Olah and Shlens 2017). Its network has {@code 1 + k} outputs per row for a
 * condition of k floats: output 0 is the verdict "looks real", output 1 + j its reading of
 * condition entry j in the sample, a logit that the entry is 1 (for a one-hot condition: that the
 * sample has that value). The reading is trained towards the labels of real samples only, so it
 * learns what a value looks like from the real data; the forger is trained to look real and to be
 * read as the value it was asked for.
 */
final class Classifier {

    /** The weight of the reading's loss beside the verdict's, for the inspector and the forger. */
    static final double WEIGHT = 1.0;

    private Classifier() {}

    /** Each row's verdict: its first output. */
    static void verdicts(double[] out, int rows, int k, double[] verdicts) {
        for (int r = 0; r < rows; r++) {
            verdicts[r] = out[r * (1 + k)];
        }
    }

    /** The outputs' gradient for the verdicts' gradient {@code dy}, the readings' left at 0. */
    static void verdictGradient(double[] dy, int rows, int k, double[] grad) {
        int w = 1 + k;
        for (int r = 0; r < rows; r++) {
            grad[r * w] = dy[r];
            java.util.Arrays.fill(grad, r * w + 1, r * w + w, 0);
        }
    }

    /**
     * The readings' loss on rows [0, rows): {@code scale} times the sum over rows and entries of
     * the binary cross-entropy between reading {@code out[r (1 + k) + 1 + j]} and label {@code
     * cond[r k + j]}. Its gradient is added to the readings' outputs in {@code grad}.
     */
    static double readingLoss(
            double[] out, int rows, int k, float[] cond, double scale, double[] grad) {
        double loss = 0;
        for (int r = 0; r < rows; r++) {
            loss += readingLossOfRow(out, r, k, cond, scale, grad);
        }
        return loss;
    }

    /** The readings' loss of row {@code r} alone (see above), its gradient added likewise. */
    static double readingLossOfRow(
            double[] out, int r, int k, float[] cond, double scale, double[] grad) {
        int w = 1 + k;
        double loss = 0;
        for (int j = 0; j < k; j++) {
            double o = out[r * w + 1 + j];
            double t = cond[r * k + j];
            loss += scale * (Losses.softplus(o) - t * o);
            grad[r * w + 1 + j] += scale * (Losses.sigmoid(o) - t);
        }
        return loss;
    }
}
