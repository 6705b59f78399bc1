package org.ganplayground.training;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.ganplayground.classroom.ClassroomService;
import org.ganplayground.cluster.ThisNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The training queue, kept in the run table itself: {@code gan.queue.workers} threads (one per core
 * by default) each train one run at a time, at a lowered OS priority with one ND4J thread. Launches
 * wake a worker in memory after they commit; a slow poll is only a safety net. Workers take runs in
 * the fair order of {@link QueueOrder} with a conditional update, so no run is ever trained twice
 * at once. On shutdown (this lifecycle stops before the web server and long before the database)
 * every run stops within an iteration, stores its last snapshot and checkpoint, and is marked
 * INTERRUPTED, ready to resume.
 */
@Component
class TrainingQueue implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TrainingQueue.class);

    /** Runs launched on another server, or a wake-up lost in a failure, still start this soon. */
    static final long POLL_MS = 2000;

    private final RunRepository runs;
    private final TransactionTemplate tx;
    private final ClassroomService classroom;
    private final RunTrainer trainer;
    private final RunEvents events;
    private final TrainingPriority priority;
    private final ThisNode me;
    private final int workerCount;
    private final long stopWaitMs;

    /** Turns this JVM trains now: a RUNNING queue row without one here is an orphan. */
    private final Map<Long, Turn> turns = new ConcurrentHashMap<>();

    private final Object wake = new Object();
    private boolean signalled;
    private final Object claiming = new Object();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;
    private volatile boolean stopping;

    TrainingQueue(
            RunRepository runs,
            TransactionTemplate tx,
            ClassroomService classroom,
            RunTrainer trainer,
            RunEvents events,
            TrainingPriority priority,
            ThisNode me,
            @Value("${gan.queue.workers:2}") int workerCount,
            @Value("${gan.queue.stop-wait-ms:20000}") long stopWaitMs) {
        this.runs = runs;
        this.tx = tx;
        this.classroom = classroom;
        this.trainer = trainer;
        this.events = events;
        this.priority = priority;
        this.me = me;
        // a web node only queues runs: worker nodes train them
        this.workerCount = me.role().trains() ? workerCount : 0;
        this.stopWaitMs = stopWaitMs;
    }

    @Override
    public void start() {
        stopping = false;
        for (int i = 0; i < workerCount; i++) {
            Thread t = new Thread(this::work, "training-" + (i + 1));
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
        running = true;
    }

    /**
     * Stops every turn within an iteration and waits for the workers to store their last snapshot
     * and checkpoint, so the database is closed only after them.
     */
    @Override
    public void stop() {
        long started = System.nanoTime();
        stopping = true;
        int stopped = turns.size();
        turns.values().forEach(t -> t.request(Turn.Stop.SHUTDOWN));
        signal();
        long deadline = System.currentTimeMillis() + stopWaitMs;
        for (Thread t : workers) {
            try {
                t.join(Math.max(1, deadline - System.currentTimeMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        List<Long> left = List.copyOf(turns.keySet());
        workers.clear();
        running = false;
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (left.isEmpty()) {
            log.info("Training queue stopped in {} ms; {} run(s) can resume", ms, stopped);
        } else {
            // alone, they are marked INTERRUPTED at the next start; in a cluster, the other nodes
            // hand them back to the queue once this node stops beating
            log.warn("Training queue stopped after {} ms with runs {} still training", ms, left);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops first: before the web server and long before the database closes. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE;
    }

    private void work() {
        priority.lowerCurrentThread();
        while (!stopping) {
            Turn turn = null;
            Run run = null;
            try {
                AtomicReference<Run> claimed = new AtomicReference<>();
                turn = claimNext(claimed);
                run = claimed.get();
            } catch (RuntimeException e) {
                log.warn("Could not read the training queue; trying again shortly", e);
            }
            if (turn == null) {
                await();
                continue;
            }
            try {
                trainer.train(turn, run);
            } catch (RuntimeException | Error e) {
                // the worker lives on: a dead worker would be a core the queue never uses again
                log.warn("Training run {} ended abnormally", turn.runId, e);
                trainer.lastResort(turn.runId);
            } finally {
                turns.remove(turn.runId);
                changed(turn.runId);
            }
        }
    }

    private void await() {
        synchronized (wake) {
            if (!signalled && !stopping) {
                try {
                    wake.wait(POLL_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopping = true;
                }
            }
            signalled = false;
        }
    }

    private void signal() {
        synchronized (wake) {
            signalled = true;
            wake.notifyAll();
        }
    }

    /** Wakes a worker and tells open pages that queue positions moved. */
    void changed(long runId) {
        signal();
        events.publish(new RunEvents.QueueChanged(runId));
    }

    /** {@link #changed} once the current transaction commits (at once without one). */
    void changedAfterCommit(long runId) {
        afterCommit(() -> changed(runId));
    }

    static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(
                    new TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            action.run();
                        }
                    });
        } else {
            action.run();
        }
    }

    /** Wakes a worker: a run was queued or freed on another node. */
    void wakeUp() {
        signal();
    }

    void requestStop(long runId, Turn.Stop why) {
        Turn t = turns.get(runId);
        if (t != null) {
            t.request(why);
        }
    }

    boolean isTrainingHere(long runId) {
        return turns.containsKey(runId);
    }

    /**
     * Claims the next run in fair order, one worker at a time in this JVM and, through a locked
     * row, on every node sharing the database (a class's maximum is counted and used in the same
     * step). Runs whose previous turn is still ending here wait.
     */
    private Turn claimNext(AtomicReference<Run> claimed) {
        Turn turn;
        synchronized (claiming) {
            if (stopping) {
                return null;
            }
            turn =
                    tx.execute(
                            s -> {
                                List<QueueOrder.Waiting> queued =
                                        waiting().stream()
                                                .filter(w -> !turns.containsKey(w.runId()))
                                                .toList();
                                if (queued.isEmpty()) {
                                    return null;
                                }
                                // one claimer at a time on every node: the class counts below
                                // stay true until this claim commits
                                runs.lockQueue();
                                Instant now = Instant.now();
                                Map<Long, Long> perClass = new HashMap<>();
                                runs.trainingPerClass()
                                        .forEach(
                                                r ->
                                                        perClass.put(
                                                                (Long) r[0],
                                                                ((Number) r[1]).longValue()));
                                Map<Long, Integer> caps = new HashMap<>();
                                for (QueueOrder.Waiting w :
                                        QueueOrder.startable(
                                                queued,
                                                lastTurns(queued, now),
                                                perClass,
                                                c ->
                                                        caps.computeIfAbsent(
                                                                c,
                                                                id ->
                                                                        classroom
                                                                                .limitsOfClass(id)
                                                                                .maxTrainingInClass()))) {
                                    if (runs.claim(w.runId(), now, me.id()) == 1) {
                                        Run run = runs.findById(w.runId()).orElseThrow();
                                        Turn t = new Turn(run, () -> stopping);
                                        claimed.set(run);
                                        return t;
                                    }
                                }
                                return null;
                            });
            if (turn != null) {
                turns.put(turn.runId, turn);
            }
        }
        if (turn != null) {
            events.publish(new RunEvents.StatusChanged(turn.runId, RunStatus.RUNNING, null));
            events.publish(new RunEvents.QueueChanged(turn.runId));
        }
        return turn;
    }

    /** How many queued runs start before this one under the queue's rule. */
    int ahead(long runId) {
        Integer n =
                tx.execute(
                        s -> {
                            List<QueueOrder.Waiting> queued = waiting();
                            return QueueOrder.ahead(
                                    queued, lastTurns(queued, Instant.now()), runId);
                        });
        return n == null ? 0 : n;
    }

    private List<QueueOrder.Waiting> waiting() {
        return runs.queued().stream()
                .map(
                        w ->
                                new QueueOrder.Waiting(
                                        w.getId(),
                                        w.getOwnerId(),
                                        w.getClassId(),
                                        w.getQueuedAt() == null ? Instant.EPOCH : w.getQueuedAt()))
                .toList();
    }

    /** Per owner of a queued run: when their last turn ended, or now while one trains. */
    private Map<Long, Instant> lastTurns(List<QueueOrder.Waiting> queued, Instant now) {
        List<Long> owners = queued.stream().map(QueueOrder.Waiting::ownerId).distinct().toList();
        Map<Long, Instant> out = new HashMap<>();
        for (RunRepository.Turns t : runs.turns(owners)) {
            Instant last;
            if (t.getTraining() != null && t.getTraining() > 0) {
                last = now;
            } else if (t.getLastFinished() == null
                    || (t.getLastStarted() != null
                            && t.getLastStarted().isAfter(t.getLastFinished()))) {
                last = t.getLastStarted();
            } else {
                last = t.getLastFinished();
            }
            if (last != null) {
                out.put(t.getOwnerId(), last);
            }
        }
        return out;
    }
}
