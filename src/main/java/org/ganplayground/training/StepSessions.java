package org.ganplayground.training;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.ClassroomService;
import org.ganplayground.classroom.CurrentUser;
import org.ganplayground.classroom.Limits;
import org.ganplayground.cluster.ThisNode;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.engine.GanRun;
import org.ganplayground.engine.Snapshot;
import org.ganplayground.settings.Settings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Step mode: a run whose model stays in server memory while the learner makes one side learn at a
 * time (GAN Lab's step buttons). An open session is a RUNNING run of its owner, admitted like a
 * launch, so it counts toward the learner's active runs. Every step is stored like a snapshot of a
 * queued run, so an idle session can be released: it becomes a stored, resumable session.
 */
@Service
public class StepSessions implements SmartLifecycle {

    /** Which side learns in a step. */
    public enum Side {
        INSPECTOR,
        FORGER,
        BOTH
    }

    public static final int MAX_STEPS = 100;

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private record Open(GanRun gan, long ownerId, long[] lastUsed) {}

    private final Map<Long, Open> open = new ConcurrentHashMap<>();
    // one thread: steps of all sessions queue behind each other and never take a request thread;
    // at the queue's lowered priority, like training
    private final ExecutorService worker;
    private final RunRepository runs;
    private final RunStore store;
    private final RunEvents events;
    private final TransactionTemplate tx;
    private final ActiveRuns active;
    private final CurrentUser user;
    private final ClassroomService classroom;
    private final ThisNode node;
    private final int maxSessions;
    private final Duration idle;
    private volatile boolean running;

    StepSessions(
            RunRepository runs,
            RunStore store,
            RunEvents events,
            TransactionTemplate tx,
            ActiveRuns active,
            CurrentUser user,
            ClassroomService classroom,
            TrainingPriority priority,
            ThisNode node,
            @Value("${gan.step.max-sessions:4}") int maxSessions,
            @Value("${gan.step.idle-minutes:10}") int idleMinutes) {
        this.runs = runs;
        this.store = store;
        this.events = events;
        this.tx = tx;
        this.active = active;
        this.user = user;
        this.classroom = classroom;
        this.node = node;
        this.maxSessions = maxSessions;
        this.idle = Duration.ofMinutes(idleMinutes);
        this.worker =
                Executors.newSingleThreadExecutor(
                        r -> {
                            Thread t =
                                    new Thread(
                                            () -> {
                                                priority.lowerCurrentThread();
                                                r.run();
                                            },
                                            "step-mode");
                            t.setDaemon(true);
                            return t;
                        });
    }

    /** Opens a step session: a stored run (RUNNING) whose model waits in memory for steps. */
    public Run open(GanConfig config, String lessonSlug) {
        Caller me = user.get();
        RunService.check(config);
        classroom.refuseIfEnded(me.id(), QuotaExceededException::new);
        if (open.size() >= maxSessions) {
            throw new QuotaExceededException(
                    "All "
                            + maxSessions
                            + " step sessions of this server are in use. Try again in a few minutes, or launch a normal run.");
        }
        Run run =
                tx.execute(
                        s -> {
                            Limits limits = classroom.limitsOf(me);
                            RunService.checkBudget(config, limits);
                            active.reserve(
                                    me.id(),
                                    limits.maxActivePerLearner(),
                                    "Finish or close one first.");
                            Run r =
                                    new Run(
                                            me.id(),
                                            "Step mode: " + Settings.describe(config),
                                            config.domain().id(),
                                            Settings.writeJson(config),
                                            config.iterations(),
                                            lessonSlug,
                                            me.classId(),
                                            limits.budgetSeconds() * 1000L);
                            r.setStatus(
                                    RunStatus.RUNNING, "Step mode: you decide which side learns.");
                            r.setStepMode(true);
                            // the model lives in this node's memory: pinned here
                            r.setNodeId(node.id());
                            return runs.save(r);
                        });
        try {
            GanRun gan = GanRun.start(config);
            store.record(run.getId(), gan.snapshot(), gan.checkpoint());
            open.put(run.getId(), new Open(gan, me.id(), new long[] {System.currentTimeMillis()}));
        } catch (RuntimeException | Error e) {
            // a RUNNING row without a session would keep the learner's slot until a restart
            tx.execute(
                    s ->
                            runs.failIfRunning(
                                    run.getId(), node.id(), RunTrainer.LAST_RESORT, Instant.now()));
            throw e;
        }
        return run;
    }

    /** Whether the caller has this step session open on this server. */
    public boolean isOpen(long runId) {
        Open session = open.get(runId);
        return session != null && session.ownerId() == user.get().id();
    }

    /**
     * Why the caller cannot step this open session here: its model lives in the memory of another
     * server of the cluster (README.md, "Several machines"), or empty when it is open here or not
     * open at all.
     */
    public java.util.Optional<String> openElsewhere(Run run) {
        if (!run.isStepMode()
                || run.getStatus() != RunStatus.RUNNING
                || open.containsKey(run.getId())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(
                "This step session is open on another server of this site: its model lives in"
                        + " that server's memory, so its steps are taken only there. Open it from"
                        + " the browser tab that opened it; if that server stops, the session"
                        + " becomes a stored run you can resume.");
    }

    /**
     * Whether the stored run is still this node's open session: a cancel on another node of a
     * cluster (a teacher's, or the class ending) changes only the row. A session whose row was
     * ended elsewhere is forgotten here.
     */
    private boolean stillOpen(long runId) {
        RunRepository.Watch w = tx.execute(s -> runs.watch(runId).orElse(null));
        boolean mine =
                w != null && w.getStatus() == RunStatus.RUNNING && node.id().equals(w.getNodeId());
        if (!mine) {
            open.remove(runId);
        }
        return mine;
    }

    /** Whether anyone has this session open on this server. */
    boolean isOpenHere(long runId) {
        return open.containsKey(runId);
    }

    /**
     * Makes one side (or both) learn k steps off the request thread; completes with the new
     * snapshot. Another learner's session is answered like a closed one.
     */
    public CompletableFuture<Snapshot> step(long runId, Side side, int k) {
        if (k < 1 || k > MAX_STEPS) {
            throw new IllegalArgumentException("Steps must be between 1 and " + MAX_STEPS);
        }
        Open session = open.get(runId);
        if (session == null || session.ownerId() != user.get().id() || !stillOpen(runId)) {
            throw new IllegalStateException(
                    "This step session was closed. Open it again from the playground.");
        }
        session.lastUsed()[0] = System.currentTimeMillis();
        return CompletableFuture.supplyAsync(
                () -> {
                    long cpu = CPU.getCurrentThreadCpuTime();
                    Snapshot s =
                            switch (side) {
                                case INSPECTOR -> session.gan().stepInspector(k);
                                case FORGER -> session.gan().stepForger(k);
                                case BOTH -> session.gan().stepBoth(k);
                            };
                    store.record(runId, s, session.gan().checkpoint());
                    long usedMs = (CPU.getCurrentThreadCpuTime() - cpu) / 1_000_000;
                    tx.executeWithoutResult(x -> runs.addCpu(runId, usedMs));
                    events.publish(new RunEvents.SnapshotTaken(runId, s));
                    return s;
                },
                worker);
    }

    /**
     * Ends the caller's session; the stored run keeps every step and can be resumed in the queue.
     */
    public void close(long runId, String why) {
        Open session = open.get(runId);
        if (session != null && session.ownerId() == user.get().id()) {
            closeOpen(runId, why);
        }
    }

    /** Ends a session whoever asks (the caller was checked, or the server decides). */
    void closeOpen(long runId, String why) {
        end(
                runId,
                RunStatus.CANCELLED,
                why + " Resume continues training in the queue up to the configured iterations.");
    }

    /** Forgets a session whose run is being deleted. */
    void forget(long runId) {
        open.remove(runId);
    }

    private void end(long runId, RunStatus status, String message) {
        Open session = open.remove(runId);
        if (session == null) {
            return;
        }
        int iteration = session.gan().iteration();
        Integer n =
                tx.execute(
                        s ->
                                runs.finishIfRunning(
                                        runId,
                                        node.id(),
                                        status,
                                        Run.fit(message),
                                        Instant.now(),
                                        iteration,
                                        runs.findById(runId).map(Run::getCpuMs).orElse(0L),
                                        null));
        if (n != null && n > 0) {
            events.publish(new RunEvents.StatusChanged(runId, status, message));
        }
    }

    @Scheduled(fixedDelayString = "${gan.step.sweep-ms:60000}")
    void releaseIdle() {
        long cutoff = System.currentTimeMillis() - idle.toMillis();
        open.forEach(
                (id, s) -> {
                    if (s.lastUsed()[0] < cutoff) {
                        closeOpen(
                                id,
                                "Step session closed after "
                                        + idle.toMinutes()
                                        + " idle minutes; its steps are stored.");
                    }
                });
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * On shutdown, open sessions become interrupted runs (every step is stored already), before the
     * database closes.
     */
    @Override
    public void stop() {
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        open.keySet()
                .forEach(
                        id ->
                                end(
                                        id,
                                        RunStatus.INTERRUPTED,
                                        "The server stopped while this step session was open. Its"
                                                + " steps are stored; Resume continues training in"
                                                + " the queue."));
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
