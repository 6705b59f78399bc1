package org.ganplayground.engine;

import java.util.SplittableRandom;
import org.ganplayground.domains.RealSampler;

/** 8 Gaussians on a circle of radius 2; conditioned, it also gives the mode as a one-hot. */
final class RingSampler implements RealSampler {

    static final int MODES = 8;
    static final double RADIUS = 2;

    private final double std;
    private final boolean conditioned;

    RingSampler(double std, boolean conditioned) {
        this.std = std;
        this.conditioned = conditioned;
    }

    @Override
    public int sampleSize() {
        return 2;
    }

    @Override
    public int conditionSize() {
        return conditioned ? MODES : 0;
    }

    @Override
    public void draw(SplittableRandom rng, int n, float[] x, float[] c) {
        for (int i = 0; i < n; i++) {
            int mode = rng.nextInt(MODES);
            x[2 * i] = (float) (modeX(mode) + std * rng.nextGaussian());
            x[2 * i + 1] = (float) (modeY(mode) + std * rng.nextGaussian());
            if (conditioned) {
                java.util.Arrays.fill(c, i * MODES, (i + 1) * MODES, 0f);
                c[i * MODES + mode] = 1;
            }
        }
    }

    @Override
    public void requestedCondition(int n, float[] c) {
        if (conditioned) {
            java.util.Arrays.fill(c, 0, n * MODES, 0f);
            for (int i = 0; i < n; i++) {
                c[i * MODES] = 1;
            }
        }
    }

    static double modeX(int mode) {
        return RADIUS * Math.cos(2 * Math.PI * mode / MODES);
    }

    static double modeY(int mode) {
        return RADIUS * Math.sin(2 * Math.PI * mode / MODES);
    }

    /** The mode within {@code radius} of (x, y), or -1. */
    static int nearMode(double x, double y, double radius) {
        for (int m = 0; m < MODES; m++) {
            if (Math.hypot(x - modeX(m), y - modeY(m)) <= radius) {
                return m;
            }
        }
        return -1;
    }
}
