package org.ganplayground.training;

import org.ganplayground.cluster.ThisNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On start-up, runs still marked RUNNING were cut off by a stop or crash: they become INTERRUPTED,
 * with their snapshots and checkpoint intact, ready to resume. Runs just before the queue's workers
 * start (a lower phase), so no run a worker trains is mistaken for one. A node of a cluster leaves
 * this to {@link Nodes}: a RUNNING run there may be training on another node, and is taken over
 * only when that node stops beating.
 */
@Component
class StartupRecovery implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StartupRecovery.class);

    private final RunRepository runs;
    private final TrainingQueue queue;
    private final StepSessions stepSessions;
    private final TransactionTemplate tx;
    private final ThisNode me;
    private volatile boolean running;

    StartupRecovery(
            RunRepository runs,
            TrainingQueue queue,
            StepSessions stepSessions,
            TransactionTemplate tx,
            ThisNode me) {
        this.runs = runs;
        this.queue = queue;
        this.stepSessions = stepSessions;
        this.tx = tx;
        this.me = me;
    }

    @Override
    public void start() {
        if (me.inCluster()) {
            running = true;
            return;
        }
        int n = interruptOrphans();
        if (n > 0) {
            log.info("{} run(s) were interrupted by the last shutdown and can be resumed", n);
        }
        running = true;
    }

    /** Marks RUNNING rows that nothing on this server trains. */
    int interruptOrphans() {
        Integer n =
                tx.execute(
                        s -> {
                            var orphans =
                                    runs.findByStatus(RunStatus.RUNNING).stream()
                                            .filter(r -> !queue.isTrainingHere(r.getId()))
                                            .filter(r -> !stepSessions.isOpenHere(r.getId()))
                                            .toList();
                            orphans.forEach(
                                    r -> {
                                        r.setStepMode(false);
                                        r.setStatus(
                                                RunStatus.INTERRUPTED,
                                                RunTrainer.interruptedMessage(
                                                        r.getIterationsDone()));
                                    });
                            return orphans.size();
                        });
        return n == null ? 0 : n;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return queue.getPhase() - 1;
    }
}
