package org.ganplayground.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunProgressTest {

    @Test
    void the_time_left_is_estimated_only_once_a_twentieth_of_the_run_is_done() {
        // start-up made the first 18 of 3,000 rounds slow: no wild guess from them
        assertThat(RunProgress.live(18, 3000, 2500))
                .isEqualTo("Iteration 18 of 3,000 · 2.5 s elapsed · estimating the time left");
        assertThat(RunProgress.live(300, 3000, 1500))
                .isEqualTo("Iteration 300 of 3,000 · 1.5 s elapsed · about 13.5 s left");
        assertThat(RunProgress.live(0, 10, 0)).endsWith("estimating the time left");
    }
}
