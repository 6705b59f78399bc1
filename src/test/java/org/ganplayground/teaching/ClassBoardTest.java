package org.ganplayground.teaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ganplayground.engine.Snapshot;
import org.ganplayground.training.RunEvents;
import org.ganplayground.training.RunStatus;
import org.junit.jupiter.api.Test;

/** The board's bookkeeping without a server: events in, at most one change per tile per tick. */
class ClassBoardTest {

    static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    static final long STALL_MS = 120_000;

    /** Runs by id as the database would answer, and a count of pictures drawn. */
    static final class FakeSource implements ClassBoard.Source {
        final Map<Long, RunInfo> runs = new HashMap<>();
        final Map<Long, Snapshot> latest = new HashMap<>();
        int pictures;
        int finds;

        @Override
        public Optional<RunInfo> find(long runId) {
            finds++;
            return Optional.ofNullable(runs.get(runId));
        }

        @Override
        public Optional<Snapshot> latest(long runId) {
            return Optional.ofNullable(latest.get(runId));
        }

        @Override
        public byte[] picture(RunInfo run, Snapshot snapshot) {
            pictures++;
            return new byte[] {(byte) snapshot.iteration()};
        }
    }

    final FakeSource source = new FakeSource();

    static RunInfo run(long id, long owner, RunStatus status, int done, int minute) {
        Instant created = T0.plusSeconds(60L * minute);
        return new RunInfo(
                id, owner, "run " + id, "points2d", status, done, 1000, created, created);
    }

    static Snapshot snap(int iteration, double modes) {
        return new Snapshot(
                iteration,
                iteration,
                Map.of("modes_covered", modes, "modes_total", 8.0),
                new float[0],
                new float[0],
                null,
                Map.of());
    }

    ClassBoard board(List<RunInfo> runs) {
        runs.forEach(r -> source.runs.put(r.id(), r));
        Map<Long, String> learners = new LinkedHashMap<>();
        learners.put(1L, "ada");
        learners.put(2L, "bo");
        learners.put(3L, "cy");
        return new ClassBoard(7, learners, runs, Map.of(), source, STALL_MS);
    }

    static long at(int seconds) {
        return T0.toEpochMilli() + seconds * 1000L;
    }

    @Test
    void a_tile_shows_the_training_run_over_a_newer_finished_one_and_no_run_when_there_is_none() {
        ClassBoard b =
                board(
                        List.of(
                                run(10, 1, RunStatus.RUNNING, 50, 0),
                                run(11, 1, RunStatus.COMPLETED, 1000, 5),
                                run(20, 2, RunStatus.COMPLETED, 1000, 0),
                                run(21, 2, RunStatus.COMPLETED, 1000, 3)));
        List<Tile> tiles = b.tiles();
        assertThat(tiles).extracting(Tile::username).containsExactly("ada", "bo", "cy");
        assertThat(tiles.get(0).run().id()).isEqualTo(10);
        assertThat(tiles.get(1).run().id()).isEqualTo(21);
        assertThat(tiles.get(2).run()).isNull();
    }

    @Test
    void many_events_between_two_ticks_make_one_change_per_tile() {
        ClassBoard b =
                board(
                        List.of(
                                run(10, 1, RunStatus.RUNNING, 0, 0),
                                run(20, 2, RunStatus.RUNNING, 0, 0)));
        b.tick(at(0));
        for (int i = 1; i <= 100; i++) {
            b.onEvent(new RunEvents.Progress(10, i * 10, 1000, i));
            b.onEvent(new RunEvents.SnapshotTaken(10, snap(i * 10, 8)));
        }
        List<Tile> changed = b.tick(at(1));
        assertThat(changed).extracting(Tile::username).containsExactly("ada");
        assertThat(changed.get(0).iteration()).isEqualTo(1000);
        assertThat(b.tick(at(2))).as("nothing new, nothing sent").isEmpty();
    }

    @Test
    void pictures_are_drawn_at_most_every_two_seconds_however_many_snapshots_arrive() {
        ClassBoard b = board(List.of(run(10, 1, RunStatus.RUNNING, 0, 0)));
        b.tick(at(0));
        int drawn = source.pictures;
        for (int second = 1; second <= 10; second++) {
            for (int k = 0; k < 20; k++) {
                int it = second * 100 + k;
                b.onEvent(new RunEvents.SnapshotTaken(10, snap(it, 8)));
            }
            b.tick(at(second));
        }
        assertThat(source.pictures - drawn).isBetween(5, 6);
        assertThat(b.tiles().get(0).picture()).isNotNull();
    }

    @Test
    void a_run_whose_modes_covered_falls_to_half_its_best_is_flagged_as_collapsing() {
        ClassBoard b = board(List.of(run(10, 1, RunStatus.RUNNING, 0, 0)));
        b.tick(at(0));
        b.onEvent(new RunEvents.SnapshotTaken(10, snap(260, 7)));
        assertThat(b.tick(at(1)).get(0).flags()).isEmpty();
        b.onEvent(new RunEvents.SnapshotTaken(10, snap(270, 5)));
        assertThat(b.tick(at(2)).get(0).flags()).as("7 to 5 is not a collapse").isEmpty();
        b.onEvent(new RunEvents.SnapshotTaken(10, snap(300, 3)));
        Tile t = b.tick(at(3)).get(0);
        assertThat(t.flags()).extracting(Tile.Flag::kind).containsExactly(Tile.Flag.Kind.COLLAPSE);
        assertThat(t.flags().get(0).text()).isEqualTo("Collapsing: covers 3 modes, had 7");
    }

    @Test
    void a_run_that_never_spreads_out_is_flagged_once_half_of_it_is_done() {
        ClassBoard b = board(List.of(run(10, 1, RunStatus.RUNNING, 0, 0)));
        b.tick(at(0));
        b.onEvent(new RunEvents.SnapshotTaken(10, snap(100, 1)));
        assertThat(b.tick(at(1)).get(0).flags()).as("too early to tell").isEmpty();
        b.onEvent(new RunEvents.SnapshotTaken(10, snap(500, 1)));
        assertThat(b.tick(at(2)).get(0).flags())
                .extracting(Tile.Flag::text)
                .containsExactly("Collapsed: covers 1 of 8 modes");
        b.onEvent(new RunEvents.SnapshotTaken(10, snap(600, 6)));
        assertThat(b.tick(at(3)).get(0).flags()).as("6 of 8 is healthy").isEmpty();
    }

    @Test
    void a_run_waiting_longer_than_the_stall_time_is_flagged_once_the_time_passes() {
        ClassBoard b = board(List.of(run(10, 1, RunStatus.QUEUED, 0, 0)));
        assertThat(b.tick(at(60))).isEmpty();
        List<Tile> later = b.tick(at(130));
        assertThat(later).hasSize(1);
        assertThat(later.get(0).flags())
                .extracting(Tile.Flag::text)
                .containsExactly("Waiting 2 minutes in the queue");
    }

    @Test
    void a_diverged_run_is_flagged_when_its_status_changes() {
        ClassBoard b = board(List.of(run(10, 1, RunStatus.RUNNING, 0, 0)));
        b.tick(at(0));
        source.runs.put(10L, run(10, 1, RunStatus.DIVERGED, 300, 0));
        b.onEvent(new RunEvents.StatusChanged(10, RunStatus.DIVERGED, "blew up"));
        Tile t = b.tick(at(1)).get(0);
        assertThat(t.status()).isEqualTo(RunStatus.DIVERGED);
        assertThat(t.flags()).extracting(Tile.Flag::kind).containsExactly(Tile.Flag.Kind.DIVERGED);
    }

    @Test
    void a_run_launched_after_the_board_opened_takes_its_learners_tile() {
        ClassBoard b = board(List.of(run(20, 2, RunStatus.COMPLETED, 1000, 0)));
        b.tick(at(0));
        source.runs.put(22L, run(22, 2, RunStatus.QUEUED, 0, 10));
        source.runs.put(99L, run(99, 42, RunStatus.QUEUED, 0, 10)); // another class's learner
        b.onEvent(new RunEvents.QueueChanged(22));
        b.onEvent(new RunEvents.QueueChanged(99));
        List<Tile> changed = b.tick(at(1));
        assertThat(changed).extracting(t -> t.run().id()).containsExactly(22L);
        int finds = source.finds;
        b.onEvent(new RunEvents.Progress(99, 5, 1000, 5));
        b.tick(at(2));
        assertThat(source.finds).as("another class's run is looked up once").isEqualTo(finds);
    }

    @Test
    void when_the_shown_run_finishes_the_tile_moves_to_the_learners_next_waiting_run() {
        ClassBoard b =
                board(
                        List.of(
                                run(10, 1, RunStatus.RUNNING, 900, 0),
                                run(11, 1, RunStatus.QUEUED, 0, 1)));
        b.tick(at(0));
        source.runs.put(10L, run(10, 1, RunStatus.COMPLETED, 1000, 0));
        b.onEvent(new RunEvents.StatusChanged(10, RunStatus.COMPLETED, null));
        List<Tile> changed = new ArrayList<>(b.tick(at(1)));
        assertThat(changed).hasSize(1);
        assertThat(changed.get(0).run().id()).isEqualTo(11);
    }
}
