package org.ganplayground.domains;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.ganplayground.guardrails.FeatureInfo;

/**
 * Points in the plane: the classic mode-collapse playground. A sample is (x, y) as it is, no
 * scaling. Every shape has noise of standard deviation {@code 0.05 * spread}: 0.05 sits in the
 * 0.02-0.05 range of VEEGAN and PacGAN and still shows as a visible blob in a plot of radius 2.
 */
public final class Points2d implements Domain {

    static final double BASE_STD = 0.05;

    /** Extent of the KL/JS histogram: every shape's real points lie well inside. */
    static final double EXTENT = 3.5;

    static final int GRID = 32;

    @Override
    public String id() {
        return "points-2d";
    }

    @Override
    public String title() {
        return "Points in the plane";
    }

    @Override
    public String noun() {
        return "2-D points";
    }

    @Override
    public String description() {
        return "Each real sample is a point (x, y). The forger learns to place points where real"
                + " ones lie: eight blobs on a ring, a 5 x 5 grid, two moons, a spiral, or blobs"
                + " you draw yourself. Watch whether it covers every blob or collapses onto a few.";
    }

    @Override
    public int sampleSize() {
        return 2;
    }

    @Override
    public boolean outputIsBounded() {
        return false;
    }

    @Override
    public PictureKind pictureKind() {
        return PictureKind.PLANE;
    }

    @Override
    public List<ParamInfo> params() {
        return List.of(
                ParamInfo.choice(
                        "shape",
                        "Shape",
                        "ring8",
                        "Where the real points lie.",
                        "ring8",
                        "Ring of 8",
                        "grid25",
                        "Grid of 25",
                        "moons",
                        "Two moons",
                        "spiral",
                        "Spiral",
                        "drawn",
                        "Your own blobs"),
                ParamInfo.number(
                        "spread", "Spread", 0.2, 5, "1", "Noise around each blob or curve."),
                ParamInfo.text(
                                "points",
                                "Blob centres",
                                "0,1.5 -1.3,-0.75 1.3,-0.75",
                                "Up to 50 blob centres as x,y pairs separated by spaces, each"
                                        + " coordinate from -2.5 to 2.5.")
                        .onlyWhen("shape", "drawn"));
    }

    @Override
    public DomainSetup setup(DomainSpec spec) {
        Params params = Params.validate(id(), params(), spec);
        String shape = params.text("shape");
        double std = BASE_STD * params.number("spread");
        double[][] modes =
                switch (shape) {
                    case "ring8" -> ring();
                    case "grid25" -> grid();
                    case "drawn" -> drawn(params.text("points"));
                    default -> null;
                };
        return new PointsSetup(this, spec, shape, std, modes);
    }

    private static double[][] ring() {
        return IntStream.range(0, 8)
                .mapToObj(
                        k ->
                                new double[] {
                                    2 * Math.cos(k * Math.PI / 4), 2 * Math.sin(k * Math.PI / 4)
                                })
                .toArray(double[][]::new);
    }

    private static double[][] grid() {
        return IntStream.range(0, 25)
                .mapToObj(k -> new double[] {k % 5 - 2, k / 5 - 2})
                .toArray(double[][]::new);
    }

    static double[][] drawn(String text) {
        List<double[]> points = new ArrayList<>();
        for (String pair : text.strip().split("\\s+")) {
            String[] xy = pair.split(",");
            try {
                double x = Double.parseDouble(xy[0]);
                double y = Double.parseDouble(xy[1]);
                // written so that NaN fails too
                if (xy.length != 2 || !(Math.abs(x) <= 2.5) || !(Math.abs(y) <= 2.5)) {
                    throw new NumberFormatException();
                }
                points.add(new double[] {x, y});
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(
                        "cannot read '"
                                + (pair.length() > 20 ? pair.substring(0, 20) + "..." : pair)
                                + "': write centres like '0,1.5 -1.3,-0.75' with x and y"
                                + " between -2.5 and 2.5");
            }
        }
        if (points.isEmpty() || points.size() > 50) {
            throw new IllegalArgumentException("draw between 1 and 50 points");
        }
        return points.toArray(double[][]::new);
    }

    /** Draws a standard normal value (Box-Muller), so samples depend only on the given rng. */
    static double gaussian(SplittableRandom rng) {
        double u = 1 - rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    static List<FeatureInfo> features(double[][] modes) {
        List<FeatureInfo> features = new ArrayList<>();
        features.add(
                FeatureInfo.continuous("radius", "distance from the centre (0, 0)", 0, 10, 0.1));
        features.add(
                FeatureInfo.continuous(
                        "angle",
                        "direction from the centre in degrees, 0 = right, 90 = up",
                        0,
                        360,
                        5));
        features.add(
                FeatureInfo.count(
                        "sector",
                        "which of 8 slices of 45 degrees, centred on 0, 45, ..., 315",
                        0,
                        7));
        if (modes != null) {
            features.add(
                    FeatureInfo.attribute(
                            "mode",
                            "index of the nearest blob (ring: 0 = right, counter-clockwise)",
                            0,
                            modes.length - 1,
                            IntStream.range(0, modes.length).boxed().toList()));
            features.add(
                    FeatureInfo.continuous(
                            "mode_distance",
                            "distance to the nearest blob centre in noise standard deviations",
                            0,
                            1000,
                            0.5));
        }
        return features;
    }
}
