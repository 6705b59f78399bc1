package org.ganplayground.game;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.ganplayground.domains.DomainSetup;
import org.ganplayground.domains.PictureKind;
import org.ganplayground.domains.SpriteGrid;

/**
 * One game item as a PNG: a creature as its picture, a handful of 2-D points as a small scatter, a
 * small batch of events as a histogram. Points and histograms share one frame for the whole game
 * (from the run's real samples), so nothing but the samples differs between the two of a pair.
 */
final class GamePictures {

    static final int PLANE_SIZE = 200;
    static final int HIST_WIDTH = 260;
    static final int HIST_HEIGHT = 160;
    static final int BINS = 12;
    private static final Color INK = new Color(0x1f, 0x3a, 0x68);

    private final DomainSetup setup;
    private final PictureKind kind;
    private final int group;
    private final double lo;
    private final double hi;

    /** A frame over every real item of the game's decks (first natural coordinate's range). */
    GamePictures(DomainSetup setup, int group, Iterable<float[]> realDecks) {
        this.setup = setup;
        this.kind = setup.domain().pictureKind();
        this.group = group;
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        int d = setup.sampleSize();
        if (kind != PictureKind.SPRITES) {
            for (float[] deck : realDecks) {
                for (int i = 0; i < deck.length / d; i++) {
                    for (double v : setup.natural(deck, i * d)) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
            }
        }
        double mid = (min + max) / 2;
        double half = Math.max(1e-6, (max - min) / 2) * (kind == PictureKind.PLANE ? 1.3 : 1.1);
        this.lo = mid - half;
        this.hi = mid + half;
    }

    byte[] png(float[] deck, int item) {
        int d = setup.sampleSize();
        float[] samples = Arrays.copyOfRange(deck, item * group * d, (item + 1) * group * d);
        return switch (kind) {
            case SPRITES -> SpriteGrid.png(samples, 1, 1, 6);
            case PLANE -> scatter(samples);
            case HISTOGRAM -> histogram(samples);
        };
    }

    private byte[] scatter(float[] samples) {
        BufferedImage image = canvas(PLANE_SIZE, PLANE_SIZE);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(INK);
        int d = setup.sampleSize();
        for (int s = 0; s < group; s++) {
            double[] p = setup.natural(samples, s * d);
            int x = (int) Math.round(scale(p[0]) * (PLANE_SIZE - 12)) + 6;
            int y = PLANE_SIZE - 6 - (int) Math.round(scale(p[1]) * (PLANE_SIZE - 12));
            g.fillOval(x - 5, y - 5, 10, 10);
        }
        g.dispose();
        return encode(image);
    }

    private byte[] histogram(float[] samples) {
        int[] counts = new int[BINS];
        for (int s = 0; s < group; s++) {
            double v = scale(setup.natural(samples, s * setup.sampleSize())[0]);
            counts[(int) Math.min(BINS - 1, Math.floor(v * BINS))]++;
        }
        int top = Math.max(1, Arrays.stream(counts).max().orElse(1));
        BufferedImage image = canvas(HIST_WIDTH, HIST_HEIGHT);
        Graphics2D g = image.createGraphics();
        g.setColor(INK);
        int bar = (HIST_WIDTH - 12) / BINS;
        for (int b = 0; b < BINS; b++) {
            int h = (int) Math.round(counts[b] / (double) top * (HIST_HEIGHT - 16));
            g.fillRect(6 + b * bar + 1, HIST_HEIGHT - 6 - h, bar - 2, h);
        }
        g.dispose();
        return encode(image);
    }

    /** Position in the frame, in [0, 1]; outside it is drawn on its edge. */
    private double scale(double v) {
        return Math.max(0, Math.min(1, (v - lo) / (hi - lo)));
    }

    private static BufferedImage canvas(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0x88, 0x88, 0x88));
        g.setStroke(new BasicStroke(1));
        g.drawRect(0, 0, w - 1, h - 1);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
