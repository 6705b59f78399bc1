package org.ganplayground.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ganplayground.settings.Settings;
import org.junit.jupiter.api.Test;

/** The samples kept for people to judge, and one run's inspector judging another's forger. */
class DeckTest {

    private static GanConfig points(int iterations, int every, long seed, int hidden) {
        return Settings.read(
                        Map.of(
                                "domain", "points-2d",
                                "iterations", Integer.toString(iterations),
                                "snapshot.every", Integer.toString(every),
                                "forger.layers", Integer.toString(hidden),
                                "seed", Long.toString(seed)))
                .orThrow();
    }

    @Test
    void a_deck_is_kept_on_the_first_and_last_snapshot_and_at_most_sixteen_more_between() {
        List<Snapshot> seen = new ArrayList<>();
        GanRun.start(points(400, 10, 7, 16)).runToEnd(seen::add, () -> false);
        List<Integer> kept =
                seen.stream()
                        .filter(s -> s.arrays().containsKey(Deck.FAKE))
                        .map(Snapshot::iteration)
                        .toList();
        assertThat(seen).hasSize(41);
        assertThat(kept).startsWith(0, 30).endsWith(390, 400);
        assertThat(kept.size()).isBetween(Deck.TARGET_SNAPSHOTS / 2, Deck.TARGET_SNAPSHOTS + 2);
        Snapshot last = seen.get(seen.size() - 1);
        int samples = Deck.ITEMS * Deck.groupSize(org.ganplayground.domains.PictureKind.PLANE);
        assertThat(last.arrays().get(Deck.FAKE)).hasSize(samples * 2);
        assertThat(last.arrays().get(Deck.REAL_SCORE)).hasSize(samples);
        // the deck's forgeries are the first of the snapshot's own
        assertThat(last.arrays().get(Deck.FAKE))
                .isEqualTo(java.util.Arrays.copyOf(last.fake(), samples * 2));
    }

    @Test
    void the_machine_scores_kept_with_a_deck_are_the_inspectors_verdicts_on_those_samples() {
        GanConfig config = points(200, 50, 3, 16);
        GanRun run = GanRun.start(config);
        List<Snapshot> seen = new ArrayList<>();
        run.runToEnd(seen::add, () -> false);
        Snapshot last = seen.get(seen.size() - 1);
        float[] fake = last.arrays().get(Deck.FAKE);
        float[] real = last.arrays().get(Deck.REAL);
        int m = last.arrays().get(Deck.FAKE_SCORE).length;
        GanRun resumed = GanRun.resume(config, run.checkpoint());
        assertThat(resumed.judge(fake, m)).isEqualTo(last.arrays().get(Deck.FAKE_SCORE));
        assertThat(resumed.judge(real, m)).isEqualTo(last.arrays().get(Deck.REAL_SCORE));
        assertThat(last.arrays().get(Deck.FAKE_SCORE)).isNotEqualTo(new float[m]);
    }

    @Test
    void an_inspector_tested_on_its_own_forger_scores_its_runs_own_accuracy() {
        GanRun a = GanRun.start(points(150, 50, 1, 16));
        List<Snapshot> seen = new ArrayList<>();
        a.runToEnd(seen::add, () -> false);
        CrossCheck self = a.crossCheck(a);
        assertThat(self.ownAccuracy())
                .isEqualTo(seen.get(seen.size() - 1).metric(Metrics.ACCURACY), within(1e-12));
        assertThat(self.otherAccuracy()).isEqualTo(self.ownAccuracy());
        assertThat(self.ownAccuracy())
                .isEqualTo((self.realPassed() + self.ownCaught()) / 2, within(1e-12));
    }

    @Test
    void an_inspector_judges_another_forger_on_that_forgers_fixed_forgeries() {
        GanConfig config = points(150, 50, 1, 16);
        GanRun a = GanRun.start(config);
        a.runToEnd(s -> {}, () -> false);
        CrossCheck self = a.crossCheck(a);
        // the same forger in another run object: the same forgeries, so the same verdicts
        CrossCheck twin = a.crossCheck(GanRun.resume(config, a.checkpoint()));
        assertThat(twin).isEqualTo(self);
        GanRun untrained = GanRun.start(points(150, 50, 2, 32));
        CrossCheck check = a.crossCheck(untrained);
        assertThat(check.realPassed()).isEqualTo(self.realPassed());
        assertThat(check.otherCaught()).isNotEqualTo(self.ownCaught());
        assertThat(check.otherAccuracy())
                .isEqualTo((check.realPassed() + check.otherCaught()) / 2, within(1e-12));
        assertThat(check.samples()).isEqualTo(GanRun.EVAL_SAMPLES);
        assertThat(a.sameSamples(untrained)).isTrue();
    }
}
