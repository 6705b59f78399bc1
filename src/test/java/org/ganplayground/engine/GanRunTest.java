package org.ganplayground.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.ganplayground.settings.Settings;
import org.junit.jupiter.api.Test;

class GanRunTest {

    /** A small ring run at seed 7, snapshots every 50 iterations. */
    static GanConfig small(int iterations) {
        return Settings.read(
                        Map.of(
                                "domain",
                                "points-2d",
                                "iterations",
                                Integer.toString(iterations),
                                "snapshot.every",
                                "50",
                                "seed",
                                "7"))
                .orThrow();
    }

    @Test
    void the_same_config_and_seed_give_identical_snapshots() {
        List<Snapshot> a = new ArrayList<>();
        List<Snapshot> b = new ArrayList<>();
        GanRun.start(small(100)).runToEnd(a::add, () -> false);
        GanRun.start(small(100)).runToEnd(b::add, () -> false);
        assertThat(a).hasSize(3);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).fake()).isEqualTo(b.get(i).fake());
            assertThat(a.get(i).arrays().get("heatmap"))
                    .isEqualTo(b.get(i).arrays().get("heatmap"));
        }
    }

    @Test
    void a_run_snapshots_at_start_every_interval_and_end_with_the_points_views() {
        List<Snapshot> seen = new ArrayList<>();
        RunOutcome outcome = GanRun.start(small(120)).runToEnd(seen::add, () -> false);
        assertThat(outcome.kind()).isEqualTo(RunOutcome.Kind.COMPLETED);
        assertThat(seen).extracting(Snapshot::iteration).containsExactly(0, 50, 100, 120);
        Snapshot last = seen.get(3);
        assertThat(last.arrays().get("heatmap")).hasSize(48 * 48);
        assertThat(last.arrays().get("arrows")).hasSameSizeAs(last.fake());
        assertThat(last.metrics())
                .containsKeys(Metrics.SCORE_REAL, Metrics.SCORE_FAKE, "modes_covered");
        assertThat(outcome.message()).contains("Finished 120 iterations");
    }

    @Test
    void cancellation_takes_effect_within_one_iteration() {
        AtomicInteger checks = new AtomicInteger();
        GanRun run = GanRun.start(small(1000));
        RunOutcome outcome = run.runToEnd(s -> {}, () -> checks.incrementAndGet() > 37);
        assertThat(outcome.kind()).isEqualTo(RunOutcome.Kind.STOPPED);
        assertThat(run.iteration()).isEqualTo(37);
    }

    @Test
    void a_stop_after_the_last_snapshot_takes_one_more_where_it_stopped() {
        List<Snapshot> seen = new ArrayList<>();
        AtomicInteger checks = new AtomicInteger();
        GanRun.start(small(1000)).runToEnd(seen::add, () -> checks.incrementAndGet() > 73);
        assertThat(seen).extracting(Snapshot::iteration).containsExactly(0, 50, 73);
    }

    @Test
    void a_resumed_run_takes_its_first_snapshot_with_the_losses_of_the_one_it_continues() {
        List<Snapshot> before = new ArrayList<>();
        GanRun first = GanRun.start(small(1000));
        AtomicInteger checks = new AtomicInteger();
        first.runToEnd(before::add, () -> checks.incrementAndGet() > 60);
        Snapshot stoppedAt = before.get(before.size() - 1);

        List<Snapshot> after = new ArrayList<>();
        GanRun.resume(small(1000), first.checkpoint()).runToEnd(after::add, () -> true);
        Snapshot again = after.get(0);
        assertThat(again.iteration()).isEqualTo(stoppedAt.iteration()).isEqualTo(60);
        assertThat(again.metrics())
                .containsKeys(Metrics.LOSS_INSPECTOR, Metrics.LOSS_FORGER)
                .isEqualTo(stoppedAt.metrics());
    }

    @Test
    void a_resumed_run_ends_exactly_where_an_uninterrupted_one_does() {
        List<Snapshot> straight = new ArrayList<>();
        GanRun.start(small(200)).runToEnd(straight::add, () -> false);

        GanRun first = GanRun.start(small(200));
        AtomicInteger checks = new AtomicInteger();
        first.runToEnd(s -> {}, () -> checks.incrementAndGet() > 100);
        List<Snapshot> resumed = new ArrayList<>();
        GanRun.resume(small(200), first.checkpoint()).runToEnd(resumed::add, () -> false);

        assertThat(resumed.get(resumed.size() - 1).fake())
                .isEqualTo(straight.get(straight.size() - 1).fake());
    }

    @Test
    void a_resumed_averaging_run_shows_exactly_what_an_uninterrupted_one_does() {
        Map<String, String> params =
                Map.of("iterations", "200", "seed", "7", "forger.average", "0.99");
        GanConfig config = Settings.read(params).orThrow();
        List<Snapshot> straight = new ArrayList<>();
        GanRun.start(config).runToEnd(straight::add, () -> false);

        GanRun first = GanRun.start(config);
        AtomicInteger checks = new AtomicInteger();
        first.runToEnd(s -> {}, () -> checks.incrementAndGet() > 100);
        List<Snapshot> resumed = new ArrayList<>();
        GanRun.resume(config, first.checkpoint()).runToEnd(resumed::add, () -> false);

        assertThat(resumed.get(resumed.size() - 1).fake())
                .isEqualTo(straight.get(straight.size() - 1).fake());
    }

    @Test
    void a_run_whose_numbers_blow_up_stops_as_diverged_with_a_plain_reason() {
        GanConfig wild =
                Settings.read(
                                Map.of(
                                        "domain",
                                        "points-2d",
                                        "forger.optimizer",
                                        "sgd",
                                        "forger.lr",
                                        "1",
                                        "inspector.optimizer",
                                        "sgd",
                                        "inspector.lr",
                                        "1",
                                        "loss",
                                        "least_squares",
                                        "forger.layers",
                                        "256,256",
                                        "inspector.layers",
                                        "256,256",
                                        "iterations",
                                        "2000",
                                        "snapshot.every",
                                        "50"))
                        .orThrow();
        RunOutcome outcome = GanRun.start(wild).runToEnd(s -> {}, () -> false);
        assertThat(outcome.kind()).isEqualTo(RunOutcome.Kind.DIVERGED);
        assertThat(outcome.message()).containsAnyOf("blew up", "collapse");
    }

    @Test
    void a_conditioned_run_judges_its_forgeries_by_the_leg_count_it_asked_for() {
        GanConfig c =
                Settings.read(
                                Map.of(
                                        "domain",
                                        "creatures",
                                        "guardrails",
                                        "legs==6",
                                        "upfront",
                                        "true",
                                        "iterations",
                                        "10",
                                        "snapshot.every",
                                        "10"))
                        .orThrow();
        GanRun run = GanRun.start(c);
        Snapshot six = run.stepBoth(2);
        assertThat(run.conditionedOn()).containsExactly("legs");
        assertThat(six.metrics()).containsKey(Metrics.PASS_PREFIX + "legs==6");
        assertThat(six.imagePng()).isNotEmpty();
    }

    @Test
    void step_mode_moves_only_the_side_that_learns() {
        GanRun run = GanRun.start(small(100));
        Snapshot before = run.snapshot();
        Snapshot afterInspector = run.stepInspector(5);
        assertThat(afterInspector.fake()).isEqualTo(before.fake());
        assertThat(afterInspector.arrays().get("heatmap"))
                .isNotEqualTo(before.arrays().get("heatmap"));
        Snapshot afterForger = run.stepForger(5);
        assertThat(afterForger.fake()).isNotEqualTo(afterInspector.fake());
        assertThat(afterForger.arrays().get("heatmap"))
                .isEqualTo(afterInspector.arrays().get("heatmap"));
    }
}
