package org.ganplayground.teaching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ganplayground.engine.Snapshot;
import org.ganplayground.training.RunEvents;

/**
 * The live state of one class's board: a tile per learner with their current or latest run. Run
 * events arrive on training threads and are only noted ({@link #onEvent}); the board's own clock
 * calls {@link #tick} about once a second, which reads what is new and returns the tiles that
 * changed. So a page gets at most one update per tile per tick however fast runs report, and the
 * pictures of the forgeries are drawn at most every {@link #PICTURE_EVERY_MS}.
 */
public final class ClassBoard {

    /** The metric whose fall is flagged as a collapse (2-D points; other domains lack it). */
    static final String MODES = "modes_covered";

    /** How many modes the real data has (NaN where it has none). */
    static final String MODES_TOTAL = "modes_total";

    static final long PICTURE_EVERY_MS = 2_000;

    /** Where the board reads runs and draws pictures; the service reads as the teacher. */
    interface Source {
        Optional<RunInfo> find(long runId);

        Optional<Snapshot> latest(long runId);

        byte[] picture(RunInfo run, Snapshot snapshot);
    }

    private static final class State {
        final long learnerId;
        final String username;
        final Set<Long> active = new HashSet<>();
        RunInfo run;
        int iteration;
        Snapshot latest;
        boolean needsLatest;
        boolean pictureStale;
        byte[] picture;
        long pictureVersion;
        long pictureAtMs = Long.MIN_VALUE / 2;
        double peak = Double.NaN;
        double last = Double.NaN;
        double total = Double.NaN;
        List<Tile.Flag> flags = List.of();
        boolean dirty;

        State(long learnerId, String username) {
            this.learnerId = learnerId;
            this.username = username;
        }
    }

    private final long classId;
    private final Source source;
    private final long stallMs;
    private final Map<Long, State> learners = new LinkedHashMap<>();
    private final Map<Long, Long> learnerOfRun = new ConcurrentHashMap<>();
    private final Set<Long> notOurs = ConcurrentHashMap.newKeySet();
    private final Map<Long, Integer> pendingProgress = new ConcurrentHashMap<>();
    private final Map<Long, Snapshot> pendingSnapshots = new ConcurrentHashMap<>();
    private final Set<Long> pendingReload = ConcurrentHashMap.newKeySet();
    private final Set<Long> pendingUnknown = ConcurrentHashMap.newKeySet();

    /**
     * @param usernames the class's learners in display order
     * @param runs their runs (any order)
     * @param peaks the best modes covered so far of runs that have some
     */
    ClassBoard(
            long classId,
            Map<Long, String> usernames,
            List<RunInfo> runs,
            Map<Long, Double> peaks,
            Source source,
            long stallMs) {
        this.classId = classId;
        this.source = source;
        this.stallMs = stallMs;
        usernames.forEach((id, name) -> learners.put(id, new State(id, name)));
        for (RunInfo r : runs) {
            State s = learners.get(r.ownerId());
            if (s == null) {
                continue;
            }
            learnerOfRun.put(r.id(), r.ownerId());
            if (r.status().isActive()) {
                s.active.add(r.id());
            }
            if (r.outranks(s.run)) {
                s.run = r;
                s.iteration = r.iterationsDone();
            }
        }
        for (State s : learners.values()) {
            if (s.run != null) {
                s.peak = peaks.getOrDefault(s.run.id(), Double.NaN);
                s.needsLatest = true; // read on the first tick, off the page's request
            }
        }
    }

    public long classId() {
        return classId;
    }

    /** Notes a run event; called on training threads, so it only records and returns. */
    public void onEvent(RunEvents.RunEvent event) {
        long id = event.runId();
        if (!learnerOfRun.containsKey(id)) {
            if (!notOurs.contains(id)) {
                pendingUnknown.add(id); // perhaps a run launched since the board opened
            }
            return;
        }
        if (event instanceof RunEvents.Progress p) {
            pendingProgress.merge(id, p.iteration(), Math::max);
        } else if (event instanceof RunEvents.SnapshotTaken t) {
            pendingSnapshots.put(id, t.snapshot());
        } else {
            pendingReload.add(id); // status or queue: read the run again
        }
    }

    /** Every tile as it is now (a page's first draw). */
    public synchronized List<Tile> tiles() {
        return learners.values().stream().map(ClassBoard::tile).toList();
    }

    /** Reads what is new and returns the tiles that changed since the last tick. */
    public synchronized List<Tile> tick(long nowMs) {
        for (long id : drain(pendingUnknown)) {
            Optional<RunInfo> found = source.find(id);
            State s = found.map(r -> learners.get(r.ownerId())).orElse(null);
            if (s == null) {
                notOurs.add(id);
            } else {
                learnerOfRun.put(id, s.learnerId);
                consider(s, found.get());
            }
        }
        for (long id : drain(pendingReload)) {
            source.find(id).ifPresent(r -> reloaded(learners.get(r.ownerId()), r));
        }
        for (long id : List.copyOf(pendingProgress.keySet())) {
            Integer iteration = pendingProgress.remove(id);
            State s = stateOf(id);
            if (s != null && iteration != null && s.run.id() == id && iteration > s.iteration) {
                s.iteration = iteration;
                s.dirty = true;
            }
        }
        for (long id : List.copyOf(pendingSnapshots.keySet())) {
            Snapshot snap = pendingSnapshots.remove(id);
            State s = stateOf(id);
            if (s != null && snap != null && s.run.id() == id) {
                took(s, snap);
            }
        }
        List<Tile> changed = new ArrayList<>();
        for (State s : learners.values()) {
            if (s.needsLatest) {
                s.needsLatest = false;
                source.latest(s.run.id()).ifPresent(snap -> took(s, snap));
            }
            List<Tile.Flag> flags =
                    BoardFlags.of(s.run, s.iteration, s.peak, s.last, s.total, nowMs, stallMs);
            if (!flags.equals(s.flags)) {
                s.flags = flags;
                s.dirty = true;
            }
            if (s.pictureStale && nowMs - s.pictureAtMs >= PICTURE_EVERY_MS) {
                s.picture = source.picture(s.run, s.latest);
                s.pictureStale = false;
                s.pictureAtMs = nowMs;
                s.pictureVersion++;
                s.dirty = true;
            }
            if (s.dirty) {
                s.dirty = false;
                changed.add(tile(s));
            }
        }
        return changed;
    }

    private State stateOf(long runId) {
        Long learner = learnerOfRun.get(runId);
        State s = learner == null ? null : learners.get(learner);
        return s == null || s.run == null ? null : s;
    }

    private void took(State s, Snapshot snap) {
        s.latest = snap;
        s.iteration = Math.max(s.iteration, snap.iteration());
        double m = snap.metric(MODES);
        if (Double.isFinite(m)) {
            s.last = m;
            s.peak = Double.isNaN(s.peak) ? m : Math.max(s.peak, m);
            s.total = snap.metric(MODES_TOTAL);
        }
        s.pictureStale = true;
        s.dirty = true;
    }

    /** A run of this learner changed status. */
    private void reloaded(State s, RunInfo r) {
        if (s == null) {
            return;
        }
        if (r.status().isActive()) {
            s.active.add(r.id());
        } else {
            s.active.remove(r.id());
        }
        if (s.run != null && s.run.id() == r.id()) {
            s.run = r;
            s.iteration = Math.max(s.iteration, r.iterationsDone());
            s.dirty = true;
            if (!r.status().isActive()) {
                // the learner may have another run waiting or training: show that one now
                new ArrayList<>(s.active)
                        .forEach(other -> source.find(other).ifPresent(o -> consider(s, o)));
            }
        } else {
            consider(s, r);
        }
    }

    /** Puts the run on the learner's tile if it is more current than the one shown. */
    private void consider(State s, RunInfo r) {
        if (r.status().isActive()) {
            s.active.add(r.id());
        }
        if (s.run != null && s.run.id() == r.id()) {
            s.run = r;
            s.dirty = true;
            return;
        }
        if (!r.outranks(s.run)) {
            return;
        }
        s.run = r;
        s.iteration = r.iterationsDone();
        s.latest = null;
        s.peak = Double.NaN;
        s.last = Double.NaN;
        s.total = Double.NaN;
        s.picture = null;
        s.pictureVersion++;
        s.pictureStale = false;
        s.needsLatest = r.iterationsDone() > 0;
        s.dirty = true;
    }

    private static Tile tile(State s) {
        return new Tile(
                s.learnerId, s.username, s.run, s.iteration, s.flags, s.picture, s.pictureVersion);
    }

    private static List<Long> drain(Set<Long> ids) {
        List<Long> out = new ArrayList<>(ids);
        ids.removeAll(out);
        return out;
    }
}
