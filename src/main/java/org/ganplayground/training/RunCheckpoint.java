package org.ganplayground.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The latest resumable state of a run (both networks' parameters and optimizer state). */
@Entity
@Table(name = "run_checkpoint")
class RunCheckpoint {

    @Id
    @Column(name = "run_id")
    private Long runId;

    @Column(nullable = false)
    private int iteration;

    @Column(nullable = false)
    private byte[] state;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected RunCheckpoint() {}

    RunCheckpoint(Long runId, int iteration, byte[] state) {
        this.runId = runId;
        update(iteration, state);
    }

    void update(int iteration, byte[] state) {
        this.iteration = iteration;
        this.state = state;
        this.savedAt = Instant.now();
    }

    int getIteration() {
        return iteration;
    }

    byte[] getState() {
        return state;
    }
}
