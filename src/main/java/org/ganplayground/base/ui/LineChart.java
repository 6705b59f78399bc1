package org.ganplayground.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Server side of {@code <gp-line-chart>}: a line chart over iterations with a title, a one-line
 * "how to read it", a text summary of where each line ended, a "What do these lines mean?"
 * disclosure and a "View as table" disclosure. Lines whose sizes differ by more than {@link
 * ChartAxes#RATIO} times are read on axes of their own. Holds its series so a re-attached chart
 * redraws.
 */
@Tag("gp-line-chart")
@JsModule("./components/gp-line-chart.ts")
@NpmPackage(value = "chart.js", version = "4.5.1")
public class LineChart extends Component implements HasSize {

    /** Dash patterns by number: solid, dashed, dotted, dash-dot (runs in a comparison). */
    public static final int DASHES = 4;

    /**
     * One line.
     *
     * @param name its name in the legend, the table and the summary
     * @param color a CSS colour
     * @param stepped drawn as steps (a histogram)
     * @param dash 0 solid, 1 dashed, 2 dotted, 3 dash-dot
     * @param shape the point style that tells it apart without colour: circle, triangle, rect,
     *     rectRot, crossRot, star
     * @param top the value its axis reaches at least (1 for a share); NaN to fit the data
     * @param meaning what the line is, in a sentence, or null
     */
    public record Series(
            String name,
            String color,
            boolean stepped,
            int dash,
            String shape,
            double top,
            String meaning) {

        public Series(String name, String color, boolean stepped, boolean dashed) {
            this(name, color, stepped, dashed ? 1 : 0, "circle", Double.NaN, null);
        }
    }

    private final List<Series> series = new ArrayList<>();
    private final List<List<double[]>> points = new ArrayList<>();
    private String summary;
    private int[] axes = new int[0];

    public LineChart(String title, String caption) {
        getElement().setProperty("chartTitle", title);
        getElement().setProperty("caption", caption);
        addAttachListener(e -> pushAll());
    }

    public LineChart withXLabel(String label) {
        getElement().setProperty("xLabel", label);
        return this;
    }

    /** Whether every x is a whole number (seeds, a count): the axis then has no ticks between. */
    public LineChart withWholeX(boolean whole) {
        getElement().setProperty("wholeX", whole);
        return this;
    }

    /** Replaces all lines; {@code data.get(i)} holds (x, y) pairs for {@code series.get(i)}. */
    public void setData(List<Series> newSeries, List<List<double[]>> data) {
        setData(newSeries, data, null);
    }

    /**
     * Replaces all lines and the text summary; a null summary says where each line ended over
     * iterations.
     */
    public void setData(List<Series> newSeries, List<List<double[]>> data, String newSummary) {
        series.clear();
        series.addAll(newSeries);
        points.clear();
        data.forEach(d -> points.add(new ArrayList<>(d)));
        axes = ChartAxes.assign(points.stream().mapToDouble(ChartAxes::size).toArray());
        summary = newSummary != null ? newSummary : summarise(series, points);
        pushAll();
    }

    /** The y axis each line is read on, 0 first (for tests). */
    public int[] axes() {
        return axes.clone();
    }

    /** The text summary a screen reader hears and everyone reads under the chart. */
    public String summary() {
        return summary == null ? "" : summary;
    }

    /** Vertical marker at an iteration (replay); negative hides it. */
    public void setCursor(double x) {
        getElement().setProperty("cursor", x);
    }

    /** "At iteration 6,000: score on real 0.50 (0.81 at the first snapshot), ..." */
    static String summarise(List<Series> series, List<List<double[]>> points) {
        List<String> parts = new ArrayList<>();
        double lastX = Double.NaN;
        for (int i = 0; i < series.size(); i++) {
            double[] first = null;
            double[] last = null;
            for (double[] p : points.get(i)) {
                if (Double.isFinite(p[1])) {
                    first = first == null ? p : first;
                    last = p;
                }
            }
            if (last == null) {
                continue;
            }
            lastX = Double.isNaN(lastX) ? last[0] : Math.max(lastX, last[0]);
            parts.add(
                    first == last
                            ? series.get(i).name() + " " + number(last[1])
                            : series.get(i).name()
                                    + " "
                                    + number(last[1])
                                    + " (was "
                                    + number(first[1])
                                    + " at iteration "
                                    + String.format(Locale.ROOT, "%,d", (long) first[0])
                                    + ")");
        }
        if (parts.isEmpty()) {
            return "No data yet: the first point comes with the run's first snapshot.";
        }
        return "At iteration "
                + String.format(Locale.ROOT, "%,d", (long) lastX)
                + ": "
                + String.join("; ", parts)
                + ".";
    }

    /** Three significant digits, as people read a chart. */
    public static String number(double v) {
        if (!Double.isFinite(v)) {
            return "not measured yet";
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        String s =
                a >= 100
                        ? String.format(Locale.ROOT, "%,.0f", v)
                        : a >= 10
                                ? String.format(Locale.ROOT, "%.1f", v)
                                : a >= 0.01
                                        ? String.format(Locale.ROOT, "%.2f", v)
                                        : String.format(Locale.ROOT, "%.2g", v);
        return s;
    }

    private void pushAll() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("color", s.color());
            m.put("stepped", s.stepped());
            m.put("dash", s.dash());
            m.put("shape", s.shape());
            m.put("top", s.top());
            m.put("meaning", s.meaning() == null ? "" : s.meaning());
            m.put("axis", i < axes.length ? axes[i] : 0);
            m.put("points", points.get(i));
            out.add(m);
        }
        getElement().setProperty("summary", summary());
        getElement().callJsFunction("setSeries", Json.write(out));
    }
}
