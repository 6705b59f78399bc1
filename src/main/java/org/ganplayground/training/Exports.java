package org.ganplayground.training;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.ganplayground.domains.PictureKind;
import org.ganplayground.engine.Picture;
import org.ganplayground.engine.Snapshot;

/** A run's data as files: metrics CSV, a PNG of one snapshot, an animated GIF of the evolution. */
public final class Exports {

    private static final int SIZE = 320;

    private Exports() {}

    /** One row per snapshot: iteration, elapsed_ms, then every metric (empty where unmeasured). */
    public static String csv(List<Snapshot> snapshots) {
        TreeSet<String> names = new TreeSet<>();
        snapshots.forEach(s -> names.addAll(s.metrics().keySet()));
        StringBuilder b = new StringBuilder("iteration,elapsed_ms");
        names.forEach(n -> b.append(',').append(csvCell(n)));
        b.append('\n');
        for (Snapshot s : snapshots) {
            b.append(s.iteration()).append(',').append(s.elapsedMs());
            for (String n : names) {
                Double v = s.metrics().get(n);
                b.append(',');
                if (v != null && Double.isFinite(v)) {
                    b.append(String.format(Locale.ROOT, "%.6g", v));
                }
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String csvCell(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /** The snapshot as a picture: the sprite grid, the point cloud, or the histogram. */
    public static byte[] png(PictureKind kind, Snapshot s) {
        Picture picture = Picture.of(kind, s);
        if (picture instanceof Picture.Sprites grid && grid.png() != null) {
            return grid.png();
        }
        return write(render(picture, s.iteration()));
    }

    /**
     * The snapshot's picture scaled to fit a square of {@code size} pixels, for lists: a fraction
     * of the full picture's bytes.
     */
    public static byte[] thumbnail(PictureKind kind, Snapshot s, int size) {
        // no "iteration N" caption: at thumbnail size it is too small to read
        BufferedImage full = image(Picture.of(kind, s), -1);
        double scale = Math.min(1.0, (double) size / Math.max(full.getWidth(), full.getHeight()));
        int w = Math.max(1, (int) Math.round(full.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(full.getHeight() * scale));
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(
                RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(full, 0, 0, w, h, null);
        g.dispose();
        return write(small);
    }

    /** Every snapshot as one frame of a looping GIF (about 4 frames a second). */
    public static byte[] gif(PictureKind kind, List<Snapshot> snapshots) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (Snapshot s : snapshots) {
                BufferedImage frame = image(Picture.of(kind, s), s.iteration());
                BufferedImage rgb =
                        new BufferedImage(
                                frame.getWidth(), frame.getHeight(), BufferedImage.TYPE_INT_RGB);
                rgb.getGraphics().drawImage(frame, 0, 0, null);
                ImageWriteParam param = writer.getDefaultWriteParam();
                IIOMetadata meta =
                        writer.getDefaultImageMetadata(
                                ImageTypeSpecifier.createFromRenderedImage(rgb), param);
                loopForever(meta, 25);
                writer.writeToSequence(new IIOImage(rgb, null, meta), param);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static void loopForever(IIOMetadata meta, int delayCs) throws IOException {
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode gce = new IIOMetadataNode("GraphicControlExtension");
        gce.setAttribute("disposalMethod", "none");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", "FALSE");
        gce.setAttribute("delayTime", Integer.toString(delayCs));
        gce.setAttribute("transparentColorIndex", "0");
        root.appendChild(gce);
        IIOMetadataNode apps = new IIOMetadataNode("ApplicationExtensions");
        IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
        app.setAttribute("applicationID", "NETSCAPE");
        app.setAttribute("authenticationCode", "2.0");
        app.setUserObject(new byte[] {1, 0, 0});
        apps.appendChild(app);
        root.appendChild(apps);
        meta.setFromTree(format, root);
    }

    /** The stored sprite grid as it is, or the picture drawn from the snapshot's numbers. */
    private static BufferedImage image(Picture picture, int iteration) {
        if (picture instanceof Picture.Sprites grid && grid.png() != null) {
            try {
                return ImageIO.read(new ByteArrayInputStream(grid.png()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return render(picture, iteration);
    }

    private static BufferedImage render(Picture picture, int iteration) {
        BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, SIZE, SIZE);
        if (picture instanceof Picture.Histogram counts) {
            bars(g, counts.real(), new Color(40, 140, 60));
            bars(g, counts.fake(), new Color(120, 50, 180));
        } else if (picture instanceof Picture.Points points) {
            dots(g, points.real(), points.extent(), new Color(40, 140, 60, 200));
            dots(g, points.fake(), points.extent(), new Color(120, 50, 180, 200));
        }
        if (iteration >= 0) {
            g.setColor(Color.DARK_GRAY);
            g.drawString("iteration " + iteration, 8, 16);
        }
        g.dispose();
        return img;
    }

    private static void dots(Graphics2D g, float[] xy, double[] e, Color color) {
        if (xy == null) {
            return;
        }
        g.setColor(color);
        for (int i = 0; i + 1 < xy.length; i += 2) {
            int x = (int) ((xy[i] - e[0]) / (e[1] - e[0]) * SIZE);
            int y = SIZE - (int) ((xy[i + 1] - e[2]) / (e[3] - e[2]) * SIZE);
            g.fillOval(x - 3, y - 3, 6, 6);
        }
    }

    private static void bars(Graphics2D g, float[] counts, Color color) {
        if (counts == null) {
            return;
        }
        float max = 1e-9f;
        for (float c : counts) {
            max = Math.max(max, c);
        }
        g.setColor(color);
        g.setStroke(new BasicStroke(2f));
        int w = SIZE / counts.length;
        int prevY = SIZE;
        for (int i = 0; i < counts.length; i++) {
            int y = SIZE - 10 - (int) (counts[i] / max * (SIZE - 40));
            g.drawLine(i * w, prevY, i * w, y);
            g.drawLine(i * w, y, (i + 1) * w, y);
            prevY = y;
        }
    }

    private static byte[] write(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
