package org.ganplayground.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ganplayground.base.ui.ChartAxes;
import org.ganplayground.engine.Metrics;
import org.ganplayground.engine.Snapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The charts of a run: each line readable on its own scale, colours and shapes that keep their
 * meaning.
 */
class RunChartsTest {

    @BeforeEach
    void ui() {
        MockVaadin.setup();
    }

    @AfterEach
    void down() {
        MockVaadin.tearDown();
    }

    /** Snapshots with the metrics each domain writes, at sizes runs really reach. */
    static List<Snapshot> snapshots(String domain, long seed) {
        Random random = new Random(seed);
        List<Snapshot> out = new ArrayList<>();
        for (int i = 0; i <= 40; i++) {
            Map<String, Double> m = new HashMap<>();
            double t = i / 40.0;
            m.put(Metrics.SCORE_REAL, 0.9 - 0.4 * t + 0.02 * random.nextGaussian());
            m.put(Metrics.SCORE_FAKE, 0.1 + 0.4 * t);
            m.put(Metrics.ACCURACY, 0.95 - 0.45 * t);
            m.put(Metrics.LOSS_INSPECTOR, 0.3 + t);
            m.put(Metrics.LOSS_FORGER, 3 - 2.3 * t);
            m.put(Metrics.SPREAD_FAKE, 0.2 + 1.5 * t);
            m.put(Metrics.SPREAD_REAL, 1.7);
            switch (domain) {
                case "points" -> {
                    m.put("high_quality", 0.05 + 0.8 * t * random.nextDouble());
                    m.put("modes_covered", Math.floor(8 * t));
                    m.put("modes_total", 8.0);
                    m.put("kl", 14 * (1 - t) + 0.1);
                    m.put("js", 0.69 * (1 - t) + 0.01);
                }
                case "spectra" -> {
                    m.put("ks", 0.9 * (1 - t) + 0.02);
                    m.put("wasserstein", 20 * (1 - t) + 0.2);
                }
                default -> {
                    m.put("feature_frechet", 400 * (1 - t) + 3);
                    m.put(Metrics.PASS_PREFIX + "legs==8", t);
                    m.put(Metrics.PASS_PREFIX + "fangs==2", 0.5 * t);
                }
            }
            out.add(new Snapshot(i * 150, i * 100L, m, null, null, null, Map.of()));
        }
        return out;
    }

    /** The check: lines whose sizes differ more than 5x never share an axis. */
    @ParameterizedTest
    @ValueSource(strings = {"points", "spectra", "creatures"})
    void every_chart_reads_lines_more_than_five_times_apart_on_their_own_axes(String domain) {
        for (long seed = 1; seed <= 5; seed++) {
            RunCharts charts = new RunCharts();
            charts.setExpert(true);
            List<Snapshot> run = snapshots(domain, seed);
            charts.draw(List.of("run"), List.of(run));
            for (var entry : charts.charts.entrySet()) {
                List<String> metrics =
                        MetricGuide.of(entry.getKey(), run.get(run.size() - 1).metrics().keySet());
                int[] axes = entry.getValue().axes();
                assertThat(axes).hasSize(metrics.size());
                for (int a = 0; a < metrics.size(); a++) {
                    for (int b = a + 1; b < metrics.size(); b++) {
                        double sa = size(run, metrics.get(a));
                        double sb = size(run, metrics.get(b));
                        if (Math.max(sa, sb) > ChartAxes.RATIO * Math.min(sa, sb)) {
                            assertThat(axes[a])
                                    .as(
                                            "%s: %s (%.2f) and %s (%.2f)",
                                            entry.getKey(), metrics.get(a), sa, metrics.get(b), sb)
                                    .isNotEqualTo(axes[b]);
                        }
                        if (axes[a] == axes[b]) {
                            assertThat(Math.max(sa, sb))
                                    .isLessThanOrEqualTo(ChartAxes.RATIO * Math.min(sa, sb));
                        }
                    }
                }
            }
        }
    }

    private static double size(List<Snapshot> run, String metric) {
        return ChartAxes.size(
                run.stream().map(s -> new double[] {s.iteration(), s.metric(metric)}).toList());
    }

    @Test
    void high_quality_and_blobs_covered_no_longer_share_the_quality_axis() {
        RunCharts charts = new RunCharts();
        charts.draw(List.of("run"), List.of(snapshots("points", 1)));
        int[] axes = charts.chart(MetricGuide.Chart.QUALITY).axes();
        assertThat(axes).containsExactly(0, 1);
    }

    @Test
    void expert_measures_stay_hidden_until_asked_for() {
        RunCharts charts = new RunCharts();
        charts.draw(List.of("run"), List.of(snapshots("points", 1)));
        assertThat(charts.chart(MetricGuide.Chart.EXPERT).isVisible()).isFalse();
        assertThat(charts.chart(MetricGuide.Chart.QUALITY).isVisible()).isTrue();
        charts.setExpert(true);
        assertThat(charts.chart(MetricGuide.Chart.EXPERT).isVisible()).isTrue();
        assertThat(charts.chart(MetricGuide.Chart.EXPERT).summary()).contains("Jensen-Shannon");
    }

    @Test
    void the_first_snapshot_is_already_a_point_on_every_chart() {
        RunCharts charts = new RunCharts();
        charts.draw(List.of("run"), List.of(snapshots("points", 1).subList(0, 1)));
        assertThat(charts.chart(MetricGuide.Chart.SCORES).summary())
                .startsWith("At iteration 0: score on real");
    }

    @Test
    void real_is_green_circles_and_forged_purple_triangles_in_every_run_of_a_comparison() {
        assertThat(RunCharts.color(Metrics.SCORE_REAL, 0)).isEqualTo(RunCharts.REAL);
        assertThat(RunCharts.color(Metrics.SCORE_FAKE, 1)).isEqualTo(RunCharts.FORGED);
        assertThat(RunCharts.shape(Metrics.SCORE_REAL, 0)).isEqualTo("circle");
        assertThat(RunCharts.shape(Metrics.SCORE_FAKE, 1)).isEqualTo("triangle");
        // a pass rate is never drawn in the colour of real or forged
        for (int i = 0; i < 12; i++) {
            assertThat(RunCharts.color(Metrics.PASS_PREFIX + "legs==8", i))
                    .isNotIn(RunCharts.REAL, RunCharts.FORGED);
        }
    }

    @Test
    void every_metric_a_domain_writes_has_a_plain_name_and_a_meaning() {
        for (String domain : List.of("points", "spectra", "creatures")) {
            for (String metric : snapshots(domain, 1).get(0).metrics().keySet()) {
                MetricGuide.Info info = MetricGuide.of(metric);
                assertThat(info.label()).doesNotContain("_");
                assertThat(info.meaning()).endsWith(".");
            }
        }
    }
}
