package org.ganplayground.training;

import java.time.Instant;
import org.ganplayground.classroom.ClassEnded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a class ends, its learners' queued and training runs are cancelled (what they trained so far
 * is kept) and their step sessions close, in the transaction that ends the class; the training
 * threads hear of it once that commits, as with {@link RunService#cancel}.
 */
@Component
class EndedClassRuns {

    static final String MESSAGE = "Stopped: the class has ended. Everything up to here is kept.";

    private final RunRepository runs;
    private final TrainingQueue queue;
    private final StepSessions stepSessions;
    private final RunEvents events;

    EndedClassRuns(
            RunRepository runs, TrainingQueue queue, StepSessions stepSessions, RunEvents events) {
        this.runs = runs;
        this.queue = queue;
        this.stepSessions = stepSessions;
        this.events = events;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void onClassEnded(ClassEnded event) {
        if (event.learnerIds().isEmpty()) {
            return;
        }
        for (Run r : runs.findByOwnerIdInOrderByCreatedAtDesc(event.learnerIds())) {
            long id = r.getId();
            if (!r.getStatus().isActive()) {
                continue;
            }
            if (stepSessions.isOpenHere(id)) {
                stepSessions.closeOpen(id, "The class has ended.");
            } else if (runs.cancelIfActive(id, MESSAGE, Instant.now()) == 1) {
                TrainingQueue.afterCommit(
                        () -> {
                            queue.requestStop(id, Turn.Stop.CANCELLED);
                            events.publish(
                                    new RunEvents.StatusChanged(id, RunStatus.CANCELLED, MESSAGE));
                            queue.changed(id);
                        });
            }
        }
    }
}
