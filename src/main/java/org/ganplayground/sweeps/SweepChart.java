package org.ganplayground.sweeps;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganplayground.engine.Metrics;

/**
 * A sweep's outcome against the swept value: per value, the mean over its finished runs (one per
 * seed) and the lowest and highest of them. Values that are not all numbers are placed at their
 * positions 1..n.
 *
 * @param numeric whether {@code x} is the value itself (else its position)
 * @param finished how many runs the points count
 */
public record SweepChart(
        String metric, boolean numeric, List<Point> points, int finished, int total) {

    /** The metric a guardrail run reports as the share of forgeries passing every rule at once. */
    public static final String PASS_ALL = "pass_all";

    /** One swept value: where it sits, and its runs' outcome. */
    public record Point(String shown, double x, double mean, double low, double high, int runs) {}

    public SweepChart {
        points = List.copyOf(points);
    }

    public static SweepChart of(List<SweepRow> rows, String metric) {
        Map<String, List<SweepRow>> byValue = new LinkedHashMap<>();
        rows.forEach(r -> byValue.computeIfAbsent(r.value(), v -> new ArrayList<>()).add(r));
        boolean numeric = byValue.keySet().stream().allMatch(SweepChart::isNumber);
        List<Point> points = new ArrayList<>();
        int position = 0;
        int finished = 0;
        for (var e : byValue.entrySet()) {
            position++;
            double sum = 0;
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            int n = 0;
            for (SweepRow r : e.getValue()) {
                Double v = r.finished() ? r.metrics().get(metric) : null;
                if (v != null && Double.isFinite(v)) {
                    sum += v;
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                    n++;
                }
            }
            finished += n;
            if (n > 0) {
                double x = numeric ? Double.parseDouble(e.getKey()) : position;
                points.add(new Point(e.getValue().get(0).shown(), x, sum / n, low, high, n));
            }
        }
        if (numeric) {
            points.sort((a, b) -> Double.compare(a.x(), b.x()));
        }
        return new SweepChart(metric, numeric, points, finished, rows.size());
    }

    /**
     * The outcome shown first: the share passing every guardrail, else the first guardrail's pass
     * rate, else the data's own quality measure, else the first there is.
     */
    public static String defaultOutcome(Collection<String> present) {
        if (present.contains(PASS_ALL)) {
            return PASS_ALL;
        }
        var pass =
                present.stream()
                        .filter(m -> m.startsWith(Metrics.PASS_PREFIX))
                        .sorted()
                        .findFirst();
        if (pass.isPresent()) {
            return pass.get();
        }
        for (String quality : List.of("high_quality", "ks", "feature_frechet", "wasserstein")) {
            if (present.contains(quality)) {
                return quality;
            }
        }
        return present.stream().sorted().findFirst().orElse(null);
    }

    /** Every metric the ended runs report, in name order. */
    public static List<String> outcomes(List<SweepRow> rows) {
        return rows.stream()
                .filter(SweepRow::finished)
                .flatMap(r -> r.metrics().keySet().stream())
                .distinct()
                .sorted()
                .toList();
    }

    private static boolean isNumber(String s) {
        try {
            return Double.isFinite(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
