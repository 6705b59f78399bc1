package org.ganplayground.training;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.ganplayground.cluster.DatabaseReader;
import org.ganplayground.cluster.ThisNode;
import org.ganplayground.cluster.Wakeups;
import org.ganplayground.engine.Snapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Live news across the nodes of a cluster (README.md, "Several machines"), through the database
 * that is the truth anyway: every {@code gan.node.news-poll-ms} this node reads the active runs
 * (status and progress, which trainers store every half second) and the latest snapshot of each run
 * a page here watches, and turns what changed into the same {@link RunEvents} a trainer on this
 * node would publish. On PostgreSQL, a node that publishes news also sends NOTIFY, which wakes the
 * others' readers at once (LISTEN); H2 has no such thing, and the poll alone carries the news. Runs
 * this node trains itself are left out: their news is already here. Only in cluster mode.
 */
@Component
class ClusterEvents implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterEvents.class);

    static final String CHANNEL = "gan_runs";

    /** What this node last saw of an active run. */
    private static final class Known {
        RunStatus status;
        int iteration;
        int snapshotIteration = -1;
        long snapshotElapsedMs;
    }

    private final ThisNode me;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final RunSnapshotRepository snapshots;
    private final RunEvents events;
    private final TrainingQueue queue;
    private final StepSessions stepSessions;
    private final long pollMs;

    private final Map<Long, Known> known = new HashMap<>();
    private final Set<Long> toNotify = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private boolean postgres;
    private DatabaseReader reader;
    private ScheduledExecutorService notifier;

    ClusterEvents(
            ThisNode me,
            DataSource dataSource,
            JdbcTemplate jdbc,
            RunSnapshotRepository snapshots,
            RunEvents events,
            TrainingQueue queue,
            StepSessions stepSessions,
            @Value("${gan.node.news-poll-ms:500}") long pollMs) {
        this.me = me;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.snapshots = snapshots;
        this.events = events;
        this.queue = queue;
        this.stepSessions = stepSessions;
        this.pollMs = pollMs;
    }

    @Override
    public void start() {
        running = true;
        if (!me.inCluster()) {
            return;
        }
        postgres = Wakeups.isPostgres(dataSource);
        if (postgres) {
            notifier =
                    Executors.newSingleThreadScheduledExecutor(
                            r -> {
                                Thread t = new Thread(r, "cluster-notify");
                                t.setDaemon(true);
                                return t;
                            });
            notifier.scheduleWithFixedDelay(this::notifyOthers, 50, 50, TimeUnit.MILLISECONDS);
            // progress reaches the others by their poll: a NOTIFY for each (every half second of
            // every training run) would wake every reader many times a second
            events.relayTo(
                    e -> {
                        if (!(e instanceof RunEvents.Progress)) {
                            toNotify.add(e.runId());
                        }
                    });
        }
        reader = DatabaseReader.start("cluster-runs", dataSource, CHANNEL, pollMs, this::poll);
        log.info(
                "Live news between nodes: {}",
                postgres ? "PostgreSQL LISTEN/NOTIFY and a poll" : "a poll of the database");
    }

    /** Sends one NOTIFY for the news published here since the last one (PostgreSQL only). */
    private void notifyOthers() {
        if (toNotify.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(toNotify);
        toNotify.removeAll(ids);
        String payload = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        Wakeups.send(jdbc, true, CHANNEL, payload.length() > 7000 ? "" : payload);
    }

    private record Row(long id, RunStatus status, int iteration, int total, String message) {}

    /** Reads the active runs (and those active at the last read) and publishes what changed. */
    void poll() {
        String also =
                known.isEmpty()
                        ? ""
                        : " or id in ("
                                + known.keySet().stream()
                                        .map(String::valueOf)
                                        .collect(Collectors.joining(","))
                                + ")";
        List<Row> rows =
                jdbc.query(
                        "select id, status, iterations_done, iterations_total, status_message"
                                + " from run where status in ('QUEUED', 'RUNNING')"
                                + also,
                        (rs, i) ->
                                new Row(
                                        rs.getLong(1),
                                        RunStatus.valueOf(rs.getString(2)),
                                        rs.getInt(3),
                                        rs.getInt(4),
                                        rs.getString(5)));
        boolean queueMoved = false;
        boolean wake = false;
        Set<Long> present = new HashSet<>();
        List<Row> watchedRunning = new ArrayList<>();
        for (Row row : rows) {
            present.add(row.id());
            Known k = known.get(row.id());
            boolean local = queue.isTrainingHere(row.id()) || stepSessions.isOpenHere(row.id());
            if (k == null) {
                k = new Known();
                k.status = row.status();
                k.iteration = row.iteration();
                known.put(row.id(), k);
                queueMoved = true;
                wake |= row.status() == RunStatus.QUEUED;
                if (!local && row.status() == RunStatus.RUNNING) {
                    events.publishHere(new RunEvents.StatusChanged(row.id(), row.status(), null));
                }
            } else if (k.status != row.status()) {
                k.status = row.status();
                queueMoved = true;
                wake = true;
                if (!local) {
                    events.publishHere(
                            new RunEvents.StatusChanged(row.id(), row.status(), row.message()));
                }
            }
            if (!row.status().isActive()) {
                known.remove(row.id());
                continue;
            }
            if (!local && row.status() == RunStatus.RUNNING && events.isWatched(row.id())) {
                watchedRunning.add(row);
            }
        }
        for (Long gone : new ArrayList<>(known.keySet())) {
            if (!present.contains(gone)) {
                known.remove(gone); // deleted
                queueMoved = true;
            }
        }
        newSnapshots(watchedRunning);
        for (Row row : watchedRunning) {
            Known k = known.get(row.id());
            if (k != null && k.iteration != row.iteration()) {
                k.iteration = row.iteration();
                long elapsed =
                        k.snapshotIteration > 0
                                ? Math.round(
                                        k.snapshotElapsedMs
                                                * (double) row.iteration()
                                                / k.snapshotIteration)
                                : 0;
                events.publishHere(
                        new RunEvents.Progress(row.id(), row.iteration(), row.total(), elapsed));
            }
        }
        if (queueMoved) {
            long any = rows.isEmpty() ? 0 : rows.get(0).id();
            events.publishHere(new RunEvents.QueueChanged(any));
        }
        if (wake) {
            queue.wakeUp();
        }
    }

    /** Publishes the snapshots stored since the last read, for runs a page here watches. */
    private void newSnapshots(Collection<Row> watched) {
        if (watched.isEmpty()) {
            return;
        }
        Map<Long, Integer> latest = new HashMap<>();
        for (Object[] r : snapshots.latestIterations(watched.stream().map(Row::id).toList())) {
            latest.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue());
        }
        for (Row row : watched) {
            Known k = known.get(row.id());
            Integer newest = latest.get(row.id());
            if (k == null || newest == null || newest <= k.snapshotIteration) {
                continue;
            }
            if (k.snapshotIteration < 0) {
                // first look: the page read the stored ones itself; only the newest is news
                snapshots
                        .findFirstByRunIdOrderByIterationDesc(row.id())
                        .ifPresent(s -> publishSnapshot(row.id(), k, SnapshotCodec.decode(s)));
                continue;
            }
            for (RunSnapshot s :
                    snapshots.findByRunIdAndIterationGreaterThanOrderByIteration(
                            row.id(), k.snapshotIteration)) {
                publishSnapshot(row.id(), k, SnapshotCodec.decode(s));
            }
        }
    }

    private void publishSnapshot(long runId, Known k, Snapshot s) {
        k.snapshotIteration = s.iteration();
        k.snapshotElapsedMs = s.elapsedMs();
        events.publishHere(new RunEvents.SnapshotTaken(runId, s));
    }

    @Override
    public void stop() {
        running = false;
        events.relayTo(null);
        if (notifier != null) {
            notifier.shutdownNow();
            notifier = null;
        }
        if (reader != null) {
            reader.stop();
            reader = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
