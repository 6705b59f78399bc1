package org.ganplayground.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.Map;
import org.ganplayground.KaribuViewTest;
import org.ganplayground.settings.Settings;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunService;
import org.ganplayground.training.StepSessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StepViewTest extends KaribuViewTest {

    @Autowired StepSessions sessions;
    @Autowired RunService runs;
    private Run run;

    @AfterEach
    void close() {
        if (run != null) {
            runs.cancel(run.getId());
        }
    }

    @Test
    void the_side_that_learns_lights_up_and_every_chart_grows_by_a_point_per_click()
            throws Exception {
        run =
                sessions.open(
                        Settings.read(Map.of("domain", "points-2d", "iterations", "2000"))
                                .orThrow(),
                        null);
        UI.getCurrent().navigate("step/" + run.getId());
        StepView view = _get(StepView.class);
        int before = view.history.size();

        _click(view.inspector);
        assertThat(view.overview.inspector.getClassNames()).contains("gp-learning");
        assertThat(view.overview.forger.getClassNames()).doesNotContain("gp-learning");
        assertThat(view.overview.inspector.learning.isVisible()).isTrue();
        waitUntilIdle(view);
        // only whole iterations (both sides) count: the inspector's step redraws iteration 0
        assertThat(view.history).hasSize(before);

        _click(view.forger);
        assertThat(view.overview.forger.getClassNames()).contains("gp-learning");
        assertThat(view.overview.inspector.getClassNames()).doesNotContain("gp-learning");
        waitUntilIdle(view);

        _click(view.both);
        assertThat(view.overview.forger.getClassNames()).contains("gp-learning");
        assertThat(view.overview.inspector.getClassNames()).contains("gp-learning");
        waitUntilIdle(view);
        _click(view.both);
        waitUntilIdle(view);
        assertThat(view.history).hasSize(before + 2);

        // the losses chart has a point per click, from the first one on
        assertThat(view.charts.chart(MetricGuide.Chart.LOSSES).summary())
                .startsWith("At iteration 20:");
        assertThat(view.close.getText()).isEqualTo("Finish step session");
    }

    private static void waitUntilIdle(StepView view) throws InterruptedException {
        long end = System.currentTimeMillis() + 30_000;
        while (view.busy.isVisible() && System.currentTimeMillis() < end) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip();
        }
        assertThat(view.busy.isVisible()).as(view.scores.getText()).isFalse();
    }
}
