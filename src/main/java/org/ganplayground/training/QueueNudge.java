package org.ganplayground.training;

import org.jobrunr.server.BackgroundJobServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * JobRunr polls SQL storage at most every 5 s, so a run launched on an idle server would wait up to
 * 5 s. After the launching transaction commits, this asks the local job server to look for new work
 * now, through the same path JobRunr takes when a worker becomes idle. If that fails the regular
 * poll still picks the job up.
 */
@Component
class QueueNudge {

    private static final Logger log = LoggerFactory.getLogger(QueueNudge.class);

    private final ObjectProvider<BackgroundJobServer> server;

    QueueNudge(ObjectProvider<BackgroundJobServer> server) {
        this.server = server;
    }

    void afterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(
                    new TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            nudge();
                        }
                    });
        } else {
            nudge();
        }
    }

    private void nudge() {
        BackgroundJobServer s = server.getIfAvailable();
        if (s == null || !s.isRunning() || s.getJobSteward() == null) {
            return;
        }
        try {
            // occupied then idle: the counter is unchanged, and "idle" onboards enqueued jobs at
            // once
            s.getJobSteward().notifyThreadOccupied();
            s.getJobSteward().notifyThreadIdle();
        } catch (RuntimeException e) {
            log.debug("Could not nudge the job server; its next poll will start the run", e);
        }
    }
}
