package org.ganplayground.training;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.engine.GanRun;
import org.ganplayground.engine.Snapshot;
import org.ganplayground.settings.ConfigError;
import org.ganplayground.settings.InvalidConfigException;
import org.ganplayground.settings.Settings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Step mode: a run whose model stays in server memory while the learner makes one side learn at a
 * time (GAN Lab's step buttons). Every step is stored like a snapshot of a queued run, so an idle
 * session can be released: it becomes a stored, resumable session.
 */
@Service
public class StepSessions {

    /** Which side learns in a step. */
    public enum Side {
        INSPECTOR,
        FORGER,
        BOTH
    }

    public static final int MAX_STEPS = 100;

    private record Open(GanRun gan, long ownerId, long[] lastUsed) {}

    private final Map<Long, Open> open = new ConcurrentHashMap<>();
    // one thread: steps of all sessions queue behind each other and never take a request thread
    private final ExecutorService worker =
            Executors.newSingleThreadExecutor(
                    r -> {
                        Thread t = new Thread(r, "step-mode");
                        t.setDaemon(true);
                        return t;
                    });
    private final RunRepository runs;
    private final RunStore store;
    private final RunEvents events;
    private final TransactionTemplate tx;
    private final int maxSessions;
    private final Duration idle;
    private final int maxActivePerLearner;

    StepSessions(
            RunRepository runs,
            RunStore store,
            RunEvents events,
            TransactionTemplate tx,
            @Value("${gan.step.max-sessions:4}") int maxSessions,
            @Value("${gan.step.idle-minutes:10}") int idleMinutes,
            @Value("${gan.queue.max-active-per-learner:3}") int maxActivePerLearner) {
        this.runs = runs;
        this.store = store;
        this.events = events;
        this.tx = tx;
        this.maxSessions = maxSessions;
        this.idle = Duration.ofMinutes(idleMinutes);
        this.maxActivePerLearner = maxActivePerLearner;
    }

    /** Opens a step session: a stored run (RUNNING) whose model waits in memory for steps. */
    public Run open(long ownerId, GanConfig config, String lessonSlug) {
        List<ConfigError> errors = Settings.check(config);
        if (!errors.isEmpty()) {
            throw new InvalidConfigException(errors);
        }
        if (open.size() >= maxSessions) {
            throw new QuotaExceededException(
                    "All "
                            + maxSessions
                            + " step sessions of this server are in use. Try again in a few minutes, or launch a normal run.");
        }
        Run run =
                tx.execute(
                        s -> {
                            long active =
                                    runs.countByOwnerIdAndStatusIn(
                                            ownerId,
                                            EnumSet.of(RunStatus.QUEUED, RunStatus.RUNNING));
                            if (active >= maxActivePerLearner) {
                                throw new QuotaExceededException(
                                        "You already have "
                                                + active
                                                + " runs queued, training or open in step mode. Finish or close one first.");
                            }
                            Run r =
                                    new Run(
                                            ownerId,
                                            "Step mode: " + Settings.describe(config),
                                            config.domain().id(),
                                            Settings.writeJson(config),
                                            config.iterations(),
                                            lessonSlug);
                            r.setStatus(
                                    RunStatus.RUNNING, "Step mode: you decide which side learns.");
                            return runs.save(r);
                        });
        GanRun gan = GanRun.start(config);
        store.record(run.getId(), gan.snapshot(), gan.checkpoint());
        open.put(run.getId(), new Open(gan, ownerId, new long[] {System.currentTimeMillis()}));
        return run;
    }

    public boolean isOpen(long runId) {
        return open.containsKey(runId);
    }

    /**
     * Makes one side (or both) learn k steps off the request thread; completes with the new
     * snapshot.
     */
    public CompletableFuture<Snapshot> step(long runId, Side side, int k) {
        if (k < 1 || k > MAX_STEPS) {
            throw new IllegalArgumentException("Steps must be between 1 and " + MAX_STEPS);
        }
        Open session = open.get(runId);
        if (session == null) {
            throw new IllegalStateException(
                    "This step session was closed. Open it again from the playground.");
        }
        session.lastUsed()[0] = System.currentTimeMillis();
        return CompletableFuture.supplyAsync(
                () -> {
                    Snapshot s =
                            switch (side) {
                                case INSPECTOR -> session.gan().stepInspector(k);
                                case FORGER -> session.gan().stepForger(k);
                                case BOTH -> session.gan().stepBoth(k);
                            };
                    store.record(runId, s, session.gan().checkpoint());
                    events.publish(new RunEvents.SnapshotTaken(runId, s));
                    return s;
                },
                worker);
    }

    /** Ends a session; the stored run keeps every step and can be resumed in the queue. */
    public void close(long runId, String why) {
        Open session = open.remove(runId);
        if (session == null) {
            return;
        }
        String message =
                why + " Resume continues training in the queue up to the configured iterations.";
        tx.executeWithoutResult(
                s ->
                        runs.findById(runId)
                                .ifPresent(
                                        r -> {
                                            if (r.getStatus() == RunStatus.RUNNING) {
                                                r.setStatus(RunStatus.CANCELLED, message);
                                            }
                                        }));
        events.publish(new RunEvents.StatusChanged(runId, RunStatus.CANCELLED, message));
    }

    @Scheduled(fixedDelayString = "${gan.step.sweep-ms:60000}")
    void releaseIdle() {
        long cutoff = System.currentTimeMillis() - idle.toMillis();
        open.forEach(
                (id, s) -> {
                    if (s.lastUsed()[0] < cutoff) {
                        close(
                                id,
                                "Step session closed after "
                                        + idle.toMinutes()
                                        + " idle minutes; its steps are stored.");
                    }
                });
    }
}
