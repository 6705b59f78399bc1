package org.ganplayground.domains;

import java.util.SplittableRandom;

/**
 * Where the real samples of one run come from. The engine sees only flat float vectors in the
 * network's scale; what they mean (points, pixels, energies) stays in the domain.
 */
public interface RealSampler {

    /** Floats per sample, e.g. 2 for a point, 784 for a 28x28 sprite, 1 for an energy. */
    int sampleSize();

    /** Floats per condition vector; 0 when the run is not conditioned (guardrails not up front). */
    int conditionSize();

    /**
     * Draws {@code n} real samples. {@code x} receives n * sampleSize floats (row-major), {@code c}
     * receives n * conditionSize floats (each row the condition of that sample; may be null when
     * conditionSize is 0).
     */
    void draw(SplittableRandom rng, int n, float[] x, float[] c);

    /**
     * The condition the forger is asked for when it is judged: fills {@code c} with n rows of the
     * condition that satisfies the learner's guardrails. Does nothing when conditionSize is 0.
     */
    void requestedCondition(int n, float[] c);
}
