package org.ganplayground.engine;

/**
 * The projection inspector's verdict (see {@link Conditioning#PROJECTION}). Its network has {@code
 * 1 + k} outputs per row for a condition of k floats: output 0 is the unconditioned "looks real",
 * output 1 + j the sample's reading on condition entry j. The verdict is {@code o[0] + sum_j c[j]
 * o[1 + j]}: for a one-hot condition, the general verdict plus the reading on the value asked for
 * (the inner product of the value's embedding with the last hidden layer, both learned in the
 * output layer).
 */
final class Projection {

    private Projection() {}

    /**
     * Verdicts of {@code rows} rows: {@code out} holds rows x (1 + k) outputs, {@code cond} rows x
     * k condition floats, row r's condition at {@code cond[(r % condRows) * k]} (a batch of real
     * then fake rows shares one batch of conditions).
     */
    static void verdicts(
            double[] out, int rows, int k, float[] cond, int condRows, double[] verdicts) {
        int w = 1 + k;
        for (int r = 0; r < rows; r++) {
            int cr = (r % condRows) * k;
            double v = out[r * w];
            for (int j = 0; j < k; j++) {
                v += cond[cr + j] * out[r * w + 1 + j];
            }
            verdicts[r] = v;
        }
    }

    /**
     * The outputs' gradient for the verdicts' gradient {@code dy}: d o[0] = dy, d o[1+j] = dy c[j].
     */
    static void outputGradient(
            double[] dy, int rows, int k, float[] cond, int condRows, double[] grad) {
        int w = 1 + k;
        for (int r = 0; r < rows; r++) {
            int cr = (r % condRows) * k;
            grad[r * w] = dy[r];
            for (int j = 0; j < k; j++) {
                grad[r * w + 1 + j] = dy[r] * cond[cr + j];
            }
        }
    }
}
