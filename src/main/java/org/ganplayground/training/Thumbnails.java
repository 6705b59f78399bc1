package org.ganplayground.training;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ganplayground.domains.Domains;
import org.ganplayground.domains.PictureKind;
import org.ganplayground.engine.Snapshot;
import org.springframework.stereotype.Component;

/**
 * Small pictures of each run's latest forgeries for lists. Rendering and decoding a snapshot costs
 * milliseconds, and a class's session list asks for the same pictures again and again: a training
 * run's picture is drawn by its own (low-priority) training thread, a finished run's once, on first
 * demand.
 */
@Component
public class Thumbnails {

    private static final int MAX_CACHED = 500;

    /** Shown at 64 CSS pixels: twice that stays sharp on high-density screens. */
    static final int PIXELS = 128;

    /** A training run's picture is redrawn at most this often, not at every snapshot. */
    private static final long ACTIVE_REFRESH_MS = 10_000;

    private record Drawn(long atMs, byte[] png) {}

    private final RunSnapshotRepository snapshots;

    /** Training runs on this server: the latest picture their trainer drew. */
    private final Map<Long, Drawn> training = new ConcurrentHashMap<>();

    private final Map<String, byte[]> cache =
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                    return size() > MAX_CACHED;
                }
            };

    Thumbnails(RunSnapshotRepository snapshots) {
        this.snapshots = snapshots;
    }

    /**
     * Called by the trainer with each new snapshot: redraws the run's picture when the last one is
     * older than the refresh interval, so no page request pays for it.
     */
    void trained(long runId, PictureKind kind, Snapshot snapshot) {
        Drawn last = training.get(runId);
        long now = System.currentTimeMillis();
        if (last == null || now - last.atMs() >= ACTIVE_REFRESH_MS) {
            training.put(runId, new Drawn(now, Exports.thumbnail(kind, snapshot, PIXELS)));
        }
    }

    /** Called by the trainer when its run stops training. */
    void stoppedTraining(long runId) {
        training.remove(runId);
    }

    /** PNG of the latest snapshot, or empty when the run has none yet. */
    public Optional<byte[]> of(Run run) {
        if (run.getStatus() == RunStatus.QUEUED && run.getIterationsDone() == 0) {
            return Optional.empty(); // not started: nothing stored yet, no query needed
        }
        if (run.getStatus().isActive()) {
            Drawn drawn = training.get(run.getId());
            if (drawn != null) {
                return Optional.of(drawn.png());
            }
        }
        // a finished run, or one training on another server: draw it from the database
        String version =
                run.getStatus().isActive()
                        ? "active@" + System.currentTimeMillis() / ACTIVE_REFRESH_MS
                        : run.getIterationsDone() + "/" + run.getStatus();
        String key = run.getId() + "@" + version;
        synchronized (cache) {
            byte[] hit = cache.get(key);
            if (hit != null) {
                return Optional.of(hit);
            }
        }
        PictureKind kind = Domains.byId(run.getDomain()).pictureKind();
        Optional<byte[]> png =
                snapshots
                        .findFirstByRunIdOrderByIterationDesc(run.getId())
                        .map(SnapshotCodec::decode)
                        .map(s -> Exports.thumbnail(kind, s, PIXELS));
        png.ifPresent(
                p -> {
                    synchronized (cache) {
                        cache.put(key, p);
                    }
                });
        return png;
    }
}
