package org.ganplayground.domains;

import java.util.Arrays;
import java.util.List;
import org.ganplayground.guardrails.FeatureInfo;

/** Distances between a real and a forged batch, shared by the domains' quality reports. */
final class Stats {

    /** Added to every histogram bin so KL stays finite where one batch has no samples. */
    static final double EPSILON = 1e-6;

    private Stats() {}

    /** Counts of {@code values} in {@code bins} equal bins over [lo, hi); outliers are dropped. */
    static float[] histogram(double[] values, double lo, double hi, int bins) {
        float[] counts = new float[bins];
        for (double v : values) {
            int b = (int) Math.floor((v - lo) / (hi - lo) * bins);
            if (b >= 0 && b < bins) {
                counts[b]++;
            }
        }
        return counts;
    }

    /** Counts of points (x, y) on a bins x bins grid over [lo, hi)^2, row-major by y. */
    static float[] histogram2d(double[] xs, double[] ys, double lo, double hi, int bins) {
        float[] counts = new float[bins * bins];
        for (int i = 0; i < xs.length; i++) {
            int bx = (int) Math.floor((xs[i] - lo) / (hi - lo) * bins);
            int by = (int) Math.floor((ys[i] - lo) / (hi - lo) * bins);
            if (bx >= 0 && bx < bins && by >= 0 && by < bins) {
                counts[by * bins + bx]++;
            }
        }
        return counts;
    }

    /** KL(p || q) in nats of two histograms, each smoothed by EPSILON and normalised. */
    static double kl(float[] p, float[] q) {
        return kl(normalised(p), normalised(q));
    }

    /** Jensen-Shannon divergence in nats (at most ln 2). */
    static double js(float[] p, float[] q) {
        double[] a = normalised(p);
        double[] b = normalised(q);
        double[] m = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            m[i] = (a[i] + b[i]) / 2;
        }
        return (kl(a, m) + kl(b, m)) / 2;
    }

    private static double kl(double[] a, double[] b) {
        double kl = 0;
        for (int i = 0; i < a.length; i++) {
            kl += a[i] * Math.log(a[i] / b[i]);
        }
        return kl;
    }

    private static double[] normalised(float[] h) {
        double sum = 0;
        for (float v : h) {
            sum += v + EPSILON;
        }
        double[] out = new double[h.length];
        for (int i = 0; i < h.length; i++) {
            out[i] = (h[i] + EPSILON) / sum;
        }
        return out;
    }

    /** Kolmogorov-Smirnov statistic: the largest gap between the two empirical CDFs. */
    static double ks(double[] a, double[] b) {
        double[] x = sorted(a);
        double[] y = sorted(b);
        int i = 0;
        int j = 0;
        double gap = 0;
        while (i < x.length && j < y.length) {
            double v = Math.min(x[i], y[j]);
            while (i < x.length && x[i] <= v) {
                i++;
            }
            while (j < y.length && y[j] <= v) {
                j++;
            }
            gap = Math.max(gap, Math.abs(i / (double) x.length - j / (double) y.length));
        }
        return gap;
    }

    /** 1-D Wasserstein-1 distance: the area between the two empirical CDFs. */
    static double wasserstein(double[] a, double[] b) {
        double[] x = sorted(a);
        double[] y = sorted(b);
        double[] all = new double[x.length + y.length];
        System.arraycopy(x, 0, all, 0, x.length);
        System.arraycopy(y, 0, all, x.length, y.length);
        Arrays.sort(all);
        double area = 0;
        int i = 0;
        int j = 0;
        for (int k = 0; k < all.length - 1; k++) {
            while (i < x.length && x[i] <= all[k]) {
                i++;
            }
            while (j < y.length && y[j] <= all[k]) {
                j++;
            }
            double gap = Math.abs(i / (double) x.length - j / (double) y.length);
            area += gap * (all[k + 1] - all[k]);
        }
        return area;
    }

    private static double[] sorted(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s;
    }

    /**
     * Frechet distance between Gaussians fitted to two sets of feature rows (the FID formula):
     * |mu_a - mu_b|^2 + tr(A + B - 2 (A^1/2 B A^1/2)^1/2). Features are first divided by the real
     * set's standard deviation so that a pixel count does not drown a 0-1 score, but by no less
     * than {@code minScale}: a feature every real sample shares (legs all 8, no eyes) has no
     * spread, and dividing by ~0 blew the distance up to 1e5..1e7 for one stray forgery.
     */
    static double frechet(double[][] real, double[][] fake, double[] minScale) {
        int d = real[0].length;
        double[] scale = new double[d];
        double[] mean = mean(real);
        for (int k = 0; k < d; k++) {
            double var = 0;
            for (double[] row : real) {
                var += (row[k] - mean[k]) * (row[k] - mean[k]);
            }
            scale[k] = Math.max(Math.sqrt(var / real.length), minScale[k]);
        }
        double[][] a = scaled(real, scale);
        double[][] b = scaled(fake, scale);
        double[] ma = mean(a);
        double[] mb = mean(b);
        double[][] ca = covariance(a, ma);
        double[][] cb = covariance(b, mb);
        double distance = 0;
        for (int k = 0; k < d; k++) {
            distance += (ma[k] - mb[k]) * (ma[k] - mb[k]) + ca[k][k] + cb[k][k];
        }
        double[][] rootA = Eigen.sqrt(ca);
        double[][] inner = Eigen.multiply(Eigen.multiply(rootA, cb), rootA);
        for (double lambda : Eigen.values(inner)) {
            distance -= 2 * Math.sqrt(Math.max(lambda, 0));
        }
        return Math.max(distance, 0);
    }

    /** Scale floors for {@link #frechet}: a fraction of each feature's declared range. */
    static double[] rangeFloors(List<FeatureInfo> features, double fraction) {
        return features.stream().mapToDouble(f -> fraction * (f.max() - f.min())).toArray();
    }

    private static double[][] scaled(double[][] rows, double[] scale) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = new double[scale.length];
            for (int k = 0; k < scale.length; k++) {
                out[i][k] = rows[i][k] / scale[k];
            }
        }
        return out;
    }

    static double[] mean(double[][] rows) {
        double[] m = new double[rows[0].length];
        for (double[] row : rows) {
            for (int k = 0; k < m.length; k++) {
                m[k] += row[k] / rows.length;
            }
        }
        return m;
    }

    private static double[][] covariance(double[][] rows, double[] mean) {
        int d = mean.length;
        double[][] c = new double[d][d];
        for (double[] row : rows) {
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    c[i][j] += (row[i] - mean[i]) * (row[j] - mean[j]) / rows.length;
                }
            }
        }
        return c;
    }
}
