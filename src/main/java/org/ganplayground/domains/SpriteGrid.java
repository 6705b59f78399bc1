package org.ganplayground.domains;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Sprites as one grayscale PNG, ink dark on white, for storing with a snapshot. */
public final class SpriteGrid {

    private SpriteGrid() {}

    /**
     * Renders the first {@code n} 28 x 28 sprites of {@code samples} (values in [-1, 1]) in rows of
     * {@code cols}, each pixel drawn as a {@code scale} x {@code scale} block, with a 1-block gap.
     */
    public static byte[] png(float[] samples, int n, int cols, int scale) {
        int size = SpriteDrawer.SIZE;
        int rows = (n + cols - 1) / cols;
        int cell = (size + 1) * scale;
        BufferedImage image =
                new BufferedImage(
                        Math.max(1, cols * cell),
                        Math.max(1, rows * cell),
                        BufferedImage.TYPE_BYTE_GRAY);
        var raster = image.getRaster();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                raster.setSample(x, y, 0, 200);
            }
        }
        for (int s = 0; s < n; s++) {
            int ox = (s % cols) * cell;
            int oy = (s / cols) * cell;
            for (int p = 0; p < size * size; p++) {
                float v = Math.max(-1, Math.min(1, samples[s * size * size + p]));
                int gray = Math.round((1 - v) / 2 * 255);
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        raster.setSample(
                                ox + (p % size) * scale + dx,
                                oy + (p / size) * scale + dy,
                                0,
                                gray);
                    }
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
