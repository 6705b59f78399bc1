package org.ganplayground.training;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ganplayground.domains.Domains;
import org.ganplayground.domains.PictureKind;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.engine.GanRun;
import org.ganplayground.engine.RunObserver;
import org.ganplayground.engine.RunOutcome;
import org.ganplayground.engine.Snapshot;
import org.ganplayground.settings.Settings;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The queued work: trains one run on a JobRunr worker thread, storing each snapshot and a
 * checkpoint as it goes. JobRunr stores the method signature of queued jobs: renaming {@link
 * #train(long)} breaks runs that are already queued.
 */
@Component
public class TrainingJob {

    private static final Logger log = LoggerFactory.getLogger(TrainingJob.class);

    /** How often progress reaches the database and the cancel flag is re-read from it. */
    private static final long PROGRESS_EVERY_MS = 500;

    private final RunRepository runs;
    private final RunSnapshotRepository snapshots;
    private final RunCheckpointRepository checkpoints;
    private final RunEvents events;
    private final RunStore store;
    private final TransactionTemplate tx;
    private final TrainingPriority priority;
    private final Thumbnails thumbnails;
    private final Set<Long> stopRequested = ConcurrentHashMap.newKeySet();

    /** Runs this JVM is training: the only RUNNING rows that are not orphans. */
    private final Set<Long> trainingHere = ConcurrentHashMap.newKeySet();

    TrainingJob(
            RunRepository runs,
            RunSnapshotRepository snapshots,
            RunCheckpointRepository checkpoints,
            RunEvents events,
            RunStore store,
            TransactionTemplate tx,
            TrainingPriority priority,
            Thumbnails thumbnails) {
        this.runs = runs;
        this.snapshots = snapshots;
        this.checkpoints = checkpoints;
        this.events = events;
        this.store = store;
        this.tx = tx;
        this.priority = priority;
        this.thumbnails = thumbnails;
    }

    boolean isTrainingHere(long runId) {
        return trainingHere.contains(runId);
    }

    void requestStop(long runId) {
        stopRequested.add(runId);
    }

    @Job(name = "Train GAN run %0", retries = 0)
    public void train(long runId) {
        Run run = tx.execute(s -> claim(runId));
        if (run == null) {
            return; // cancelled, deleted or interrupted before a worker got to it
        }
        events.publish(new RunEvents.StatusChanged(runId, RunStatus.RUNNING, null));
        priority.lowerCurrentThread();
        RunOutcome outcome;
        try {
            GanConfig config = Settings.stored(run.getConfigJson());
            GanRun gan =
                    checkpoints
                            .findById(runId)
                            .map(c -> GanRun.resume(config, c.getState()))
                            .orElseGet(() -> GanRun.start(config));
            tx.executeWithoutResult(
                    s ->
                            snapshots.deleteByRunIdAndIterationGreaterThanEqual(
                                    runId, gan.iteration()));
            outcome = gan.runToEnd(new Recorder(runId, gan), () -> shouldStop(runId));
        } catch (RuntimeException | OutOfMemoryError e) {
            log.error("Run {} failed", runId, e);
            outcome =
                    RunOutcome.failed(
                            "The server could not finish this run ("
                                    + e.getClass().getSimpleName()
                                    + "). Everything stored up to that point is kept.");
        }
        try {
            finish(runId, outcome);
        } finally {
            stopRequested.remove(runId);
            trainingHere.remove(runId);
            thumbnails.stoppedTraining(runId);
        }
    }

    private Run claim(long runId) {
        Run run = runs.findById(runId).orElse(null);
        if (run == null || run.getStatus() != RunStatus.QUEUED) {
            return null;
        }
        run.setStatus(RunStatus.RUNNING, null);
        trainingHere.add(runId);
        return run;
    }

    private boolean shouldStop(long runId) {
        return stopRequested.contains(runId) || Thread.currentThread().isInterrupted();
    }

    private void finish(long runId, RunOutcome outcome) {
        // a stop nobody asked for is the server shutting down: the run can resume later
        boolean shutdown =
                outcome.kind() == RunOutcome.Kind.STOPPED && !stopRequested.contains(runId);
        RunStatus status =
                switch (outcome.kind()) {
                    case COMPLETED -> RunStatus.COMPLETED;
                    case STOPPED -> shutdown ? RunStatus.INTERRUPTED : RunStatus.CANCELLED;
                    case DIVERGED -> RunStatus.DIVERGED;
                    case FAILED -> RunStatus.FAILED;
                };
        String message = shutdown ? interruptedMessage(outcome.iteration()) : outcome.message();
        RunStatus stored;
        try {
            stored = writeOutcome(runId, outcome, status, message);
        } catch (ObjectOptimisticLockingFailureException e) {
            // a cancel landed between reading and writing the row: read it again
            stored = writeOutcome(runId, outcome, status, message);
        }
        if (stored != null) {
            events.publish(new RunEvents.StatusChanged(runId, stored, message));
        }
    }

    private RunStatus writeOutcome(
            long runId, RunOutcome outcome, RunStatus status, String message) {
        return tx.execute(
                s -> {
                    Run run = runs.findById(runId).orElse(null);
                    if (run == null) {
                        return null;
                    }
                    run.setIterationsDone(outcome.iteration());
                    run.setSummaryJson(SnapshotCodec.metricsJson(outcome.summary()));
                    // a cancel already wrote its own status and message
                    if (run.getStatus() == RunStatus.RUNNING) {
                        run.setStatus(status, message);
                    }
                    return run.getStatus();
                });
    }

    /**
     * Stores snapshots and checkpoints, pushes progress, and notices a cancel from another node.
     */
    private final class Recorder implements RunObserver {
        private final long runId;
        private final PictureKind picture;
        private final GanRun gan;
        private long lastProgress;

        Recorder(long runId, GanRun gan) {
            this.runId = runId;
            this.picture = Domains.byId(gan.config().domain().id()).pictureKind();
            this.gan = gan;
        }

        @Override
        public void onProgress(int iteration, int total, long elapsedMs) {
            long now = System.currentTimeMillis();
            if (now - lastProgress < PROGRESS_EVERY_MS) {
                return;
            }
            lastProgress = now;
            RunStatus status =
                    tx.execute(
                            s -> {
                                runs.updateProgress(runId, iteration);
                                return runs.findById(runId)
                                        .map(Run::getStatus)
                                        .orElse(RunStatus.CANCELLED);
                            });
            if (status != RunStatus.RUNNING) {
                stopRequested.add(runId);
            }
            events.publish(new RunEvents.Progress(runId, iteration, total, elapsedMs));
        }

        @Override
        public void onSnapshot(Snapshot snapshot) {
            store.record(runId, snapshot, gan.checkpoint());
            events.publish(new RunEvents.SnapshotTaken(runId, snapshot));
            try {
                thumbnails.trained(runId, picture, snapshot);
            } catch (RuntimeException e) {
                // a picture for lists must never stop a run
                log.warn("No thumbnail for run {}", runId, e);
            }
        }
    }

    /** Marks runs that were training when the server stopped; called once at start-up. */
    int interruptOrphans() {
        Integer n =
                tx.execute(
                        s -> {
                            var running =
                                    runs.findByStatus(RunStatus.RUNNING).stream()
                                            .filter(r -> !trainingHere.contains(r.getId()))
                                            .toList();
                            running.forEach(
                                    r ->
                                            r.setStatus(
                                                    RunStatus.INTERRUPTED,
                                                    interruptedMessage(r.getIterationsDone())));
                            return running.size();
                        });
        return n == null ? 0 : n;
    }

    private static String interruptedMessage(int iteration) {
        return "The server stopped while this run was training. Its snapshots up to iteration "
                + iteration
                + " are kept; Resume continues from the last one.";
    }
}
