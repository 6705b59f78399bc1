package org.ganplayground.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import org.ganplayground.engine.GanRun;
import org.ganplayground.engine.Metrics;
import org.ganplayground.engine.RunOutcome;
import org.ganplayground.engine.Snapshot;
import org.ganplayground.settings.Presets;
import org.junit.jupiter.api.Test;

/**
 * Lesson 4's point at full length: the two creature presets it launches, at their seed: the
 * conditioned one obeys "legs==8" at least as often as the one that learns it from examples, and
 * nearly always. The slowest unit test (two 5,000-iteration creature runs, a few minutes). Before
 * creature runs showed the averaged forger (forger.average), the trained forger's pass rate swung
 * between snapshots and this comparison flipped with the machine: 0.891 up front against 0.92 from
 * examples here. With the average both reach 0.999 at seeds 1 to 3 (README.md, "Creatures,
 * legs==8"); what up front adds is control: ConditioningTest asks for 4, 6 and 8 legs.
 */
class LessonFourComparisonTest {

    @Test
    void guardrails_given_up_front_pass_legs_8_at_least_as_often_as_learned_from_examples() {
        double examples = passRate("creatures-8legs");
        double upFront = passRate("creatures-8legs-upfront");
        assertThat(upFront).isGreaterThanOrEqualTo(examples);
        assertThat(upFront).isGreaterThanOrEqualTo(0.9);
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
