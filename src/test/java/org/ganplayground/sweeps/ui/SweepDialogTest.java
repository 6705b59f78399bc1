package org.ganplayground.sweeps.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import org.ganplayground.KaribuViewTest;
import org.ganplayground.training.TestRuns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The playground's sweep dialog marks each problem on the field where it was typed. */
class SweepDialogTest extends KaribuViewTest {

    @Autowired TestRuns testRuns;

    @AfterEach
    void cancelRuns() {
        testRuns.cancelAll();
    }

    private SweepDialog open(String query) {
        UI.getCurrent().navigate("", QueryParameters.fromString(query));
        _click(_get(Button.class, spec -> spec.withText("Sweep…")));
        return _get(SweepDialog.class);
    }

    @Test
    void the_dialog_shows_each_problem_on_its_field_and_starts_only_a_valid_sweep() {
        SweepDialog dialog = open("preset=ring-good&iterations=200");
        // over seeds 1 to 3 at first
        assertThat(dialog.seedFrom.getValue()).isEqualTo(1);
        assertThat(dialog.seedTo.getValue()).isEqualTo(3);
        assertThat(dialog.summary.getText()).startsWith("3 runs: About");
        assertThat(dialog.start.isEnabled()).isTrue();

        dialog.seedTo.setValue(20);
        assertThat(dialog.seedFrom.isInvalid()).isTrue();
        assertThat(dialog.seedFrom.getErrorMessage())
                .isEqualTo("A sweep makes at most 12 runs; seeds 1 to 20 would be 20.");
        assertThat(dialog.start.isEnabled()).isFalse();
        dialog.seedTo.setValue(0);
        assertThat(dialog.seedFrom.getErrorMessage())
                .isEqualTo("The first seed must not be above the last.");
        dialog.seedTo.setValue(3);
        assertThat(dialog.seedFrom.isInvalid()).isFalse();

        dialog.sweepSetting("forger.lr", "0.001, 7");
        assertThat(dialog.values.isInvalid()).isTrue();
        assertThat(dialog.values.getErrorMessage())
                .isEqualTo("Forger learning rate must be from 0.00001 to 1.");
        assertThat(dialog.start.isEnabled()).isFalse();
        assertThat(dialog.summary.getText()).isEmpty();

        dialog.values.setValue("0.001, 0.002, 0.003, 0.004, 0.005");
        assertThat(dialog.values.getErrorMessage())
                .isEqualTo(
                        "A sweep makes at most 12 runs; this one would make 15 (5 values × 3"
                                + " seeds).");

        dialog.sweepSetting("forger.layers", "32,32; 64");
        assertThat(dialog.values.isInvalid()).isFalse();
        assertThat(dialog.summary.getText()).startsWith("6 runs: About");

        dialog.sweepSetting("forger.lr", "0.001, 0.002");
        assertThat(dialog.values.isInvalid()).isFalse();
        assertThat(dialog.start.isEnabled()).isTrue();
        _click(dialog.start);
        SweepView page = _get(SweepView.class);
        assertThat(page.rows).hasSize(6);
        assertThat(page.swept.getText())
                .isEqualTo("Forger learning rate: 0.001, 0.002 over seeds 1, 2, 3.");
    }

    @Test
    void a_sweep_that_would_break_the_compute_budget_is_refused_before_it_starts() {
        SweepDialog dialog = open("preset=ring-good&iterations=20000");
        dialog.sweepSetting("forger.layers", "32; 512,512,512,512");
        assertThat(dialog.values.isInvalid()).isTrue();
        assertThat(dialog.values.getErrorMessage())
                .startsWith("With 512,512,512,512: ")
                .contains("more than the 300 s a run may use");
        assertThat(dialog.start.isEnabled()).isFalse();
    }
}
