package org.ganplayground.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.springframework.transaction.support.TransactionTemplate;

/** Waiting for runs, and leaving the queue empty for the next test. */
final class Queues {

    private Queues() {}

    static Run waitFor(RunService runs, long id, RunStatus status, Duration timeout)
            throws InterruptedException {
        long end = System.currentTimeMillis() + timeout.toMillis();
        Run run = runs.find(id).orElseThrow();
        while (run.getStatus() != status && System.currentTimeMillis() < end) {
            Thread.sleep(50);
            run = runs.find(id).orElseThrow();
        }
        assertThat(run.getStatus()).as(run.getStatusMessage()).isEqualTo(status);
        return run;
    }

    /** Cancels every active run of every learner and waits for the training threads to let go. */
    static void cancelAll(RunRepository runs, TrainingQueue queue, TransactionTemplate tx) {
        var active = runs.findAll().stream().filter(r -> r.getStatus().isActive()).toList();
        for (Run r : active) {
            tx.executeWithoutResult(
                    s -> runs.cancelIfActive(r.getId(), "Test over.", Instant.now()));
            queue.requestStop(r.getId(), Turn.Stop.CANCELLED);
        }
        long end = System.currentTimeMillis() + 20_000;
        while (active.stream().anyMatch(r -> queue.isTrainingHere(r.getId()))
                && System.currentTimeMillis() < end) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
