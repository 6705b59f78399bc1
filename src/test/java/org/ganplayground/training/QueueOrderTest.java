package org.ganplayground.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueueOrderTest {

    private static final long A = 1;
    private static final long B = 2;
    private static final long C = 3;

    private static Instant t(int s) {
        return Instant.parse("2026-11-27T10:00:00Z").plusSeconds(s);
    }

    private static QueueOrder.Waiting run(long id, long owner, Long classId, int queuedAt) {
        return new QueueOrder.Waiting(id, owner, classId, t(queuedAt));
    }

    private static List<Long> ids(List<QueueOrder.Waiting> runs) {
        return runs.stream().map(QueueOrder.Waiting::runId).toList();
    }

    @Test
    void a_classmates_first_run_goes_before_a_learners_second_and_third() {
        List<QueueOrder.Waiting> queued =
                List.of(run(11, A, 1L, 0), run(12, A, 1L, 1), run(13, A, 1L, 2), run(21, B, 1L, 3));
        assertThat(ids(QueueOrder.order(queued, Map.of()))).containsExactly(11L, 21L, 12L, 13L);
    }

    @Test
    void a_learner_whose_run_is_training_waits_behind_everyone_who_waits() {
        // A's first run trains now; A's second was queued before B's first
        List<QueueOrder.Waiting> queued = List.of(run(12, A, 1L, 1), run(21, B, 1L, 5));
        assertThat(ids(QueueOrder.order(queued, Map.of(A, t(10))))).containsExactly(21L, 12L);
    }

    @Test
    void a_turn_that_ended_long_ago_gives_no_head_start_over_a_longer_wait() {
        // A trained yesterday and queued at 5; B never trained and queued at 3: B waited longer
        List<QueueOrder.Waiting> queued = List.of(run(12, A, 1L, 5), run(21, B, 1L, 3));
        assertThat(ids(QueueOrder.order(queued, Map.of(A, t(-86_400))))).containsExactly(21L, 12L);
    }

    @Test
    void learners_take_turns_round_robin() {
        List<QueueOrder.Waiting> queued =
                List.of(
                        run(11, A, null, 0),
                        run(12, A, null, 1),
                        run(21, B, null, 2),
                        run(22, B, null, 3),
                        run(31, C, null, 4));
        assertThat(ids(QueueOrder.order(queued, Map.of())))
                .containsExactly(11L, 21L, 31L, 12L, 22L);
    }

    @Test
    void a_class_at_its_training_maximum_is_skipped_and_another_class_goes_first() {
        List<QueueOrder.Waiting> queued = List.of(run(11, A, 7L, 0), run(21, B, 8L, 5));
        var startable = QueueOrder.startable(queued, Map.of(), Map.of(7L, 2L), classId -> 2);
        assertThat(ids(startable)).containsExactly(21L);
        var room = QueueOrder.startable(queued, Map.of(), Map.of(7L, 1L), classId -> 2);
        assertThat(ids(room)).containsExactly(11L, 21L);
    }

    @Test
    void runs_outside_a_class_are_never_held_back_by_a_class_maximum() {
        List<QueueOrder.Waiting> queued = List.of(run(11, A, null, 0));
        assertThat(ids(QueueOrder.startable(queued, Map.of(), Map.of(), classId -> 0)))
                .containsExactly(11L);
    }

    @Test
    void the_position_is_the_number_of_runs_that_start_first() {
        List<QueueOrder.Waiting> queued =
                List.of(run(11, A, 1L, 0), run(12, A, 1L, 1), run(21, B, 1L, 3));
        assertThat(QueueOrder.ahead(queued, Map.of(), 11)).isZero();
        assertThat(QueueOrder.ahead(queued, Map.of(), 21)).isEqualTo(1);
        assertThat(QueueOrder.ahead(queued, Map.of(), 12)).isEqualTo(2);
    }
}
