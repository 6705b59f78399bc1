package org.ganplayground.training;

import org.ganplayground.engine.Snapshot;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes what a training run produces: its snapshots and its latest resumable checkpoint. */
@Component
class RunStore {

    private final RunRepository runs;
    private final RunSnapshotRepository snapshots;
    private final RunCheckpointRepository checkpoints;

    RunStore(
            RunRepository runs,
            RunSnapshotRepository snapshots,
            RunCheckpointRepository checkpoints) {
        this.runs = runs;
        this.snapshots = snapshots;
        this.checkpoints = checkpoints;
    }

    /**
     * Stores a snapshot (replacing one at the same iteration: in step mode, inspector-only steps
     * leave the iteration count unchanged) and the checkpoint taken with it.
     */
    @Transactional
    void record(long runId, Snapshot snapshot, byte[] checkpoint) {
        snapshots.deleteByRunIdAndIteration(runId, snapshot.iteration());
        snapshots.flush();
        snapshots.save(SnapshotCodec.encode(runId, snapshot));
        RunCheckpoint cp = checkpoints.findById(runId).orElse(null);
        if (cp == null) {
            checkpoints.save(new RunCheckpoint(runId, snapshot.iteration(), checkpoint));
        } else {
            cp.update(snapshot.iteration(), checkpoint);
        }
        runs.updateProgress(runId, snapshot.iteration());
    }
}
