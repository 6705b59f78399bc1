package org.ganplayground.training;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On start-up, runs still marked RUNNING were cut off by a stop or crash: they become INTERRUPTED,
 * with their snapshots and checkpoint intact, ready to resume. (With several app nodes sharing one
 * database this needs a per-node owner column; one node for now.)
 */
@Component
class StartupRecovery {

    private static final Logger log = LoggerFactory.getLogger(StartupRecovery.class);

    private final TrainingJob trainingJob;

    StartupRecovery(TrainingJob trainingJob) {
        this.trainingJob = trainingJob;
    }

    @EventListener(ApplicationReadyEvent.class)
    void markInterruptedRuns() {
        int n = trainingJob.interruptOrphans();
        if (n > 0) {
            log.info("{} run(s) were interrupted by the last shutdown and can be resumed", n);
        }
    }
}
