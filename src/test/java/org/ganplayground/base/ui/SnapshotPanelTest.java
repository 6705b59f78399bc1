package org.ganplayground.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotPanelTest {

    @Test
    void the_summary_of_a_spectrum_says_where_real_and_forged_energies_peak() {
        String s =
                SnapshotPanel.peaks(
                        List.of(
                                new LineChart.Series("real", "g", true, false),
                                new LineChart.Series("forged", "p", true, true)),
                        List.of(
                                List.of(new double[] {0.5, 0.1}, new double[] {1.5, 0.6}),
                                List.of(new double[] {0.5, 0.7}, new double[] {1.5, 0.2})));
        assertThat(s)
                .isEqualTo("real energies peak at 1.50 GeV; forged energies peak at 0.50 GeV.");
    }
}
