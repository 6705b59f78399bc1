package org.ganplayground.sweeps.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.stream.Collectors;
import org.ganplayground.base.ui.LineChart;
import org.ganplayground.sweeps.SweepChart;
import org.ganplayground.training.ui.MetricGuide;

/**
 * A sweep's outcome against the swept value: the mean over seeds and the lowest and highest seed
 * per value, or one point per seed when only the seed changed; a note under it says what is counted
 * and where values that are not numbers sit.
 */
class OutcomeChart extends VerticalLayout {

    /** The mean in the app's blue for lines of no fixed meaning; the spread in grey. */
    private static final String MEAN = "hsl(205,75%,38%)";

    private static final String SPREAD = "hsl(0,0%,40%)";

    private static final String OVER_VALUES =
            "How to read it: the solid line is the mean over seeds; the dashed lines are the lowest"
                    + " and highest seed. Far apart means the seed matters as much as the setting.";
    private static final String OVER_SEEDS =
            "How to read it: one point per seed, the same settings otherwise. How far they lie"
                    + " apart is how much the seed alone changes the outcome.";

    final LineChart chart = new LineChart("Outcome", OVER_VALUES);
    final Paragraph note = new Paragraph();

    OutcomeChart() {
        setPadding(false);
        chart.setWidthFull();
        note.addClassName("gp-hint");
        add(chart, note);
    }

    /** Nothing to draw yet. */
    void clear() {
        chart.setVisible(false);
        note.setText("No run has ended yet: the chart appears as runs end.");
    }

    void draw(SweepChart c, String xName, boolean overSeedsOnly) {
        // visible first: Flow sends no JavaScript calls to an invisible element
        chart.setVisible(!c.points().isEmpty());
        if (c.points().isEmpty()) {
            clear();
            return;
        }
        String label = MetricGuide.label(c.metric());
        double top = MetricGuide.share(c.metric()) ? 1 : Double.NaN;
        chart.getElement().setProperty("chartTitle", label + " against " + xName);
        chart.getElement().setProperty("caption", overSeedsOnly ? OVER_SEEDS : OVER_VALUES);
        chart.withXLabel(c.numeric() ? xName : xName + " (position)")
                .withWholeX(c.points().stream().allMatch(p -> p.x() == Math.rint(p.x())));
        if (overSeedsOnly) {
            chart.setData(
                    List.of(
                            new LineChart.Series(
                                    label, MEAN, false, 0, "circle", top, "Its " + label + ".")),
                    List.of(points(c, SweepChart.Point::mean)),
                    perSeed(c, label));
        } else {
            chart.setData(
                    List.of(
                            series(
                                    "mean over seeds",
                                    MEAN,
                                    0,
                                    "circle",
                                    top,
                                    "The mean of " + label),
                            series(
                                    "lowest seed",
                                    SPREAD,
                                    1,
                                    "triangle",
                                    top,
                                    "The lowest " + label),
                            series("highest seed", SPREAD, 2, "rect", top, "The highest " + label)),
                    List.of(
                            points(c, SweepChart.Point::mean),
                            points(c, SweepChart.Point::low),
                            points(c, SweepChart.Point::high)),
                    perValue(c, label));
        }
        note.setText(
                (c.numeric()
                                ? ""
                                : "The values are not numbers: each sits at its position 1, 2, ...;"
                                        + " the table below gives their names. ")
                        + "Counted: "
                        + c.finished()
                        + " of "
                        + c.total()
                        + " runs (a run counts once it has ended).");
    }

    private static LineChart.Series series(
            String name, String color, int dash, String shape, double top, String meaning) {
        return new LineChart.Series(
                name, color, false, dash, shape, top, meaning + " over the seeds of each value.");
    }

    private static List<double[]> points(
            SweepChart c, java.util.function.ToDoubleFunction<SweepChart.Point> y) {
        return c.points().stream().map(p -> new double[] {p.x(), y.applyAsDouble(p)}).toList();
    }

    /** "high quality (share): 0.001 mean 0.52 (lowest 0.40, highest 0.61, 3 seeds); ..." */
    private static String perValue(SweepChart c, String label) {
        if (c.points().isEmpty()) {
            return "No run has ended yet: the chart fills as runs end.";
        }
        return label
                + ": "
                + c.points().stream()
                        .map(
                                p ->
                                        p.shown()
                                                + " mean "
                                                + LineChart.number(p.mean())
                                                + (p.runs() > 1
                                                        ? " (lowest "
                                                                + LineChart.number(p.low())
                                                                + ", highest "
                                                                + LineChart.number(p.high())
                                                                + ", "
                                                                + p.runs()
                                                                + " seeds)"
                                                        : " (1 seed)"))
                        .collect(Collectors.joining("; "))
                + ".";
    }

    /** "high quality (share): seed 1 0.52; seed 2 0.40; mean 0.46 (lowest 0.40, highest 0.52)." */
    private static String perSeed(SweepChart c, String label) {
        if (c.points().isEmpty()) {
            return "No run has ended yet: the chart fills as runs end.";
        }
        var stats = c.points().stream().mapToDouble(SweepChart.Point::mean).summaryStatistics();
        return label
                + ": "
                + c.points().stream()
                        .map(p -> "seed " + p.shown() + " " + LineChart.number(p.mean()))
                        .collect(Collectors.joining("; "))
                + (c.points().size() > 1
                        ? "; mean "
                                + LineChart.number(stats.getAverage())
                                + " (lowest "
                                + LineChart.number(stats.getMin())
                                + ", highest "
                                + LineChart.number(stats.getMax())
                                + ")"
                        : "")
                + ".";
    }
}
