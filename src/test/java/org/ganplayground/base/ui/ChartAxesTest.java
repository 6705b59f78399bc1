package org.ganplayground.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartAxesTest {

    @Test
    void lines_of_like_size_share_one_axis() {
        assertThat(ChartAxes.assign(new double[] {1, 0.5, 0.3})).containsExactly(0, 0, 0);
    }

    @Test
    void a_share_beside_eight_blobs_is_read_on_an_axis_of_its_own() {
        // the old Quality chart: high quality 0.3 was flat against 8 blobs and a KL of 14
        assertThat(ChartAxes.assign(new double[] {0.3, 8})).containsExactly(0, 1);
        assertThat(ChartAxes.assign(new double[] {0.69, 14})).containsExactly(0, 1);
    }

    @Test
    void five_times_as_large_still_shares_and_just_over_does_not() {
        assertThat(ChartAxes.assign(new double[] {1, 5})).containsExactly(0, 0);
        assertThat(ChartAxes.assign(new double[] {1, 5.01})).containsExactly(0, 1);
    }

    @Test
    void three_sizes_far_apart_get_three_axes_numbered_as_they_appear() {
        assertThat(ChartAxes.assign(new double[] {100, 0.1, 3, 90})).containsExactly(0, 1, 2, 0);
    }

    @Test
    void a_line_with_nothing_measured_joins_the_first_axis() {
        assertThat(ChartAxes.assign(new double[] {0, 8, 0.2})).containsExactly(0, 0, 1);
    }

    @Test
    void the_size_of_a_line_is_how_far_from_zero_it_reaches_ignoring_gaps() {
        assertThat(
                        ChartAxes.size(
                                List.of(
                                        new double[] {0, 0.2},
                                        new double[] {1, -3},
                                        new double[] {2, Double.NaN})))
                .isEqualTo(3);
    }

    @Test
    void the_summary_says_where_each_line_ended_and_began() {
        String s =
                LineChart.summarise(
                        List.of(
                                new LineChart.Series("score on real", "green", false, false),
                                new LineChart.Series("score on forgeries", "purple", false, false)),
                        List.of(
                                List.of(new double[] {0, 0.81}, new double[] {6000, 0.5}),
                                List.of(new double[] {0, Double.NaN}, new double[] {6000, 0.49})));
        assertThat(s)
                .isEqualTo(
                        "At iteration 6,000: score on real 0.50 (was 0.81 at iteration 0);"
                                + " score on forgeries 0.49.");
        assertThat(LineChart.summarise(List.of(), List.of())).startsWith("No data yet");
    }
}
