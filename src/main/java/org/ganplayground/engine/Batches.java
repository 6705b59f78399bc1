package org.ganplayground.engine;

/** Row-wise concatenation on the host: building concat(x, c) here costs no ND4J op. */
final class Batches {

    private Batches() {}

    /** Writes n rows of [a row (aw floats), c row (cw floats)] into out from outOffset. */
    static void interleave(
            float[] a, int aw, float[] c, int cw, int n, float[] out, int outOffset) {
        int w = aw + cw;
        for (int i = 0; i < n; i++) {
            System.arraycopy(a, i * aw, out, outOffset + i * w, aw);
            if (cw > 0) {
                System.arraycopy(c, i * cw, out, outOffset + i * w + aw, cw);
            }
        }
    }
}
