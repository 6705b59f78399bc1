package org.ganplayground.domains;

import static org.ganplayground.domains.SpriteDrawer.CENTRE;
import static org.ganplayground.domains.SpriteDrawer.SIZE;

import java.util.Arrays;

/**
 * Reads the parts of a sprite (real or forged) back from its pixels, assuming the canonical pose.
 * Every reading looks where {@link SpriteDrawer} keeps one part apart from the others.
 */
final class SpriteReader {

    static final double LEG_CIRCLE = 7.5;
    private static final int CIRCLE_STEPS = 720;

    /** Body centres of thick parts are looked for this far from the centre (the body is ~5 px). */
    private static final int BODY_WINDOW = 6;

    private static final double[] OUTER_CIRCLES = {9.2, 9.6};
    private static final int[] LEG_PIXELS = circle(LEG_CIRCLE);
    private static final int[][] OUTER_PIXELS =
            Arrays.stream(OUTER_CIRCLES).mapToObj(SpriteReader::circle).toArray(int[][]::new);

    private SpriteReader() {}

    /** Ink runs on a circle of radius 7.5 around the centre: each leg crosses it once. */
    static int legs(boolean[] ink) {
        return runs(ring(ink, LEG_PIXELS));
    }

    private static boolean[] ring(boolean[] ink, int[] pixels) {
        boolean[] ring = new boolean[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            ring[i] = ink[pixels[i]];
        }
        return ring;
    }

    /** The pixel nearest to each of CIRCLE_STEPS points on a circle around the centre. */
    private static int[] circle(double radius) {
        int[] pixels = new int[CIRCLE_STEPS];
        for (int i = 0; i < CIRCLE_STEPS; i++) {
            double a = 2 * Math.PI * i / CIRCLE_STEPS;
            int x = (int) Math.round(CENTRE + radius * Math.cos(a));
            int y = (int) Math.round(CENTRE + radius * Math.sin(a));
            pixels[i] = y * SIZE + x;
        }
        return pixels;
    }

    private static int runs(boolean[] ring) {
        int runs = 0;
        for (int i = 0; i < ring.length; i++) {
            if (ring[i] && !ring[(i + ring.length - 1) % ring.length]) {
                runs++;
            }
        }
        return runs;
    }

    /**
     * Eyes are background holes of at most 3 pixels where the eyes sit (within 2 px of the middle
     * column, 4 px of the centre row) that are cut off from the outside background.
     */
    static int eyes(boolean[] ink) {
        int[] label = new int[SIZE * SIZE];
        int[] stack = new int[SIZE * SIZE];
        int eyes = 0;
        int next = 0;
        for (int start = 0; start < ink.length; start++) {
            if (ink[start] || label[start] != 0) {
                continue;
            }
            next++;
            int size = 0;
            boolean touchesEdge = false;
            boolean central = true;
            int top = 0;
            stack[top++] = start;
            label[start] = next;
            while (top > 0) {
                int p = stack[--top];
                int x = p % SIZE;
                int y = p / SIZE;
                size++;
                touchesEdge |= x == 0 || y == 0 || x == SIZE - 1 || y == SIZE - 1;
                central &= Math.abs(x - CENTRE) <= 2 && Math.abs(y - CENTRE) <= 4;
                int[] neighbours = {p - 1, p + 1, p - SIZE, p + SIZE};
                boolean[] inside = {x > 0, x < SIZE - 1, y > 0, y < SIZE - 1};
                for (int k = 0; k < 4; k++) {
                    int q = neighbours[k];
                    if (inside[k] && !ink[q] && label[q] == 0) {
                        label[q] = next;
                        stack[top++] = q;
                    }
                }
            }
            if (!touchesEdge && central && size <= 3) {
                eyes++;
            }
        }
        return eyes;
    }

    /** Fangs are the two short strokes just in front of the head, at columns 13 and 15. */
    static int fangs(boolean[] ink) {
        int fangs = 0;
        for (int dx = -1; dx <= 1; dx += 2) {
            if (at(ink, dx, -6) && at(ink, dx, -5) && !at(ink, 0, -6)) {
                fangs++;
            }
        }
        return fangs;
    }

    /**
     * Mean width in px of the ink runs on two circles beyond the fur radius: a bare leg crosses
     * them 2-3 px wide, a hairy one about twice as wide.
     */
    static double legWidth(boolean[] ink) {
        double inkedArc = 0;
        int runs = 0;
        for (int c = 0; c < OUTER_CIRCLES.length; c++) {
            boolean[] ring = ring(ink, OUTER_PIXELS[c]);
            int inked = 0;
            for (boolean on : ring) {
                inked += on ? 1 : 0;
            }
            inkedArc += inked * 2 * Math.PI * OUTER_CIRCLES[c] / CIRCLE_STEPS;
            runs += runs(ring);
        }
        return runs == 0 ? 0 : inkedArc / runs;
    }

    /** Agreement of the sprite with its left-right mirror image (intersection over union). */
    static double symmetry(boolean[] ink) {
        int both = 0;
        int either = 0;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 1; x < SIZE; x++) {
                boolean a = ink[y * SIZE + x];
                boolean b = ink[y * SIZE + 2 * CENTRE - x];
                both += a && b ? 1 : 0;
                either += a || b ? 1 : 0;
            }
        }
        return either == 0 ? 1 : both / (double) either;
    }

    /**
     * Pixels of the thick central part: what survives an opening by a 5 x 5 square, which removes
     * the 2-3 px legs, after the eyes are filled in. Only squares centred near the middle count.
     */
    static int bodyArea(boolean[] ink) {
        boolean[] filled = ink.clone();
        for (int y = 1; y < SIZE - 1; y++) {
            for (int x = 1; x < SIZE - 1; x++) {
                int p = y * SIZE + x;
                filled[p] |= ink[p - 1] && ink[p + 1] && ink[p - SIZE] && ink[p + SIZE];
            }
        }
        boolean[] core = new boolean[SIZE * SIZE];
        for (int y = CENTRE - BODY_WINDOW; y <= CENTRE + BODY_WINDOW; y++) {
            for (int x = CENTRE - BODY_WINDOW; x <= CENTRE + BODY_WINDOW; x++) {
                core[y * SIZE + x] = all(filled, x, y, 2);
            }
        }
        int area = 0;
        for (int y = CENTRE - BODY_WINDOW - 2; y <= CENTRE + BODY_WINDOW + 2; y++) {
            for (int x = CENTRE - BODY_WINDOW - 2; x <= CENTRE + BODY_WINDOW + 2; x++) {
                area += any(core, x, y, 2) ? 1 : 0;
            }
        }
        return area;
    }

    private static boolean all(boolean[] img, int x, int y, int r) {
        for (int dy = -r; dy <= r; dy++) {
            for (int dx = -r; dx <= r; dx++) {
                if (!img[(y + dy) * SIZE + x + dx]) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean any(boolean[] img, int x, int y, int r) {
        for (int dy = -r; dy <= r; dy++) {
            for (int dx = -r; dx <= r; dx++) {
                int xx = x + dx;
                int yy = y + dy;
                if (xx >= 0 && yy >= 0 && xx < SIZE && yy < SIZE && img[yy * SIZE + xx]) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean at(boolean[] ink, int dx, int dy) {
        return ink[(CENTRE + dy) * SIZE + CENTRE + dx];
    }
}
