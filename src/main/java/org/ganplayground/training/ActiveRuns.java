package org.ganplayground.training;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that admits a learner's run (launch, resume, step session): it locks the owner's
 * account row and counts their queued and training runs in the same transaction that then stores
 * the run, so concurrent launches of one learner take turns and never pass the limit.
 */
@Component
class ActiveRuns {

    /** Queued, training, or open in step mode (a step session is a RUNNING run). */
    static final Set<RunStatus> ACTIVE = EnumSet.of(RunStatus.QUEUED, RunStatus.RUNNING);

    private final RunRepository runs;

    ActiveRuns(RunRepository runs) {
        this.runs = runs;
    }

    /**
     * Holds the owner's lock until the caller's transaction ends.
     *
     * @throws QuotaExceededException when the owner already has {@code max} active runs; {@code
     *     advice} follows the count in the message
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void reserve(long ownerId, int max, String advice) {
        runs.lockAccount(ownerId);
        long active = runs.countByOwnerIdAndStatusIn(ownerId, ACTIVE);
        if (active >= max) {
            throw new QuotaExceededException(
                    "You already have "
                            + active
                            + (active == 1 ? " run" : " runs")
                            + " queued, training or open in step mode. "
                            + advice);
        }
    }
}
