package org.ganplayground.domains;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ganplayground.guardrails.FeatureInfo;

/** Points of one shape: drawing, measuring, and the VEEGAN/PacGAN quality measures. */
final class PointsSetup extends DomainSetup {

    /** A forged point is high quality within 3 noise standard deviations of real data. */
    static final double HIGH_QUALITY_STDS = 3;

    /**
     * A mode is covered when it gets at least 1 % of the forged points (high-quality ones only).
     */
    static final double COVERED_SHARE = 0.01;

    private final String shape;
    private final double std;
    private final double[][] modes;
    private final List<FeatureInfo> features;

    PointsSetup(Domain domain, DomainSpec spec, String shape, double std, double[][] modes) {
        super(domain, spec);
        this.shape = shape;
        this.std = std;
        this.modes = modes;
        this.features = Points2d.features(modes);
    }

    double std() {
        return std;
    }

    @Override
    public List<FeatureInfo> features() {
        return features;
    }

    @Override
    protected void drawOne(SplittableRandom rng, int[] attributes, float[] x, int offset) {
        double cx;
        double cy;
        if (modes != null) {
            cx = modes[attributes[0]][0];
            cy = modes[attributes[0]][1];
        } else if (shape.equals("moons")) {
            double t = Math.PI * rng.nextDouble();
            boolean upper = rng.nextBoolean();
            // scikit-learn's two moons, centred and scaled by 1.5 to match the ring's size
            cx = 1.5 * ((upper ? Math.cos(t) : 1 - Math.cos(t)) - 0.5);
            cy = 1.5 * ((upper ? Math.sin(t) : 0.5 - Math.sin(t)) - 0.25);
        } else {
            double t = rng.nextDouble();
            double r = 0.3 + 2.2 * t;
            cx = r * Math.cos(3 * Math.PI * t);
            cy = r * Math.sin(3 * Math.PI * t);
        }
        x[offset] = (float) (cx + std * Points2d.gaussian(rng));
        x[offset + 1] = (float) (cy + std * Points2d.gaussian(rng));
    }

    @Override
    public double[] measure(float[] samples, int offset) {
        double x = samples[offset];
        double y = samples[offset + 1];
        double angle = Math.toDegrees(Math.atan2(y, x));
        angle = angle < 0 ? angle + 360 : angle;
        int sector = (int) Math.floor(((angle + 22.5) % 360) / 45);
        double radius = Math.hypot(x, y);
        if (modes == null) {
            return new double[] {radius, angle, sector};
        }
        int nearest = nearest(x, y);
        double distance = Math.hypot(x - modes[nearest][0], y - modes[nearest][1]) / std;
        return new double[] {radius, angle, sector, nearest, distance};
    }

    private int nearest(double x, double y) {
        int best = 0;
        for (int k = 1; k < modes.length; k++) {
            if (Math.hypot(x - modes[k][0], y - modes[k][1])
                    < Math.hypot(x - modes[best][0], y - modes[best][1])) {
                best = k;
            }
        }
        return best;
    }

    @Override
    public double[] natural(float[] x, int offset) {
        return new double[] {x[offset], x[offset + 1]};
    }

    @Override
    protected QualityReport compare(float[] real, float[] fake, int n) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        Map<String, float[]> arrays = new LinkedHashMap<>();
        int highQuality = 0;
        if (modes != null) {
            float[] perMode = new float[modes.length];
            for (int i = 0; i < n; i++) {
                double[] m = measure(fake, 2 * i);
                if (m[4] <= HIGH_QUALITY_STDS) {
                    highQuality++;
                    perMode[(int) m[3]]++;
                }
            }
            int covered = 0;
            for (float count : perMode) {
                covered += count >= COVERED_SHARE * n ? 1 : 0;
            }
            metrics.put("high_quality", highQuality / (double) n);
            metrics.put("modes_covered", (double) covered);
            metrics.put("modes_total", (double) modes.length);
            arrays.put("mode_counts", perMode);
        } else {
            for (int i = 0; i < n; i++) {
                highQuality += nearReal(real, n, fake[2 * i], fake[2 * i + 1]) ? 1 : 0;
            }
            metrics.put("high_quality", highQuality / (double) n);
            metrics.put("modes_covered", Double.NaN);
            metrics.put("modes_total", Double.NaN);
        }
        float[] realGrid = grid(real, n);
        float[] fakeGrid = grid(fake, n);
        metrics.put("kl", Stats.kl(realGrid, fakeGrid));
        metrics.put("js", Stats.js(realGrid, fakeGrid));
        return new QualityReport(metrics, arrays);
    }

    private boolean nearReal(float[] real, int n, double x, double y) {
        double limit = HIGH_QUALITY_STDS * std;
        for (int j = 0; j < n; j++) {
            if (Math.hypot(x - real[2 * j], y - real[2 * j + 1]) <= limit) {
                return true;
            }
        }
        return false;
    }

    private static float[] grid(float[] points, int n) {
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = points[2 * i];
            ys[i] = points[2 * i + 1];
        }
        return Stats.histogram2d(xs, ys, -Points2d.EXTENT, Points2d.EXTENT, Points2d.GRID);
    }
}
