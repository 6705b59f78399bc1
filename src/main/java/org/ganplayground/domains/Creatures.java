package org.ganplayground.domains;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ganplayground.guardrails.FeatureInfo;

/**
 * 28 x 28 tarantula sprites in one canonical pose, pixels in [-1, 1] (-1 background, +1 ink). The
 * defaults (4, 6 or 8 legs, nothing else) are sprites a small GAN was measured to learn (the
 * creature figures in README.md); eyes, fangs and fur are extra parts a lesson can switch on.
 */
public final class Creatures implements Domain {

    /**
     * Leg widths beyond the fur radius that map to a hairiness of 0 and 1: measured on real
     * sprites, bare legs stay below 2.6 px and hairy ones above 5.3 px. The fur feature is 1 from
     * half-way (3.8 px), so real creatures measure exactly the fur they were drawn with and fur can
     * be given up front like legs.
     */
    static final double BARE_WIDTH = 2.6;

    static final double HAIRY_WIDTH = 5.0;

    /**
     * A feature counts in {@code feature_frechet} in units of at least 1 % of its range (legs 0.16,
     * fur 0.01, body area 7.8 px): with the default settings eyes, fangs and fur never vary and
     * legs need not, and their real spread of 0 must not turn one stray forgery into infinity.
     */
    static final double FRECHET_FLOOR = 0.01;

    @Override
    public String id() {
        return "creatures";
    }

    @Override
    public String title() {
        return "Creature sprites";
    }

    @Override
    public String noun() {
        return "creatures";
    }

    @Override
    public String description() {
        return "Each real sample is a 28 x 28 picture of a tarantula seen from above, head up:"
                + " a round body, 4, 6 or 8 legs, and if you like eyes (dark dots in the body),"
                + " two fangs and hairy legs. Can the forger learn to count legs?";
    }

    @Override
    public int sampleSize() {
        return SpriteDrawer.SIZE * SpriteDrawer.SIZE;
    }

    @Override
    public boolean outputIsBounded() {
        return true;
    }

    @Override
    public PictureKind pictureKind() {
        return PictureKind.SPRITES;
    }

    @Override
    public List<ParamInfo> params() {
        return List.of(
                ParamInfo.subset(
                        "legs",
                        "Legs",
                        "4,6,8",
                        "Leg counts real creatures have.",
                        "4",
                        "4 legs",
                        "6",
                        "6 legs",
                        "8",
                        "8 legs"),
                ParamInfo.subset(
                        "eyes",
                        "Eyes",
                        "0",
                        "Eye counts: dark dots in pairs from the head back.",
                        "0",
                        "no eyes",
                        "2",
                        "2 eyes",
                        "4",
                        "4 eyes",
                        "6",
                        "6 eyes",
                        "8",
                        "8 eyes"),
                ParamInfo.subset(
                        "fangs",
                        "Fangs",
                        "0",
                        "0 = no fangs, 2 = two fangs in front.",
                        "0",
                        "no fangs",
                        "2",
                        "2 fangs"),
                ParamInfo.subset(
                        "fur",
                        "Fur",
                        "0",
                        "0 = smooth legs, 1 = hairy legs.",
                        "0",
                        "smooth",
                        "1",
                        "hairy"),
                ParamInfo.number(
                        "body", "Body size", 0.85, 1.15, "1", "1 is a body of 6.8 x 9.2 pixels."),
                ParamInfo.number(
                        "leg_length",
                        "Leg length",
                        10,
                        12,
                        "11",
                        "Leg length in pixels from the centre."));
    }

    static double fur(double legWidth) {
        return Math.max(0, Math.min(1, (legWidth - BARE_WIDTH) / (HAIRY_WIDTH - BARE_WIDTH)));
    }

    @Override
    public DomainSetup setup(DomainSpec spec) {
        return new Setup(this, spec, Params.validate(id(), params(), spec));
    }

    private static final class Setup extends DomainSetup {

        private final List<FeatureInfo> features;
        private final double body;
        private final double legLength;

        Setup(Domain domain, DomainSpec spec, Params params) {
            super(domain, spec);
            this.body = params.number("body");
            this.legLength = params.number("leg_length");
            this.features =
                    List.of(
                            FeatureInfo.attribute(
                                    "legs",
                                    "legs crossing a circle of radius 7.5 px around the centre",
                                    0,
                                    16,
                                    params.ints("legs")),
                            FeatureInfo.attribute(
                                    "eyes", "dark dots inside the body", 0, 8, params.ints("eyes")),
                            FeatureInfo.attribute(
                                    "fangs",
                                    "short strokes in front of the head",
                                    0,
                                    2,
                                    params.ints("fangs")),
                            FeatureInfo.attribute(
                                    "fur",
                                    "hairy legs: 1 when the legs are thick with hair, 0 when"
                                            + " smooth",
                                    0,
                                    1,
                                    params.ints("fur")),
                            FeatureInfo.continuous(
                                    "symmetry",
                                    "agreement with the left-right mirror image, 0 to 1",
                                    0,
                                    1,
                                    0.05),
                            FeatureInfo.continuous(
                                    "body_area",
                                    "pixels in the thick central part (the body)",
                                    0,
                                    784,
                                    3));
        }

        @Override
        public List<FeatureInfo> features() {
            return features;
        }

        @Override
        protected void drawOne(SplittableRandom rng, int[] attributes, float[] x, int offset) {
            SpriteDrawer.draw(
                    rng,
                    attributes[0],
                    attributes[1],
                    attributes[2],
                    attributes[3] == 1,
                    body,
                    legLength,
                    x,
                    offset);
        }

        @Override
        public double[] measure(float[] samples, int offset) {
            boolean[] ink = SpriteDrawer.ink(samples, offset);
            return new double[] {
                SpriteReader.legs(ink),
                SpriteReader.eyes(ink),
                SpriteReader.fangs(ink),
                fur(SpriteReader.legWidth(ink)) >= 0.5 ? 1 : 0,
                SpriteReader.symmetry(ink),
                SpriteReader.bodyArea(ink)
            };
        }

        @Override
        public double[] natural(float[] x, int offset) {
            double[] ink = new double[sampleSize()];
            for (int i = 0; i < ink.length; i++) {
                ink[i] = (x[offset + i] + 1) / 2;
            }
            return ink;
        }

        @Override
        protected QualityReport compare(float[] real, float[] fake, int n) {
            double frechet =
                    Stats.frechet(
                            measureAll(real, n),
                            measureAll(fake, n),
                            Stats.rangeFloors(features, FRECHET_FLOOR));
            return new QualityReport(Map.of("feature_frechet", frechet), Map.of());
        }
    }
}
