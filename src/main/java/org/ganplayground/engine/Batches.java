package org.ganplayground.engine;

/** Row-wise concatenation on the host: building concat(x, c) here costs no ND4J op. */
final class Batches {

    private Batches() {}

    /**
     * How much a one-hot condition entry is scaled by next to {@code otherWidth} inputs of unit
     * size: sqrt(otherWidth) gives the condition as much say in the first layer's pre-activations
     * as the rest of the input together. At 1, a creature forger (32 noise inputs) and inspector
     * (784 pixels) hardly saw the condition: both collapsed onto one leg count whatever was asked
     * (measured in {@code ConditioningTest}).
     */
    static float conditionGain(int otherWidth) {
        return (float) Math.sqrt(otherWidth);
    }

    /** Writes n rows of [a row (aw floats), gain * c row (cw floats)] into out from outOffset. */
    static void interleave(
            float[] a, int aw, float[] c, int cw, float gain, int n, float[] out, int outOffset) {
        int w = aw + cw;
        for (int i = 0; i < n; i++) {
            System.arraycopy(a, i * aw, out, outOffset + i * w, aw);
            for (int j = 0; j < cw; j++) {
                out[outOffset + i * w + aw + j] = gain * c[i * cw + j];
            }
        }
    }
}
