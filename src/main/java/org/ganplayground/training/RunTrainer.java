package org.ganplayground.training;

import java.time.Instant;
import java.util.Locale;
import org.ganplayground.cluster.ThisNode;
import org.ganplayground.domains.Domains;
import org.ganplayground.domains.PictureKind;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.engine.GanRun;
import org.ganplayground.engine.RunObserver;
import org.ganplayground.engine.RunOutcome;
import org.ganplayground.engine.Snapshot;
import org.ganplayground.settings.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Trains one turn of a run on the calling (queue) thread, storing each snapshot and a checkpoint as
 * it goes, and always ends the turn in the database: a run never stays "Training" without a thread
 * training it, or it would keep its learner's slot for good.
 */
@Component
class RunTrainer {

    private static final Logger log = LoggerFactory.getLogger(RunTrainer.class);

    /** How often progress reaches the database and a cancel or a new budget is read from it. */
    private static final long PROGRESS_EVERY_MS = 500;

    static final String LAST_RESORT =
            "The server could not store how this run ended. Everything stored up to then is kept.";

    private final RunRepository runs;
    private final RunSnapshotRepository snapshots;
    private final RunCheckpointRepository checkpoints;
    private final RunEvents events;
    private final RunStore store;
    private final TransactionTemplate tx;
    private final Thumbnails thumbnails;
    private final ThisNode me;

    RunTrainer(
            RunRepository runs,
            RunSnapshotRepository snapshots,
            RunCheckpointRepository checkpoints,
            RunEvents events,
            RunStore store,
            TransactionTemplate tx,
            Thumbnails thumbnails,
            ThisNode me) {
        this.runs = runs;
        this.snapshots = snapshots;
        this.checkpoints = checkpoints;
        this.events = events;
        this.store = store;
        this.tx = tx;
        this.thumbnails = thumbnails;
        this.me = me;
    }

    void train(Turn turn, Run run) {
        long runId = run.getId();
        turn.begin();
        RunOutcome outcome;
        try {
            GanConfig config = Settings.stored(run.getConfigJson());
            GanRun gan =
                    checkpoints
                            .findById(runId)
                            .map(c -> GanRun.resume(config, c.getState()))
                            .orElseGet(() -> GanRun.start(config));
            // the snapshot at the checkpoint is taken again, the same (losses included)
            tx.executeWithoutResult(
                    s ->
                            snapshots.deleteByRunIdAndIterationGreaterThanEqual(
                                    runId, gan.iteration()));
            outcome = gan.runToEnd(new Recorder(turn, gan), turn::shouldStop);
        } catch (RuntimeException | Error e) {
            if (turn.stopReason() == Turn.Stop.CANCELLED || turn.writesNothingMore()) {
                // cancelled or deleted while a write was under way: nothing to report
                log.info("Run {} stopped while it was being cancelled or deleted: {}", runId, e);
            } else {
                log.error("Run {} failed", runId, e);
            }
            outcome =
                    new RunOutcome(
                            RunOutcome.Kind.FAILED,
                            turn.iteration(),
                            "The server could not finish this run ("
                                    + e.getClass().getSimpleName()
                                    + "). Everything stored up to that point is kept.",
                            null);
        } finally {
            thumbnails.stoppedTraining(runId);
        }
        if (turn.writesNothingMore()) {
            return;
        }
        try {
            if (outcome.kind() == RunOutcome.Kind.STOPPED
                    && turn.stopReason() == Turn.Stop.SHUTDOWN
                    && me.inCluster()) {
                handBack(turn, outcome.iteration());
                return;
            }
            finish(turn, outcome);
        } catch (RuntimeException | Error e) {
            log.warn("Could not store how run {} ended; marking it failed", runId, e);
            lastResort(runId);
        }
    }

    private void finish(Turn turn, RunOutcome outcome) {
        Turn.Stop why = turn.stopReason();
        RunStatus status =
                switch (outcome.kind()) {
                    case COMPLETED -> RunStatus.COMPLETED;
                    case DIVERGED -> RunStatus.DIVERGED;
                    case FAILED -> RunStatus.FAILED;
                    case STOPPED ->
                            switch (why) {
                                case TIME_LIMIT -> RunStatus.TIME_LIMIT;
                                case CANCELLED -> RunStatus.CANCELLED;
                                default -> RunStatus.INTERRUPTED;
                            };
                };
        String message =
                switch (status) {
                    case INTERRUPTED -> interruptedMessage(outcome.iteration());
                    case TIME_LIMIT -> timeLimitMessage(turn, outcome.iteration());
                    default -> outcome.message();
                };
        String summary =
                outcome.summary().isEmpty() ? null : SnapshotCodec.summaryJson(outcome.summary());
        long cpuMs = turn.cpuMs();
        RunStatus stored =
                tx.execute(
                        s -> {
                            long id = turn.runId;
                            int done = outcome.iteration();
                            if (runs.finishIfRunning(
                                            id,
                                            me.id(),
                                            status,
                                            Run.fit(message),
                                            Instant.now(),
                                            done,
                                            cpuMs,
                                            summary)
                                    == 0) {
                                // a cancel ended it first and wrote its own status and message
                                runs.recordEnd(id, me.id(), done, cpuMs, summary);
                            }
                            return runs.findById(id).map(Run::getStatus).orElse(null);
                        });
        if (stored != null) {
            events.publish(
                    new RunEvents.StatusChanged(
                            turn.runId, stored, stored == status ? Run.fit(message) : null));
        }
    }

    /**
     * A worker of a cluster that stops gives the run back to the queue, keeping its place: another
     * worker continues it from the checkpoint just stored (README.md, "Several machines").
     */
    private void handBack(Turn turn, int iteration) {
        String message = String.format(Locale.ROOT, Nodes.HANDED_BACK, iteration);
        long cpuMs = turn.cpuMs();
        Integer n = tx.execute(s -> runs.handBack(turn.runId, me.id(), message, iteration, cpuMs));
        if (n != null && n > 0) {
            events.publish(new RunEvents.StatusChanged(turn.runId, RunStatus.QUEUED, message));
        }
    }

    /** Writes FAILED with a short message if the run is still marked as training. */
    void lastResort(long runId) {
        try {
            Integer n =
                    tx.execute(s -> runs.failIfRunning(runId, me.id(), LAST_RESORT, Instant.now()));
            if (n != null && n > 0) {
                events.publish(new RunEvents.StatusChanged(runId, RunStatus.FAILED, LAST_RESORT));
            }
        } catch (RuntimeException e) {
            log.error("Run {} stays marked as training until the server starts again", runId, e);
        }
    }

    /** Stores snapshots and checkpoints, pushes progress, and notices a cancel from elsewhere. */
    private final class Recorder implements RunObserver {
        private final Turn turn;
        private final PictureKind picture;
        private final GanRun gan;
        private long lastProgress;

        Recorder(Turn turn, GanRun gan) {
            this.turn = turn;
            this.picture = Domains.byId(gan.config().domain().id()).pictureKind();
            this.gan = gan;
        }

        /** Whether this node was declared gone and the run handed to the queue or another node. */
        private boolean handedOver(RunRepository.Watch w) {
            return w != null
                    && (w.getStatus() == RunStatus.QUEUED
                            || (w.getNodeId() != null && !w.getNodeId().equals(me.id())));
        }

        @Override
        public void onProgress(int iteration, int total, long elapsedMs) {
            turn.reached(iteration);
            long now = System.currentTimeMillis();
            if (now - lastProgress < PROGRESS_EVERY_MS || turn.writesNothingMore()) {
                return;
            }
            lastProgress = now;
            long cpuMs = turn.cpuMs();
            RunRepository.Watch watch =
                    tx.execute(
                            s -> {
                                runs.updateProgress(turn.runId, iteration, cpuMs);
                                return runs.watch(turn.runId).orElse(null);
                            });
            if (handedOver(watch)) {
                turn.request(Turn.Stop.HANDED_OVER);
            } else if (watch == null || watch.getStatus() != RunStatus.RUNNING) {
                turn.request(Turn.Stop.CANCELLED);
            } else {
                turn.setBudget(watch.getBudgetMs());
            }
            events.publish(new RunEvents.Progress(turn.runId, iteration, total, elapsedMs));
        }

        @Override
        public void onSnapshot(Snapshot snapshot) {
            if (turn.writesNothingMore()) {
                return;
            }
            if (me.inCluster()
                    && handedOver(tx.execute(s -> runs.watch(turn.runId).orElse(null)))) {
                // another node took the run over since the last progress check: its snapshots
                // and checkpoint are the run's now
                turn.request(Turn.Stop.HANDED_OVER);
                return;
            }
            store.record(turn.runId, snapshot, gan.checkpoint());
            events.publish(new RunEvents.SnapshotTaken(turn.runId, snapshot));
            try {
                thumbnails.trained(turn.runId, picture, snapshot);
            } catch (RuntimeException e) {
                // a picture for lists must never stop a run
                log.warn("No thumbnail for run {}", turn.runId, e);
            }
        }
    }

    static String interruptedMessage(int iteration) {
        return "The server stopped while this run was training. Its snapshots up to iteration "
                + iteration
                + " are kept; Resume continues from the last one.";
    }

    private static String timeLimitMessage(Turn turn, int iteration) {
        return String.format(
                Locale.ROOT,
                "Stopped at iteration %,d: this run used its share of the server (%,d s of"
                        + " computing). Everything up to here is kept; a teacher of your class can"
                        + " give it more time, and it then continues from here.",
                iteration,
                Math.round(turn.cpuMs() / 1000.0));
    }
}
