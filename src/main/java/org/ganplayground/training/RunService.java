package org.ganplayground.training;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.engine.Snapshot;
import org.ganplayground.settings.ConfigError;
import org.ganplayground.settings.InvalidConfigException;
import org.ganplayground.settings.Settings;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Launching, cancelling, resuming and browsing runs. Training itself happens in the queue. */
@Service
public class RunService {

    private final RunRepository runs;
    private final RunSnapshotRepository snapshots;
    private final RunCheckpointRepository checkpoints;
    private final JobScheduler jobs;
    private final TrainingJob trainingJob;
    private final RunEvents events;
    private final StepSessions stepSessions;
    private final QueueNudge nudge;
    private final int maxActivePerLearner;

    RunService(
            RunRepository runs,
            RunSnapshotRepository snapshots,
            RunCheckpointRepository checkpoints,
            JobScheduler jobs,
            TrainingJob trainingJob,
            RunEvents events,
            StepSessions stepSessions,
            QueueNudge nudge,
            @Value("${gan.queue.max-active-per-learner:3}") int maxActivePerLearner) {
        this.runs = runs;
        this.snapshots = snapshots;
        this.checkpoints = checkpoints;
        this.jobs = jobs;
        this.trainingJob = trainingJob;
        this.events = events;
        this.stepSessions = stepSessions;
        this.nudge = nudge;
        this.maxActivePerLearner = maxActivePerLearner;
    }

    /**
     * Validates the config, stores the run as QUEUED and puts it in the queue.
     *
     * @throws InvalidConfigException with every problem, for the fields where they were typed
     * @throws QuotaExceededException when the learner already has the maximum of active runs
     */
    @Transactional
    public Run launch(long ownerId, GanConfig config, String name, String lessonSlug) {
        List<ConfigError> errors = Settings.check(config);
        if (!errors.isEmpty()) {
            throw new InvalidConfigException(errors);
        }
        long active =
                runs.countByOwnerIdAndStatusIn(
                        ownerId, EnumSet.of(RunStatus.QUEUED, RunStatus.RUNNING));
        if (active >= maxActivePerLearner) {
            throw new QuotaExceededException(
                    "You already have "
                            + active
                            + " runs queued or training. Wait for one to finish, or cancel one, so everyone in the class gets a turn.");
        }
        String title = name == null || name.isBlank() ? Settings.describe(config) : name.strip();
        Run run =
                runs.save(
                        new Run(
                                ownerId,
                                truncate(title, Run.NAME_MAX_LENGTH),
                                config.domain().id(),
                                Settings.writeJson(config),
                                config.iterations(),
                                lessonSlug));
        enqueue(run.getId());
        return run;
    }

    /** Cancels a queued run at once, a running one within an iteration. Snapshots are kept. */
    @Transactional
    public void cancel(long runId) {
        if (stepSessions.isOpen(runId)) {
            stepSessions.close(runId, "Step session closed by you.");
            return;
        }
        Run run = runs.findById(runId).orElseThrow(() -> notFound(runId));
        if (!run.getStatus().isActive()) {
            return;
        }
        boolean wasRunning = run.getStatus() == RunStatus.RUNNING;
        String message =
                wasRunning
                        ? "Cancelled at iteration "
                                + run.getIterationsDone()
                                + ". Everything up to there is kept."
                        : "Cancelled before it started.";
        // a conditional update: the training thread writes progress to the same row meanwhile
        if (runs.cancelIfActive(runId, message, java.time.Instant.now()) == 0) {
            return;
        }
        trainingJob.requestStop(runId);
        events.publish(new RunEvents.StatusChanged(runId, RunStatus.CANCELLED, message));
    }

    /** Puts an interrupted or cancelled run back in the queue; it continues from its checkpoint. */
    @Transactional
    public Run resume(long runId) {
        Run run = runs.findById(runId).orElseThrow(() -> notFound(runId));
        if (!run.getStatus().isResumable()) {
            throw new IllegalStateException(
                    "Only interrupted or cancelled runs can be resumed; this one is "
                            + run.getStatus().label().toLowerCase()
                            + ".");
        }
        long active =
                runs.countByOwnerIdAndStatusIn(
                        run.getOwnerId(), EnumSet.of(RunStatus.QUEUED, RunStatus.RUNNING));
        if (active >= maxActivePerLearner) {
            throw new QuotaExceededException(
                    "You already have " + active + " runs queued or training.");
        }
        run.setStatus(RunStatus.QUEUED, "Resuming from iteration " + run.getIterationsDone());
        enqueue(runId);
        events.publish(
                new RunEvents.StatusChanged(runId, RunStatus.QUEUED, run.getStatusMessage()));
        return run;
    }

    private void enqueue(long runId) {
        TrainingJob job = trainingJob;
        jobs.enqueue(() -> job.train(runId));
        nudge.afterCommit();
    }

    @Transactional(readOnly = true)
    public Optional<Run> find(long runId) {
        return runs.findById(runId);
    }

    @Transactional(readOnly = true)
    public List<Run> runsOf(long ownerId) {
        return runs.findByOwnerIdOrderByCreatedAtDesc(ownerId);
    }

    /** How many runs wait in the queue before this one (0 when it is next or not queued). */
    @Transactional(readOnly = true)
    public long queuedAhead(long runId) {
        return runs.findById(runId)
                .filter(r -> r.getStatus() == RunStatus.QUEUED)
                .map(r -> runs.countQueuedBefore(runId))
                .orElse(0L);
    }

    @Transactional(readOnly = true)
    public List<Snapshot> snapshots(long runId) {
        return snapshots.findByRunIdOrderByIteration(runId).stream()
                .map(SnapshotCodec::decode)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<Snapshot> latestSnapshot(long runId) {
        return snapshots.findFirstByRunIdOrderByIterationDesc(runId).map(SnapshotCodec::decode);
    }

    public GanConfig config(Run run) {
        return Settings.stored(run.getConfigJson());
    }

    @Transactional
    public void rename(long runId, String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > Run.NAME_MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "A name needs 1 to " + Run.NAME_MAX_LENGTH + " characters");
        }
        runs.findById(runId).orElseThrow(() -> notFound(runId)).setName(n);
    }

    @Transactional
    public void setNotes(long runId, String notes) {
        if (notes != null && notes.length() > Run.NOTES_MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "Notes can be at most " + Run.NOTES_MAX_LENGTH + " characters");
        }
        runs.findById(runId).orElseThrow(() -> notFound(runId)).setNotes(notes);
    }

    /** Deletes a finished run with its snapshots; an active run must be cancelled first. */
    @Transactional
    public void delete(long runId) {
        Run run = runs.findById(runId).orElseThrow(() -> notFound(runId));
        if (run.getStatus().isActive()) {
            throw new IllegalStateException("Cancel the run before deleting it.");
        }
        checkpoints.deleteById(runId);
        snapshots.deleteAll(snapshots.findByRunIdOrderByIteration(runId));
        runs.delete(run);
    }

    private static IllegalArgumentException notFound(long runId) {
        return new IllegalArgumentException("There is no run " + runId);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
