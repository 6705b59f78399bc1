package org.ganplayground.training;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Small runs for tests in other packages, and an empty queue after them. */
@Component
public class TestRuns {

    private final RunService runs;
    private final RunRepository repository;
    private final TrainingQueue queue;
    private final TransactionTemplate tx;

    TestRuns(
            RunService runs,
            RunRepository repository,
            TrainingQueue queue,
            TransactionTemplate tx) {
        this.runs = runs;
        this.repository = repository;
        this.queue = queue;
        this.tx = tx;
    }

    /** Launches a 2-D ring run of {@code iterations} as the signed-in caller. */
    public Run launch(String name, int iterations) {
        return runs.launch(RunServiceTest.ring(iterations), name, null);
    }

    /** Cancels every active run and waits for the training threads to let go. */
    public void cancelAll() {
        Queues.cancelAll(repository, queue, tx);
    }
}
