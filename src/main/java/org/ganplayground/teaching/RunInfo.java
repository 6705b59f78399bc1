package org.ganplayground.teaching;

import java.time.Instant;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunStatus;

/** What the board needs of a run, copied out of the entity so the board can be tested alone. */
public record RunInfo(
        long id,
        long ownerId,
        String name,
        String domain,
        RunStatus status,
        int iterationsDone,
        int iterationsTotal,
        Instant createdAt,
        Instant queuedAt) {

    static RunInfo of(Run r) {
        return new RunInfo(
                r.getId(),
                r.getOwnerId(),
                r.getName(),
                r.getDomain(),
                r.getStatus(),
                r.getIterationsDone(),
                r.getIterationsTotal(),
                r.getCreatedAt(),
                r.getQueuedAt());
    }

    /** Whether this run should be on its learner's tile rather than {@code other}. */
    boolean outranks(RunInfo other) {
        if (other == null) {
            return true;
        }
        int mine = rank(status);
        int theirs = rank(other.status);
        return mine != theirs ? mine > theirs : createdAt.isAfter(other.createdAt);
    }

    /** Training beats waiting beats stopped: the tile shows what the learner is doing now. */
    private static int rank(RunStatus s) {
        return s == RunStatus.RUNNING ? 2 : s == RunStatus.QUEUED ? 1 : 0;
    }
}
