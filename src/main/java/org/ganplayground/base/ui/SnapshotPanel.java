package org.ganplayground.base.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.ganplayground.domains.Domains;
import org.ganplayground.domains.PictureKind;
import org.ganplayground.engine.Picture;
import org.ganplayground.engine.Snapshot;

/**
 * The forger's outputs at one moment, drawn the way the domain is best read: points over the
 * inspector's heatmap (GAN Lab), a grid of sprites, or a histogram of real vs forged energies.
 */
public class SnapshotPanel extends VerticalLayout {

    private final PlaneCanvas plane = new PlaneCanvas();
    private final Image sprites = new Image();
    private final LineChart histogram =
            new LineChart(
                    "Energy spectrum: real vs forged",
                    "How to read it: when the purple dashed line lies on the green one, the forger has learned the spectrum.");
    private final HorizontalLayout planeOptions;
    private final Span caption = new Span();

    public SnapshotPanel() {
        setPadding(false);
        Checkbox heat =
                new Checkbox("Inspector's verdict", true, e -> plane.setShowHeatmap(e.getValue()));
        Checkbox arrows =
                new Checkbox("Feedback arrows", true, e -> plane.setShowArrows(e.getValue()));
        Checkbox warp =
                new Checkbox("Noise-grid warp", false, e -> plane.setShowWarp(e.getValue()));
        planeOptions = new HorizontalLayout(heat, arrows, warp);
        planeOptions.setWrap(true);
        sprites.setAlt("Grid of forged creatures");
        sprites.setWidth("336px");
        sprites.setMaxWidth("100%");
        histogram.setWidth("460px");
        histogram.setMaxWidth("100%");
        histogram.withXLabel("energy (GeV)");
        caption.addClassName("gp-hint");
        add(plane, planeOptions, sprites, histogram, caption);
        showOnly(null);
    }

    /** Draws a snapshot of the given domain; forgeries may be absent (a preview of real data). */
    public void show(String domainId, Snapshot s) {
        show(Domains.byId(domainId).pictureKind(), s);
    }

    private void show(PictureKind kind, Snapshot s) {
        Picture picture = Picture.of(kind, s);
        if (picture instanceof Picture.Sprites grid) {
            showOnly(sprites);
            if (grid.png() != null) {
                sprites.setSrc(
                        "data:image/png;base64," + Base64.getEncoder().encodeToString(grid.png()));
            }
            caption.setText(
                    s.fake() == null && s.metrics().isEmpty()
                            ? "Real creatures that obey your guardrails."
                            : "The forger's creatures, made from the same noise at every snapshot.");
        } else if (picture instanceof Picture.Histogram counts) {
            showOnly(histogram);
            drawHistogram(counts);
            caption.setText("");
        } else if (picture instanceof Picture.Points points) {
            showOnly(plane);
            plane.setFrame(points);
            caption.setText(
                    "The arrows show where the inspector's feedback pushes each forgery next.");
        }
    }

    private void drawHistogram(Picture.Histogram counts) {
        List<LineChart.Series> series = new ArrayList<>();
        List<List<double[]>> data = new ArrayList<>();
        addHistogram(series, data, "real", "hsl(130, 55%, 30%)", 0, counts.real(), counts.max());
        addHistogram(series, data, "forged", "hsl(275, 55%, 45%)", 1, counts.fake(), counts.max());
        histogram.setData(series, data, peaks(series, data));
    }

    private static void addHistogram(
            List<LineChart.Series> series,
            List<List<double[]>> data,
            String name,
            String color,
            int dash,
            float[] counts,
            double max) {
        if (counts == null) {
            return;
        }
        double total = 0;
        for (float c : counts) {
            total += c;
        }
        double width = max / counts.length;
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            points.add(new double[] {(i + 0.5) * width, total == 0 ? 0 : counts[i] / total});
        }
        series.add(
                new LineChart.Series(
                        name,
                        color,
                        true,
                        dash,
                        dash == 0 ? "circle" : "triangle",
                        Double.NaN,
                        "Share of the " + name + " energies in each bin."));
        data.add(points);
    }

    /** "Real energies peak at 1.3 GeV, forged ones at 2.1 GeV." */
    static String peaks(List<LineChart.Series> series, List<List<double[]>> data) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            double[] best = null;
            for (double[] p : data.get(i)) {
                best = best == null || p[1] > best[1] ? p : best;
            }
            if (best != null && best[1] > 0) {
                parts.add(
                        series.get(i).name()
                                + " energies peak at "
                                + LineChart.number(best[0])
                                + " GeV");
            }
        }
        return parts.isEmpty() ? "No energies yet." : String.join("; ", parts) + ".";
    }

    private void showOnly(com.vaadin.flow.component.Component visible) {
        plane.setVisible(visible == plane);
        planeOptions.setVisible(visible == plane);
        sprites.setVisible(visible == sprites);
        histogram.setVisible(visible == histogram);
    }
}
