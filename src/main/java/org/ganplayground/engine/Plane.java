package org.ganplayground.engine;

import java.util.Map;

/**
 * GAN Lab's views of a 2-D run: the inspector's verdict over the plane, the forger's warp of a
 * noise grid, and where the inspector's feedback pushes each forgery.
 */
final class Plane {

    static final String EXTENT = "extent";
    static final String HEATMAP = "heatmap";
    static final String WARP = "warp";
    static final String ARROWS = "arrows";

    private Plane() {}

    /** A square around the real data with a margin, fixed for the whole run. */
    static double[] extent(float[] real, int n) {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (int i = 0; i < 2 * n; i++) {
            lo = Math.min(lo, real[i]);
            hi = Math.max(hi, real[i]);
        }
        double mid = (lo + hi) / 2;
        double half = Math.max(0.5, (hi - lo) / 2) * 1.35;
        return new double[] {mid - half, mid + half, mid - half, mid + half};
    }

    static void views(
            GanTrainer trainer,
            TrainerSpec spec,
            float[] cond,
            double[] extent,
            float[] fakeShown,
            int shown,
            Map<String, float[]> out) {
        out.put(
                EXTENT,
                new float[] {
                    (float) extent[0], (float) extent[1], (float) extent[2], (float) extent[3]
                });
        out.put(HEATMAP, heatmap(trainer, cond, extent));
        out.put(WARP, warp(trainer, spec, cond));
        out.put(ARROWS, trainer.feedbackDirection(fakeShown, rows(cond, shown), shown));
    }

    private static float[] heatmap(GanTrainer trainer, float[] cond, double[] e) {
        int g = SnapshotMaker.GRID;
        float[] cells = new float[g * g * 2];
        for (int r = 0; r < g; r++) {
            for (int c = 0; c < g; c++) {
                int i = (r * g + c) * 2;
                cells[i] = (float) (e[0] + (c + 0.5) * (e[1] - e[0]) / g);
                cells[i + 1] = (float) (e[2] + (r + 0.5) * (e[3] - e[2]) / g);
            }
        }
        return trainer.inspect(cells, rows(cond, g * g), g * g);
    }

    /** The forger's image of a grid over the first two noise dimensions (the others at 0). */
    private static float[] warp(GanTrainer trainer, TrainerSpec spec, float[] cond) {
        int w = SnapshotMaker.WARP;
        int zDim = spec.noiseDim();
        // the grid spans where the noise lives: +-2 standard deviations, or the uniform range
        float span = spec.noise() == NoiseKind.UNIFORM ? 1f : 2f;
        float[] z = new float[w * w * zDim];
        for (int r = 0; r < w; r++) {
            for (int c = 0; c < w; c++) {
                int i = (r * w + c) * zDim;
                z[i] = span * (-1f + 2f * c / (w - 1));
                if (zDim > 1) {
                    z[i + 1] = span * (-1f + 2f * r / (w - 1));
                }
            }
        }
        return trainer.generate(z, rows(cond, w * w), w * w);
    }

    /** The first n rows of a condition batch (all rows are the same request), or null. */
    private static float[] rows(float[] cond, int n) {
        if (cond == null) {
            return null;
        }
        int width = cond.length / GanRun.EVAL_SAMPLES;
        float[] out = new float[n * width];
        for (int i = 0; i < n; i++) {
            System.arraycopy(cond, 0, out, i * width, width);
        }
        return out;
    }
}
