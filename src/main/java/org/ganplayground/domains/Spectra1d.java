package org.ganplayground.domains;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ganplayground.guardrails.FeatureInfo;

/**
 * Energies of detector events in [0, 10] GeV: a Gaussian resonance peak on a falling exponential
 * background. The network sees {@code (E - 5) / 2.5}, so the range maps to [-2, 2].
 */
public final class Spectra1d implements Domain {

    public static final double MAX_ENERGY = 10;
    static final double MID = 5;
    static final double SCALE = 2.5;
    public static final int BINS = 40;

    /** Names of the snapshot arrays holding {@link #BINS} counts of real and forged energies. */
    public static final String REAL_HISTOGRAM = "real_histogram";

    public static final String FAKE_HISTOGRAM = "fake_histogram";

    /** An event is in the peak when within this many widths of the peak position. */
    static final double WINDOW_WIDTHS = 2;

    @Override
    public String id() {
        return "spectra-1d";
    }

    @Override
    public String title() {
        return "Particle energy spectrum";
    }

    @Override
    public String noun() {
        return "particle energies";
    }

    @Override
    public String description() {
        return "Each real sample is the energy of one detector event, 0 to 10 GeV. Most events are"
                + " background that falls off with energy; some come from a particle that decays"
                + " and pile up in a peak. Can the forger reproduce the bump?";
    }

    @Override
    public int sampleSize() {
        return 1;
    }

    @Override
    public boolean outputIsBounded() {
        return false;
    }

    @Override
    public PictureKind pictureKind() {
        return PictureKind.HISTOGRAM;
    }

    @Override
    public List<ParamInfo> params() {
        return List.of(
                ParamInfo.number(
                        "peak", "Peak energy", 1, 9, "5", "Energy of the resonance peak, in GeV."),
                ParamInfo.number(
                        "width", "Peak width", 0.1, 1.5, "0.4", "Width (std) of the peak, in GeV."),
                ParamInfo.number(
                        "slope",
                        "Background slope",
                        0.1,
                        2,
                        "0.5",
                        "How fast the background falls, per GeV."),
                ParamInfo.number(
                        "signal",
                        "Signal share",
                        0.05,
                        0.95,
                        "0.3",
                        "Share of events in the peak."));
    }

    @Override
    public DomainSetup setup(DomainSpec spec) {
        return new Setup(this, spec, Params.validate(id(), params(), spec));
    }

    static float toNetwork(double energy) {
        return (float) ((energy - MID) / SCALE);
    }

    static double toEnergy(float x) {
        return MID + SCALE * x;
    }

    private static final class Setup extends DomainSetup {

        private final double peak;
        private final double width;
        private final double slope;
        private final double signal;
        private final List<FeatureInfo> features;
        private final double inWindow;

        Setup(Domain domain, DomainSpec spec, Params params) {
            super(domain, spec);
            peak = params.number("peak");
            width = params.number("width");
            slope = params.number("slope");
            signal = params.number("signal");
            features =
                    List.of(
                            FeatureInfo.continuous(
                                    "energy", "energy of the event in GeV", 0, 10, 0.1),
                            FeatureInfo.attribute(
                                    "in_peak",
                                    "1 if the energy lies within 2 peak widths of the peak",
                                    0,
                                    1,
                                    List.of(0, 1)));
            inWindow = windowShare();
        }

        @Override
        public List<FeatureInfo> features() {
            return features;
        }

        /**
         * in_peak is the window, not the component: a background event inside the window counts as
         * in the peak, so the condition always agrees with the measured feature. Weighting the two
         * values by the window's share and re-drawing until the window matches keeps the spectrum
         * exactly the mixture.
         */
        @Override
        protected double weight(String feature, int value) {
            return value == 1 ? inWindow : 1 - inWindow;
        }

        private double windowShare() {
            SplittableRandom rng = new SplittableRandom(7);
            float[] x = new float[1];
            int inside = 0;
            int draws = 20_000;
            for (int i = 0; i < draws; i++) {
                x[0] = toNetwork(energy(rng));
                inside += (int) measure(x, 0)[1];
            }
            return inside / (double) draws;
        }

        @Override
        protected void drawOne(SplittableRandom rng, int[] attributes, float[] x, int offset) {
            x[offset] = toNetwork(energy(rng));
            for (int tries = 0; attributes != null && tries < 10_000; tries++) {
                if (measure(x, offset)[1] == attributes[0]) {
                    return;
                }
                x[offset] = toNetwork(energy(rng));
            }
        }

        private double energy(SplittableRandom rng) {
            double energy;
            if (rng.nextDouble() < signal) {
                do {
                    energy = peak + width * Points2d.gaussian(rng);
                } while (energy < 0 || energy > MAX_ENERGY);
            } else {
                // inverse CDF of exp(-slope E) truncated to [0, MAX_ENERGY]
                double tail = Math.exp(-slope * MAX_ENERGY);
                energy = -Math.log(1 - rng.nextDouble() * (1 - tail)) / slope;
            }
            return energy;
        }

        @Override
        public double[] measure(float[] samples, int offset) {
            double energy = toEnergy(samples[offset]);
            boolean inPeak = Math.abs(energy - peak) <= WINDOW_WIDTHS * width;
            return new double[] {energy, inPeak ? 1 : 0};
        }

        @Override
        public double[] natural(float[] x, int offset) {
            return new double[] {toEnergy(x[offset])};
        }

        @Override
        protected QualityReport compare(float[] real, float[] fake, int n) {
            double[] a = new double[n];
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = toEnergy(real[i]);
                b[i] = toEnergy(fake[i]);
            }
            Map<String, Double> metrics = new LinkedHashMap<>();
            metrics.put("ks", Stats.ks(a, b));
            metrics.put("wasserstein", Stats.wasserstein(a, b));
            Map<String, float[]> arrays = new LinkedHashMap<>();
            arrays.put(REAL_HISTOGRAM, Stats.histogram(a, 0, MAX_ENERGY, BINS));
            arrays.put(FAKE_HISTOGRAM, Stats.histogram(b, 0, MAX_ENERGY, BINS));
            return new QualityReport(metrics, arrays);
        }
    }
}
