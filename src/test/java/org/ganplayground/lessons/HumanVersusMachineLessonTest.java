package org.ganplayground.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ganplayground.engine.CrossCheck;
import org.ganplayground.engine.Deck;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.engine.GanRun;
import org.ganplayground.engine.RunOutcome;
import org.ganplayground.engine.Snapshot;
import org.junit.jupiter.api.Test;

/**
 * Lesson 9's points at the seeds it launches (its experiment at seed 1, its sweep's run at seed 2,
 * 2,000 iterations each): the inspector of seed 1 is right less often against seed 2's forger than
 * against its own (the detector lab), and at the end it still picks the forgery of most pairs the
 * game shows. Measured at seeds 1 to 6 by DetectorSurvey (README.md, "Human versus machine
 * inspectors"): lower at 6 of 6, final pairs 58 of 60. Two creature runs: a slow test.
 */
// creature runs of minutes: with the creature lessons of LessonPointsTest, which checks the same
// points at three seeds, they run with -Dgan.lessons.creatures=true (README.md, "The lessons'
// points at other seeds"), not in every build
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(
        named = "gan.lessons.creatures",
        matches = "true")
class HumanVersusMachineLessonTest {

    @Test
    void an_inspector_is_right_less_often_against_another_seeds_forger_and_still_picks_forgeries() {
        Lesson lesson =
                LessonFilesTest.COURSE.lessons().stream()
                        .filter(l -> l.slug().equals("human-versus-machine"))
                        .findFirst()
                        .orElseThrow();
        GanConfig own = lesson.config();
        Map<String, String> other = new LinkedHashMap<>(lesson.sweep().base());
        other.put("seed", Long.toString(lesson.sweep().seeds().get(0)));
        GanConfig another = Lesson.read(other).orThrow();
        assertThat(own.seed()).isEqualTo(1);
        assertThat(another.seed()).isEqualTo(2);

        Snapshot[] last = new Snapshot[1];
        GanRun a = GanRun.start(own);
        assertThat(a.runToEnd(s -> last[0] = s, () -> false).kind())
                .isEqualTo(RunOutcome.Kind.COMPLETED);
        GanRun b = GanRun.start(another);
        assertThat(b.runToEnd(s -> {}, () -> false).kind()).isEqualTo(RunOutcome.Kind.COMPLETED);

        CrossCheck check = a.crossCheck(b);
        // the lesson's figures: 0.89 against its own forger, 0.67 against the other
        assertThat(check.ownAccuracy()).isCloseTo(0.89, within(0.03));
        assertThat(check.otherAccuracy()).isCloseTo(0.67, within(0.03));
        assertThat(check.otherAccuracy()).isLessThan(check.ownAccuracy() - 0.05);

        float[] real = last[0].arrays().get(Deck.REAL_SCORE);
        float[] fake = last[0].arrays().get(Deck.FAKE_SCORE);
        int picked = 0;
        for (int i = 0; i < Deck.ITEMS; i++) {
            picked += fake[i] < real[i] ? 1 : 0;
        }
        assertThat(picked).isGreaterThan(Deck.ITEMS / 2);
    }
}
