package org.ganplayground.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ganplayground.base.ui.LineChart;
import org.ganplayground.engine.Metrics;
import org.ganplayground.engine.Snapshot;

/**
 * The charts of a run over time, one per {@link MetricGuide.Chart}, for one run or several
 * overlaid. Colour and shape keep one meaning everywhere: real data green circles, forgeries and
 * the forger purple triangles, the inspector orange squares; in a comparison each run keeps those
 * and differs by line style (solid, dashed, dotted, dash-dot). Expert measures stay hidden until
 * the learner asks for them.
 */
final class RunCharts {

    static final String REAL = "hsl(130,55%,30%)";
    static final String FORGED = "hsl(275,55%,45%)";
    static final String INSPECTOR = "hsl(25,90%,40%)";

    /** Colours for lines with no fixed meaning (rules, yardsticks), none green or purple. */
    static final String[] OTHERS = {
        "hsl(205,75%,38%)",
        "hsl(180,60%,28%)",
        "hsl(340,65%,45%)",
        "hsl(45,80%,32%)",
        "hsl(0,0%,35%)",
        "hsl(230,45%,50%)"
    };

    static final String[] SHAPES = {"rectRot", "star", "crossRot", "rect", "circle", "triangle"};

    final Map<MetricGuide.Chart, LineChart> charts = new EnumMap<>(MetricGuide.Chart.class);
    private boolean expert;
    private List<String> lastLabels = List.of();
    private List<List<Snapshot>> lastRuns = List.of();

    RunCharts() {
        for (MetricGuide.Chart spec : MetricGuide.Chart.values()) {
            LineChart chart = new LineChart(spec.title, spec.howToRead);
            chart.setWidth("100%");
            chart.addClassName("gp-chart");
            charts.put(spec, chart);
        }
    }

    /**
     * A run page's body: the given picture (forgeries, timeline), and beside it when the page is
     * wide enough (frontend/themes/gan-playground/run.css) the expert toggle over the charts.
     */
    Div besidePicture(Component... picture) {
        Checkbox toggle =
                new Checkbox(
                        "Explain expert measures (JS, KL, Frechet)", e -> setExpert(e.getValue()));
        Div left = new Div(picture);
        left.addClassName("gp-run-picture");
        Div grid = new Div();
        grid.addClassName("gp-run-charts");
        all().forEach(grid::add);
        Div right = new Div(toggle, grid);
        right.addClassName("gp-run-chart-column");
        Div body = new Div(left, right);
        body.addClassName("gp-run-body");
        return body;
    }

    /** The charts in page order. */
    Collection<LineChart> all() {
        return charts.values();
    }

    LineChart chart(MetricGuide.Chart which) {
        return charts.get(which);
    }

    /** Shows or hides the expert measures (JS, KL, Frechet). */
    void setExpert(boolean show) {
        expert = show;
        draw(lastLabels, lastRuns);
    }

    boolean expert() {
        return expert;
    }

    /**
     * Draws the given runs' snapshots; with several runs, each line's name starts with the run's
     * label and its dash tells the runs apart.
     */
    void draw(List<String> runLabels, List<List<Snapshot>> runs) {
        lastLabels = List.copyOf(runLabels);
        lastRuns = runs;
        for (MetricGuide.Chart spec : MetricGuide.Chart.values()) {
            List<LineChart.Series> series = new ArrayList<>();
            List<List<double[]>> data = new ArrayList<>();
            List<String> metrics = MetricGuide.of(spec, present(runs));
            for (int r = 0; r < runs.size(); r++) {
                for (int m = 0; m < metrics.size(); m++) {
                    String metric = metrics.get(m);
                    MetricGuide.Info info = MetricGuide.of(metric);
                    String name =
                            runs.size() == 1
                                    ? info.label()
                                    : runLabels.get(r) + ": " + info.label();
                    series.add(
                            new LineChart.Series(
                                    name,
                                    color(metric, m),
                                    false,
                                    r % LineChart.DASHES,
                                    shape(metric, m),
                                    top(metric, runs.get(r), info),
                                    r == 0 ? info.meaning() : null));
                    List<double[]> points = new ArrayList<>();
                    for (Snapshot s : runs.get(r)) {
                        points.add(new double[] {s.iteration(), s.metric(metric)});
                    }
                    data.add(points);
                }
            }
            boolean shown =
                    (spec.always || !series.isEmpty())
                            && (spec != MetricGuide.Chart.EXPERT || expert);
            // visible first: Flow sends no JavaScript calls to an invisible element
            charts.get(spec).setVisible(shown);
            charts.get(spec).setData(series, data);
        }
    }

    private static Set<String> present(List<List<Snapshot>> runs) {
        Set<String> names = new LinkedHashSet<>();
        runs.forEach(list -> list.forEach(s -> names.addAll(s.metrics().keySet())));
        return names;
    }

    /** Real is green and forged is purple everywhere in the app, as on the plane. */
    static String color(String metric, int index) {
        return switch (metric) {
            case Metrics.SCORE_REAL, Metrics.SPREAD_REAL -> REAL;
            case Metrics.SCORE_FAKE, Metrics.LOSS_FORGER, Metrics.SPREAD_FAKE -> FORGED;
            case Metrics.ACCURACY, Metrics.LOSS_INSPECTOR -> INSPECTOR;
            default -> OTHERS[index % OTHERS.length];
        };
    }

    /** Real data circles, forgeries triangles, the inspector squares: told apart without colour. */
    static String shape(String metric, int index) {
        return switch (metric) {
            case Metrics.SCORE_REAL, Metrics.SPREAD_REAL -> "circle";
            case Metrics.SCORE_FAKE, Metrics.LOSS_FORGER, Metrics.SPREAD_FAKE -> "triangle";
            case Metrics.ACCURACY, Metrics.LOSS_INSPECTOR -> "rect";
            default -> SHAPES[index % SHAPES.length];
        };
    }

    /** Shares reach 1; blobs covered reaches the number of blobs; the rest fit the data. */
    private static double top(String metric, List<Snapshot> snapshots, MetricGuide.Info info) {
        if (info.unit()) {
            return 1;
        }
        if (metric.equals("modes_covered") && !snapshots.isEmpty()) {
            return snapshots.get(snapshots.size() - 1).metric("modes_total");
        }
        return Double.NaN;
    }

    void setCursor(double iteration) {
        charts.values().forEach(c -> c.setCursor(iteration));
    }
}
