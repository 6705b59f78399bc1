package org.ganplayground.training;

import java.util.List;
import org.ganplayground.classroom.AccountsDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the work of deleted accounts in the deleting transaction: their training stops, their
 * step sessions close, their runs go with snapshots and checkpoints.
 */
@Component
class AccountCleanup {

    private final RunRepository runs;
    private final TrainingQueue queue;
    private final StepSessions stepSessions;

    AccountCleanup(RunRepository runs, TrainingQueue queue, StepSessions stepSessions) {
        this.runs = runs;
        this.queue = queue;
        this.stepSessions = stepSessions;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void onAccountsDeleted(AccountsDeleted event) {
        List<Long> owners = event.accountIds();
        if (owners.isEmpty()) {
            return;
        }
        List<Long> active =
                runs.findByOwnerIdInOrderByCreatedAtDesc(owners).stream()
                        .filter(r -> r.getStatus().isActive())
                        .map(Run::getId)
                        .toList();
        // a training thread stops at its next iteration; what it still writes finds no run
        active.forEach(
                id -> {
                    queue.requestStop(id, Turn.Stop.DELETED);
                    stepSessions.forget(id);
                });
        runs.deleteSnapshotsOf(owners);
        runs.deleteCheckpointsOf(owners);
        runs.deleteRunsOf(owners);
        active.forEach(queue::changedAfterCommit);
    }
}
