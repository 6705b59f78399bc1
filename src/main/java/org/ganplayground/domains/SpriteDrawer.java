package org.ganplayground.domains;

import java.util.SplittableRandom;

/**
 * Draws a tarantula-like sprite in the canonical pose that a small GAN can learn (README.md): body
 * centred on pixel (14, 14), straight legs from the centre mirrored left and right, head up. Parts
 * stay clear of each other so that {@link SpriteReader} can count them: fangs end inside radius 6.8
 * and fur starts beyond radius 8.8, away from the leg-counting circle at 7.5; eyes are single
 * background pixels with ink forced around them.
 */
final class SpriteDrawer {

    static final int SIZE = 28;
    static final int CENTRE = 14;
    static final double BODY_RX = 3.4;
    static final double BODY_RY = 4.6;
    static final double STROKE = 1.0;
    static final double JITTER_DEGREES = 3;
    static final double FUR_FROM = 8.9;

    private SpriteDrawer() {}

    /** Leg angles from the horizontal for one side, positive = towards the tail. */
    static double[] legAngles(int legs) {
        return switch (legs) {
            case 4 -> new double[] {-35, 35};
            case 6 -> new double[] {-50, 0, 50};
            case 8 -> new double[] {-60, -20, 20, 60};
            default -> throw new IllegalArgumentException("legs must be 4, 6 or 8");
        };
    }

    /** Draws into {@code x} at {@code offset}: 784 values, +1 ink and -1 background. */
    static void draw(
            SplittableRandom rng,
            int legs,
            int eyes,
            int fangs,
            boolean fur,
            double bodyScale,
            double legLength,
            float[] x,
            int offset) {
        boolean[] ink = new boolean[SIZE * SIZE];
        double scale = bodyScale * (1 + 0.03 * (2 * rng.nextDouble() - 1));
        fillEllipse(ink, BODY_RX * scale, BODY_RY * scale);
        for (double base : legAngles(legs)) {
            for (int side = -1; side <= 1; side += 2) {
                double angle = Math.toRadians(base + JITTER_DEGREES * (2 * rng.nextDouble() - 1));
                double length = legLength + 0.5 * (2 * rng.nextDouble() - 1);
                double dx = side * Math.cos(angle);
                double dy = Math.sin(angle);
                stroke(ink, 0, 0, dx * length, dy * length, STROKE);
                if (fur) {
                    hairs(ink, dx, dy, length);
                }
            }
        }
        if (fangs > 0) {
            for (int y = -6; y <= -4; y++) {
                set(ink, -1, y, true);
                set(ink, 1, y, true);
            }
        }
        for (int e = 0; e < eyes; e++) {
            eye(ink, e % 2 == 0 ? -1 : 1, -3 + 2 * (e / 2));
        }
        for (int i = 0; i < ink.length; i++) {
            x[offset + i] = ink[i] ? 1f : -1f;
        }
    }

    /** Short hairs on both sides of the outer part of a leg, widening it beyond the fur radius. */
    private static void hairs(boolean[] ink, double dx, double dy, double length) {
        for (double t = FUR_FROM; t < length; t += 0.6) {
            for (int side = -1; side <= 1; side += 2) {
                double nx = -dy * side;
                double ny = dx * side;
                stroke(
                        ink,
                        dx * t + 0.9 * nx,
                        dy * t + 0.9 * ny,
                        dx * t + 2.4 * nx,
                        dy * t + 2.4 * ny,
                        0.5);
            }
        }
    }

    private static void eye(boolean[] ink, int ex, int ey) {
        set(ink, ex - 1, ey, true);
        set(ink, ex + 1, ey, true);
        set(ink, ex, ey - 1, true);
        set(ink, ex, ey + 1, true);
        set(ink, ex, ey, false);
    }

    private static void fillEllipse(boolean[] ink, double rx, double ry) {
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                double u = (x - CENTRE) / rx;
                double v = (y - CENTRE) / ry;
                if (u * u + v * v <= 1) {
                    ink[y * SIZE + x] = true;
                }
            }
        }
    }

    /** Inks every pixel whose centre lies within {@code half} of the segment (relative coords). */
    private static void stroke(
            boolean[] ink, double x0, double y0, double x1, double y1, double half) {
        double lx = x1 - x0;
        double ly = y1 - y0;
        double len2 = lx * lx + ly * ly;
        int xMin = Math.max(0, (int) Math.floor(CENTRE + Math.min(x0, x1) - half));
        int xMax = Math.min(SIZE - 1, (int) Math.ceil(CENTRE + Math.max(x0, x1) + half));
        int yMin = Math.max(0, (int) Math.floor(CENTRE + Math.min(y0, y1) - half));
        int yMax = Math.min(SIZE - 1, (int) Math.ceil(CENTRE + Math.max(y0, y1) + half));
        for (int y = yMin; y <= yMax; y++) {
            for (int x = xMin; x <= xMax; x++) {
                double px = x - CENTRE - x0;
                double py = y - CENTRE - y0;
                double t = Math.max(0, Math.min(1, (px * lx + py * ly) / len2));
                double ex = px - t * lx;
                double ey = py - t * ly;
                if (ex * ex + ey * ey <= half * half) {
                    ink[y * SIZE + x] = true;
                }
            }
        }
    }

    private static void set(boolean[] ink, int dx, int dy, boolean value) {
        ink[(CENTRE + dy) * SIZE + CENTRE + dx] = value;
    }

    static boolean[] ink(float[] x, int offset) {
        boolean[] ink = new boolean[SIZE * SIZE];
        for (int i = 0; i < ink.length; i++) {
            ink[i] = x[offset + i] > 0;
        }
        return ink;
    }
}
