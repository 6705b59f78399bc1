package org.ganplayground.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import org.ganplayground.engine.GanRun;
import org.ganplayground.engine.Metrics;
import org.ganplayground.engine.RunOutcome;
import org.ganplayground.engine.Snapshot;
import org.ganplayground.settings.Presets;
import org.junit.jupiter.api.Test;

/**
 * Lesson 4's first point at full length: the two creature presets it launches, at their seed, both
 * obey "legs==8" on nearly every forgery, a tie at the ceiling. Measured at seeds 1 to 8 with 4,000
 * iterations ({@code UpFrontSurvey legs}, README.md "Guardrails given up front, over seeds"): up
 * front 0.99 to 1.00, from examples 0.997 to 1.00, up front within 0.011 of examples at every seed
 * but not above it at most; at 5,000 iterations seed 1's up-front forger had swung to 0.82. So the
 * lesson claims a tie plus control (ConditioningTest asks one forger for 4, 6 and 8 legs), not that
 * up front passes more often; the sweep over the tarantula's four guardrails is where giving more
 * up front shows. The slowest unit test (two 4,000-iteration creature runs).
 */
// creature runs of minutes: with the creature lessons of LessonPointsTest, which checks the same
// points at three seeds, they run with -Dgan.lessons.creatures=true (README.md, "The lessons'
// points at other seeds"), not in every build
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(
        named = "gan.lessons.creatures",
        matches = "true")
class LessonFourComparisonTest {

    @Test
    void guardrails_given_up_front_pass_legs_8_about_as_often_as_learned_from_examples() {
        double examples = passRate("creatures-8legs"); // measured 0.997
        double upFront = passRate("creatures-8legs-upfront"); // measured 0.995
        assertThat(examples).isGreaterThanOrEqualTo(0.98);
        assertThat(upFront).isGreaterThanOrEqualTo(0.98);
        assertThat(Math.abs(upFront - examples)).isLessThanOrEqualTo(0.02);
    }

    private static double passRate(String presetId) {
        Snapshot[] last = new Snapshot[1];
        RunOutcome outcome =
                GanRun.start(Presets.byId(presetId).orElseThrow().config())
                        .runToEnd(s -> last[0] = s, () -> false);
        assertThat(outcome.kind()).isEqualTo(RunOutcome.Kind.COMPLETED);
        return last[0].metric(Metrics.PASS_PREFIX + "legs==8");
    }
}
