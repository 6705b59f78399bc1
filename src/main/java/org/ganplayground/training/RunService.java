package org.ganplayground.training;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.ClassroomService;
import org.ganplayground.classroom.CurrentUser;
import org.ganplayground.classroom.Limits;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.engine.Snapshot;
import org.ganplayground.settings.ConfigError;
import org.ganplayground.settings.InvalidConfigException;
import org.ganplayground.settings.Settings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Launching, cancelling, resuming and browsing runs, always as the signed-in caller: a run is read
 * by its owner and the teachers of the owner's class, changed by its owner (a teacher may also
 * cancel it, and give a run stopped by its time limit more time). A run the caller may not read is
 * answered exactly like a run that does not exist. Training itself happens in {@link
 * TrainingQueue}.
 */
@Service
public class RunService {

    /** A run with its owner's username, for a teacher's list. */
    public record OwnedRun(Run run, String owner) {}

    /** What a config would cost: CPU seconds of one core, in words, and whether it may launch. */
    public record Estimate(double seconds, String sentence, boolean withinBudget) {}

    private final RunRepository runs;
    private final RunSnapshotRepository snapshots;
    private final RunCheckpointRepository checkpoints;
    private final TrainingQueue queue;
    private final ActiveRuns active;
    private final RunEvents events;
    private final StepSessions stepSessions;
    private final CurrentUser user;
    private final ClassroomService classroom;
    private final TransactionTemplate tx;
    private final RunAccess access;

    RunService(
            RunRepository runs,
            RunSnapshotRepository snapshots,
            RunCheckpointRepository checkpoints,
            TrainingQueue queue,
            ActiveRuns active,
            RunEvents events,
            StepSessions stepSessions,
            CurrentUser user,
            ClassroomService classroom,
            TransactionTemplate tx,
            RunAccess access) {
        this.runs = runs;
        this.snapshots = snapshots;
        this.checkpoints = checkpoints;
        this.queue = queue;
        this.active = active;
        this.events = events;
        this.stepSessions = stepSessions;
        this.user = user;
        this.classroom = classroom;
        this.tx = tx;
        this.access = access;
    }

    /** The compute a config would take on this server, against the caller's budget. */
    public Estimate estimate(GanConfig config) {
        int budget = classroom.limitsOf(user.get()).budgetSeconds();
        double seconds = CostModel.estimate(config).seconds();
        return new Estimate(seconds, CostModel.sentence(seconds, budget), seconds <= budget);
    }

    /**
     * Validates the config, stores the run as QUEUED and wakes the queue once stored: one short
     * transaction on one connection.
     *
     * @throws InvalidConfigException with every problem, for the fields where they were typed; a
     *     config over the compute budget is refused on the setting that costs most
     * @throws QuotaExceededException when the learner already has the maximum of active runs
     */
    public Run launch(GanConfig config, String name, String lessonSlug) {
        return launchFor(user.get(), config, name, lessonSlug);
    }

    /**
     * {@link #launch} for a person who asked for this run earlier and is not the caller of this
     * thread (a sweep's next run, launched when one of its owner's runs ends): the same checks,
     * with the owner's own limits. Callers pass an owner read from stored work, never from a page.
     */
    public Run launchFor(Caller me, GanConfig config, String name, String lessonSlug) {
        return launchFor(me, config, name, lessonSlug, null);
    }

    /**
     * {@link #launchFor(Caller, GanConfig, String, String)} of a run a teacher prepares for one of
     * their classes ({@code preparedFor}, null for an ordinary run): its learners read it. Only the
     * class's teacher may, and not once the class has ended.
     */
    public Run launchFor(
            Caller me, GanConfig config, String name, String lessonSlug, Long preparedFor) {
        if (preparedFor != null
                && (!classroom.teachesClass(me, preparedFor) || classroom.classOver(preparedFor))) {
            throw new QuotaExceededException(
                    "Only the teacher of a class that has not ended prepares runs for it.");
        }
        check(config);
        classroom.refuseIfEnded(me.id(), QuotaExceededException::new);
        String title = name == null || name.isBlank() ? Settings.describe(config) : name.strip();
        return tx.execute(
                s -> {
                    Limits limits = classroom.limitsOf(me);
                    checkBudget(config, limits);
                    active.reserve(
                            me.id(),
                            limits.maxActivePerLearner(),
                            "Wait for one to finish, or cancel one, so everyone in the class gets"
                                    + " a turn.");
                    Run run =
                            runs.save(
                                    new Run(
                                            me.id(),
                                            truncate(title, Run.NAME_MAX_LENGTH),
                                            config.domain().id(),
                                            Settings.writeJson(config),
                                            config.iterations(),
                                            lessonSlug,
                                            me.classId(),
                                            limits.budgetSeconds() * 1000L));
                    if (preparedFor != null) {
                        run.setPreparedFor(preparedFor);
                    }
                    queue.changedAfterCommit(run.getId());
                    return run;
                });
    }

    /**
     * Every reason the caller could not launch this config, apart from their number of active runs:
     * the settings' own messages, then the compute budget's (empty when it may launch).
     */
    public List<ConfigError> problems(GanConfig config) {
        List<ConfigError> errors = Settings.check(config);
        if (!errors.isEmpty()) {
            return errors;
        }
        return CostModel.overBudget(config, classroom.limitsOf(user.get()).budgetSeconds())
                .map(List::of)
                .orElse(List.of());
    }

    static void check(GanConfig config) {
        List<ConfigError> errors = Settings.check(config);
        if (!errors.isEmpty()) {
            throw new InvalidConfigException(errors);
        }
    }

    static void checkBudget(GanConfig config, Limits limits) {
        CostModel.overBudget(config, limits.budgetSeconds())
                .ifPresent(
                        e -> {
                            throw new InvalidConfigException(List.of(e));
                        });
    }

    /**
     * Cancels a queued run at once, a training one within an iteration (its owner, or a teacher of
     * the owner's class). Snapshots are kept.
     */
    public void cancel(long runId) {
        Caller me = user.get();
        Run run = access.readable(me, runId);
        if (!access.mayCancel(me, run)) {
            throw new IllegalStateException("Only the learner who made this run can cancel it.");
        }
        if (stepSessions.isOpenHere(runId)) {
            stepSessions.closeOpen(runId, "Step session closed.");
            return;
        }
        if (!run.getStatus().isActive()) {
            return;
        }
        String message =
                run.getStatus() == RunStatus.RUNNING
                        ? "Stopped at iteration "
                                + run.getIterationsDone()
                                + ". Everything up to there is kept."
                        : "Stopped before it started.";
        // a conditional update: the training thread writes progress to the same row meanwhile
        Integer n = tx.execute(s -> runs.cancelIfActive(runId, Run.fit(message), Instant.now()));
        if (n == null || n == 0) {
            return;
        }
        queue.requestStop(runId, Turn.Stop.CANCELLED);
        events.publish(new RunEvents.StatusChanged(runId, RunStatus.CANCELLED, message));
        queue.changed(runId);
    }

    /**
     * Puts a stopped run back in the queue; it continues from its checkpoint. Its owner resumes an
     * interrupted or cancelled run; a run stopped by its time limit only a teacher of the owner's
     * class, which grants it another budget.
     */
    public Run resume(long runId) {
        Caller me = user.get();
        Run resumed =
                tx.execute(
                        s -> {
                            Run run = access.readable(me, runId);
                            classroom.refuseIfEnded(run.getOwnerId(), IllegalStateException::new);
                            if (!run.getStatus().isResumable()) {
                                throw new IllegalStateException(
                                        "Only interrupted, cancelled or timed-out runs can be resumed; this"
                                                + " one is "
                                                + run.getStatus().label().toLowerCase()
                                                + ".");
                            }
                            if (!access.mayResume(me, run)) {
                                throw new IllegalStateException(
                                        run.getStatus() == RunStatus.TIME_LIMIT
                                                ? "This run used its share of the server. A"
                                                        + " teacher of your class can give it more"
                                                        + " time."
                                                : "Only the learner who made this run can resume"
                                                        + " it.");
                            }
                            Limits limits = classroom.limitsOfClass(run.getClassId());
                            active.reserve(
                                    run.getOwnerId(),
                                    limits.maxActivePerLearner(),
                                    "Wait for one to finish, or cancel one, before resuming"
                                            + " this one.");
                            String message;
                            if (run.getStatus() == RunStatus.TIME_LIMIT
                                    || run.getBudgetMs() == null) {
                                run.setBudgetMs(run.getCpuMs() + limits.budgetSeconds() * 1000L);
                                message =
                                        String.format(
                                                java.util.Locale.ROOT,
                                                "Resuming from iteration %,d with %,d more"
                                                        + " seconds of computing.",
                                                run.getIterationsDone(),
                                                limits.budgetSeconds());
                            } else {
                                message =
                                        String.format(
                                                java.util.Locale.ROOT,
                                                "Resuming from iteration %,d.",
                                                run.getIterationsDone());
                            }
                            run.setStepMode(false);
                            run.setStatus(RunStatus.QUEUED, message);
                            return run;
                        });
        events.publish(
                new RunEvents.StatusChanged(runId, RunStatus.QUEUED, resumed.getStatusMessage()));
        queue.changed(runId);
        return resumed;
    }

    /** The run if the caller may read it; empty for another learner's run, as for a missing one. */
    @Transactional(readOnly = true)
    public Optional<Run> find(long runId) {
        Caller me = user.get();
        return runs.findById(runId).filter(r -> access.mayRead(me, r));
    }

    /** The caller's own runs, newest first. */
    @Transactional(readOnly = true)
    public List<Run> runsOf() {
        return runs.findByOwnerIdOrderByCreatedAtDesc(user.get().id());
    }

    /**
     * The runs of the learners in the classes the caller teaches, newest first (none for learners).
     */
    @Transactional(readOnly = true)
    public List<OwnedRun> runsOfMyLearners() {
        return runsOfLearnersOf(user.get());
    }

    /** {@link #runsOfMyLearners} for a caller read earlier (off the request thread). */
    List<OwnedRun> runsOfLearnersOf(Caller me) {
        List<Long> learners = classroom.learnersTaughtBy(me);
        if (learners.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = classroom.usernames(learners);
        return runs.findByOwnerIdInOrderByCreatedAtDesc(learners).stream()
                .map(r -> new OwnedRun(r, names.getOrDefault(r.getOwnerId(), "?")))
                .toList();
    }

    /**
     * The lessons each of these accounts has a finished run of (a run launched from the lesson that
     * completed), by account. Checks no caller: the lesson services that ask check who may see the
     * learner's progress (lessons/LessonRecords.java, lessons/ClassProgress.java).
     */
    @Transactional(readOnly = true)
    public Map<Long, java.util.Set<String>> lessonsRun(Collection<Long> owners) {
        Map<Long, java.util.Set<String>> out = new HashMap<>();
        for (Run r : runs.findByOwnerIdInOrderByCreatedAtDesc(owners)) {
            if (r.getLessonSlug() != null && r.getStatus() == RunStatus.COMPLETED) {
                out.computeIfAbsent(r.getOwnerId(), k -> new java.util.HashSet<>())
                        .add(r.getLessonSlug());
            }
        }
        return out;
    }

    /**
     * The runs prepared for a class in a lesson, newest first: for a learner or guest of that
     * class, and for its teacher; empty for anyone else, as for a class with none.
     */
    @Transactional(readOnly = true)
    public List<Run> preparedRuns(long classId, String lessonSlug) {
        Caller me = user.get();
        if (!Long.valueOf(classId).equals(me.classId()) && !classroom.teachesClass(me, classId)) {
            return List.of();
        }
        return runs.findByPreparedForAndLessonSlugOrderByCreatedAtDesc(classId, lessonSlug);
    }

    /** The runs of one class's learners, newest first, when the caller teaches it; else none. */
    @Transactional(readOnly = true)
    public List<OwnedRun> runsOfClass(long classId) {
        Map<Long, String> learners = classroom.learnersOfClass(user.get(), classId);
        if (learners.isEmpty()) {
            return List.of();
        }
        return runs.findByOwnerIdInOrderByCreatedAtDesc(learners.keySet()).stream()
                .map(r -> new OwnedRun(r, learners.get(r.getOwnerId())))
                .toList();
    }

    /**
     * The highest value a metric reached in each run's stored snapshots (runs the caller may not
     * read, and runs without the metric, are left out). Reads the metrics column only.
     */
    @Transactional(readOnly = true)
    public Map<Long, Double> peaks(Collection<Long> runIds, String metric) {
        Caller me = user.get();
        List<Long> readable =
                runs.findAllById(runIds).stream()
                        .filter(r -> access.mayRead(me, r))
                        .map(Run::getId)
                        .toList();
        Map<Long, Double> out = new HashMap<>();
        if (readable.isEmpty()) {
            return out;
        }
        for (RunSnapshotRepository.MetricsRow row : snapshots.metricsOf(readable)) {
            Double v = SnapshotCodec.metrics(row.getMetricsJson()).get(metric);
            if (v != null && Double.isFinite(v)) {
                out.merge(row.getRunId(), v, Math::max);
            }
        }
        return out;
    }

    /**
     * The metrics of each run's latest stored snapshot, by run (runs the caller may not read, and
     * runs without a snapshot, are left out). Reads the metrics column only.
     */
    @Transactional(readOnly = true)
    public Map<Long, Map<String, Double>> finalMetrics(Collection<Long> runIds) {
        Caller me = user.get();
        List<Long> readable =
                runs.findAllById(runIds).stream()
                        .filter(r -> access.mayRead(me, r))
                        .map(Run::getId)
                        .toList();
        Map<Long, Map<String, Double>> out = new HashMap<>();
        if (readable.isEmpty()) {
            return out;
        }
        // in order of run and iteration: the last row of each run is its latest snapshot
        for (RunSnapshotRepository.MetricsRow row : snapshots.metricsOf(readable)) {
            out.put(row.getRunId(), SnapshotCodec.metrics(row.getMetricsJson()));
        }
        return out;
    }

    /**
     * How many queued runs start before this one under the queue's rule (0 when it is next, or not
     * queued, or not the caller's to see).
     */
    public long runsAhead(long runId) {
        return find(runId)
                .filter(r -> r.getStatus() == RunStatus.QUEUED)
                .map(r -> (long) queue.ahead(runId))
                .orElse(0L);
    }

    @Transactional(readOnly = true)
    public List<Snapshot> snapshots(long runId) {
        if (find(runId).isEmpty()) {
            return List.of();
        }
        return snapshots.findByRunIdOrderByIteration(runId).stream()
                .map(SnapshotCodec::decode)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<Snapshot> latestSnapshot(long runId) {
        if (find(runId).isEmpty()) {
            return Optional.empty();
        }
        return snapshots.findFirstByRunIdOrderByIterationDesc(runId).map(SnapshotCodec::decode);
    }

    public GanConfig config(Run run) {
        return Settings.stored(run.getConfigJson());
    }

    /**
     * Whose run this is, when the caller (a teacher) looks at someone else's; empty for their own.
     */
    @Transactional(readOnly = true)
    public Optional<String> ownerIfNotMine(Run run) {
        if (mayChange(run)) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                classroom.usernames(List.of(run.getOwnerId())).get(run.getOwnerId()));
    }

    /** Whether the caller may rename, annotate or delete the run. */
    public boolean mayChange(Run run) {
        return run.getOwnerId() == user.get().id();
    }

    /** Whether the caller may cancel the run now. */
    public boolean mayCancel(Run run) {
        return run.getStatus().isActive() && access.mayCancel(user.get(), run);
    }

    /** Whether the caller may resume the run now. */
    public boolean mayResume(Run run) {
        return run.getStatus().isResumable()
                && access.mayResume(user.get(), run)
                && !classroom.classEnded(run.getOwnerId());
    }

    @Transactional
    public void rename(long runId, String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > Run.NAME_MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "A name needs 1 to " + Run.NAME_MAX_LENGTH + " characters");
        }
        changeable(runId).setName(n);
    }

    @Transactional
    public void setNotes(long runId, String notes) {
        if (notes != null && notes.length() > Run.NOTES_MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "Notes can be at most " + Run.NOTES_MAX_LENGTH + " characters");
        }
        changeable(runId).setNotes(notes);
    }

    /** Deletes a finished run with its snapshots; an active run must be cancelled first. */
    @Transactional
    public void delete(long runId) {
        Run run = access.owned(user.get(), runId);
        classroom.refuseIfEnded(run.getOwnerId(), IllegalStateException::new);
        if (run.getStatus().isActive()) {
            throw new IllegalStateException("Cancel the run before deleting it.");
        }
        checkpoints.deleteById(runId);
        snapshots.deleteAll(snapshots.findByRunIdOrderByIteration(runId));
        runs.delete(run);
    }

    /** The caller's own run, while their class has not ended (else refused at the field). */
    private Run changeable(long runId) {
        Run run = access.owned(user.get(), runId);
        classroom.refuseIfEnded(run.getOwnerId(), IllegalArgumentException::new);
        return run;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
