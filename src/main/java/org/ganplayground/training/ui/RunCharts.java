package org.ganplayground.training.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.ganplayground.base.ui.LineChart;
import org.ganplayground.engine.Metrics;
import org.ganplayground.engine.Snapshot;

/**
 * The charts of a run over time, each with a caption in plain words, and which metrics each one
 * draws. One instance per run view or per compared run; charts of several runs overlay.
 */
final class RunCharts {

    static final String[] PALETTE = {
        "hsl(130,55%,35%)",
        "hsl(275,55%,45%)",
        "hsl(25,85%,50%)",
        "hsl(205,70%,45%)",
        "hsl(340,65%,50%)",
        "hsl(55,70%,40%)",
        "hsl(180,50%,35%)",
        "hsl(0,0%,35%)"
    };

    private static final Set<String> NOT_QUALITY =
            Set.of(
                    Metrics.SCORE_REAL,
                    Metrics.SCORE_FAKE,
                    Metrics.LOSS_INSPECTOR,
                    Metrics.LOSS_FORGER,
                    Metrics.ACCURACY,
                    Metrics.SPREAD_FAKE,
                    Metrics.SPREAD_REAL,
                    "modes_total");

    /** A chart and the metrics it draws. */
    record ChartSpec(String title, String caption, Predicate<String> metrics) {}

    static final List<ChartSpec> SPECS =
            List.of(
                    new ChartSpec(
                            "Inspector's scores: real vs forged",
                            "When both lines meet at 0.5, the inspector can no longer tell real from fake.",
                            m -> m.equals(Metrics.SCORE_REAL) || m.equals(Metrics.SCORE_FAKE)),
                    new ChartSpec(
                            "Losses",
                            "The forger and the inspector pull against each other: when one loss falls the other tends to rise.",
                            m -> m.equals(Metrics.LOSS_INSPECTOR) || m.equals(Metrics.LOSS_FORGER)),
                    new ChartSpec(
                            "Inspector accuracy",
                            "Share of samples the inspector judges right; 0.5 is a coin toss.",
                            m -> m.equals(Metrics.ACCURACY)),
                    new ChartSpec(
                            "Guardrail checklist",
                            "Share of forgeries that obey each of your rules.",
                            m -> m.startsWith(Metrics.PASS_PREFIX)),
                    new ChartSpec(
                            "Quality",
                            "How close the forgeries are to the real data, by the domain's own yardsticks.",
                            m -> !NOT_QUALITY.contains(m) && !m.startsWith(Metrics.PASS_PREFIX)));

    final List<LineChart> charts = new ArrayList<>();

    RunCharts() {
        for (ChartSpec spec : SPECS) {
            LineChart chart = new LineChart(spec.title(), spec.caption());
            chart.setWidth("100%");
            charts.add(chart);
        }
    }

    /**
     * Draws the given runs' snapshots; with several runs, each metric name gets the run's label.
     */
    void draw(List<String> runLabels, List<List<Snapshot>> runs) {
        for (int c = 0; c < SPECS.size(); c++) {
            List<LineChart.Series> series = new ArrayList<>();
            List<List<double[]>> data = new ArrayList<>();
            int colour = 0;
            for (int r = 0; r < runs.size(); r++) {
                for (String metric : metricNames(runs.get(r), SPECS.get(c).metrics())) {
                    String name =
                            runs.size() == 1
                                    ? label(metric)
                                    : runLabels.get(r) + ": " + label(metric);
                    String color = runs.size() == 1 ? semanticColor(metric) : null;
                    if (color == null) {
                        color = PALETTE[colour++ % PALETTE.length];
                    }
                    series.add(new LineChart.Series(name, color, false, r % 2 == 1));
                    List<double[]> points = new ArrayList<>();
                    for (Snapshot s : runs.get(r)) {
                        points.add(new double[] {s.iteration(), s.metric(metric)});
                    }
                    data.add(points);
                }
            }
            // visible first: Flow sends no JavaScript calls to an invisible element
            charts.get(c).setVisible(!series.isEmpty() || c < 3);
            charts.get(c).setData(series, data);
        }
    }

    /** Real is green and forged is purple everywhere in the app, as in the plane view. */
    private static String semanticColor(String metric) {
        return switch (metric) {
            case Metrics.SCORE_REAL, Metrics.LOSS_INSPECTOR -> PALETTE[0];
            case Metrics.SCORE_FAKE, Metrics.LOSS_FORGER -> PALETTE[1];
            default -> null;
        };
    }

    void setCursor(double iteration) {
        charts.forEach(c -> c.setCursor(iteration));
    }

    static List<String> metricNames(List<Snapshot> snapshots, Predicate<String> filter) {
        return snapshots.stream()
                .flatMap(s -> s.metrics().keySet().stream())
                .filter(filter)
                .distinct()
                .sorted()
                .toList();
    }

    static String label(String metric) {
        return switch (metric) {
            case Metrics.SCORE_REAL -> "score on real";
            case Metrics.SCORE_FAKE -> "score on forgeries";
            case Metrics.LOSS_INSPECTOR -> "inspector loss";
            case Metrics.LOSS_FORGER -> "forger loss";
            default ->
                    metric.startsWith(Metrics.PASS_PREFIX)
                            ? metric.substring(Metrics.PASS_PREFIX.length())
                            : metric.replace('_', ' ');
        };
    }
}
