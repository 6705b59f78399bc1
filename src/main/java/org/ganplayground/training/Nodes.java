package org.ganplayground.training;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.ganplayground.cluster.ThisNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nodes sharing one database (README.md, "Several machines"), in cluster mode only: this node
 * registers in the {@code node} table and beats every {@code gan.node.heartbeat-ms}; every node
 * watches the others' beats, and a node whose beat has not changed for {@code gan.node.gone-ms} of
 * this node's own time is gone (no two machines' clocks are ever compared). A gone node's training
 * runs go back to the queue, keeping their place, and continue from their last checkpoint on
 * another worker; its open step sessions (models in its memory) become interrupted, resumable runs.
 * Starts before the queue and stops after it, so a stopping worker hands its runs back first.
 */
@Component
class Nodes implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Nodes.class);

    static final String HANDED_BACK =
            "The server training this run stopped at iteration %,d. The run went back to the"
                    + " queue and continues from its last snapshot on another server.";

    static final String STEP_GONE =
            "The server holding this step session went away. Its steps are stored; Resume"
                    + " continues training in the queue.";

    private final ThisNode me;
    private final JdbcTemplate jdbc;
    private final RunRepository runs;
    private final TransactionTemplate tx;
    private final RunEvents events;
    private final TrainingQueue queue;
    private final long beatMs;
    private final long goneMs;

    /** Per other node: the last beat seen and when (this node's clock) it last changed. */
    private final Map<String, long[]> seen = new HashMap<>();

    /**
     * Runs marked with a node not registered, at the last look: reaped when still so at the next (a
     * node that registered between this node's two reads is not mistaken for a gone one).
     */
    private Set<Long> strangers = Set.of();

    private final long startedAt = System.currentTimeMillis();
    private ScheduledExecutorService clock;
    private long beat;
    private volatile boolean running;

    Nodes(
            ThisNode me,
            JdbcTemplate jdbc,
            RunRepository runs,
            TransactionTemplate tx,
            RunEvents events,
            TrainingQueue queue,
            @Value("${gan.node.heartbeat-ms:2000}") long beatMs,
            @Value("${gan.node.gone-ms:15000}") long goneMs) {
        this.me = me;
        this.jdbc = jdbc;
        this.runs = runs;
        this.tx = tx;
        this.events = events;
        this.queue = queue;
        this.beatMs = beatMs;
        this.goneMs = goneMs;
    }

    @Override
    public void start() {
        if (me.inCluster()) {
            register();
            clock =
                    Executors.newSingleThreadScheduledExecutor(
                            r -> {
                                Thread t = new Thread(r, "node-heartbeat");
                                t.setDaemon(true);
                                return t;
                            });
            clock.scheduleWithFixedDelay(this::tick, beatMs, beatMs, TimeUnit.MILLISECONDS);
            log.info("Node {} ({}) joined the cluster", me.id(), me.role());
        }
        running = true;
    }

    private void register() {
        long now = System.currentTimeMillis();
        // the beat goes on from where it was: a watcher that saw an older one never matches it
        jdbc.update(
                "insert into node (id, role, started_ms, beat, beat_ms) values (?, ?, ?, ?, ?)",
                me.id(),
                me.role().name(),
                startedAt,
                beat,
                now);
    }

    private void tick() {
        try {
            beat();
            reap();
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            // another node handed the same runs back at the same moment
            log.debug("Another node reaped first", e);
        } catch (DataAccessException e) {
            log.warn("Could not reach the database for the heartbeat; trying again", e);
        } catch (RuntimeException | Error e) {
            // a heartbeat thread that died would get this living node declared gone
            log.warn("Heartbeat failed; trying again", e);
        }
    }

    /**
     * Beats; a node that finds itself declared gone registers again. Its runs were handed back:
     * each of its turns notices at its next progress check (the run is queued again, or another
     * node's) and stops without writing; runs it claimed since are its own and go on.
     */
    void beat() {
        beat++;
        int n =
                jdbc.update(
                        "update node set beat = ?, beat_ms = ? where id = ?",
                        beat,
                        System.currentTimeMillis(),
                        me.id());
        if (n == 0) {
            // silent for too long (a pause, a lost network): others have handed its runs back
            log.error(
                    "Node {} was declared gone by the others; its runs continue elsewhere",
                    me.id());
            register();
        }
    }

    /** Hands back the runs of every node whose beat stopped; returns how many runs moved. */
    int reap() {
        long now = System.currentTimeMillis();
        Map<String, Long> beats = new HashMap<>();
        jdbc.query(
                "select id, beat from node",
                rs -> {
                    beats.put(rs.getString(1), rs.getLong(2));
                });
        seen.keySet().retainAll(beats.keySet());
        List<String> gone =
                beats.entrySet().stream()
                        .filter(e -> !e.getKey().equals(me.id()))
                        .filter(
                                e -> {
                                    long[] last = seen.get(e.getKey());
                                    if (last == null || last[0] != e.getValue()) {
                                        seen.put(e.getKey(), new long[] {e.getValue(), now});
                                        return false;
                                    }
                                    return now - last[1] >= goneMs;
                                })
                        .map(Map.Entry::getKey)
                        .toList();
        // a node is gone only if its row still has the beat seen: one that beat since lives on,
        // and of two watchers acting at once only one deletes it
        List<String> confirmed = new java.util.ArrayList<>();
        for (String id : gone) {
            long[] last = seen.remove(id);
            if (jdbc.update("delete from node where id = ? and beat = ?", id, last[0]) == 1) {
                confirmed.add(id);
                log.warn("Node {} stopped beating and is gone", id);
            }
        }
        Set<String> alive = new java.util.HashSet<>(beats.keySet());
        alive.removeAll(confirmed);
        return handBackRunsOfGoneNodes(alive, confirmed);
    }

    /**
     * Runs marked as trained by a gone node, by none (a single-machine start before the cluster),
     * or by a node no longer registered at two looks in a row, go back to the queue; step sessions
     * are interrupted.
     */
    private int handBackRunsOfGoneNodes(Set<String> alive, List<String> gone) {
        Set<Long> unknown = new java.util.HashSet<>();
        Set<Long> strangersBefore = strangers;
        List<Run> orphans =
                tx.execute(
                        s -> {
                            List<Run> found = new java.util.ArrayList<>();
                            for (Run r : runs.findByStatus(RunStatus.RUNNING)) {
                                String node = r.getNodeId();
                                if (queue.isTrainingHere(r.getId())) {
                                    continue;
                                }
                                if (node != null && !alive.contains(node)) {
                                    unknown.add(r.getId());
                                }
                                if (node == null
                                        || gone.contains(node)
                                        || (unknown.contains(r.getId())
                                                && strangersBefore.contains(r.getId()))) {
                                    found.add(r);
                                }
                            }
                            for (Run r : found) {
                                if (r.isStepMode()) {
                                    r.setStepMode(false);
                                    r.setNodeId(null);
                                    r.setStatus(RunStatus.INTERRUPTED, STEP_GONE);
                                } else {
                                    r.handBack(
                                            String.format(
                                                    java.util.Locale.ROOT,
                                                    HANDED_BACK,
                                                    r.getIterationsDone()));
                                }
                            }
                            return found;
                        });
        strangers = unknown;
        if (orphans == null || orphans.isEmpty()) {
            return 0;
        }
        for (Run r : orphans) {
            log.info("Run {} of a gone node: now {}", r.getId(), r.getStatus());
            events.publish(
                    new RunEvents.StatusChanged(r.getId(), r.getStatus(), r.getStatusMessage()));
            queue.changed(r.getId());
        }
        return orphans.size();
    }

    @Override
    public void stop() {
        if (clock != null) {
            clock.shutdownNow();
            clock = null;
            try {
                jdbc.update("delete from node where id = ?", me.id());
            } catch (DataAccessException e) {
                log.warn("Could not sign node {} off; the others will notice it is gone", me.id());
            }
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before start-up recovery and the queue, and stops after them. */
    @Override
    public int getPhase() {
        return queue.getPhase() - 2;
    }
}
