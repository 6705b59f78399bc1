package org.ganplayground.training;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Small pictures of each run's latest forgeries for lists. Rendering and decoding a snapshot costs
 * milliseconds, and a class's session list asks for the same pictures again and again.
 */
@Component
public class Thumbnails {

    private static final int MAX_CACHED = 500;

    /** Shown at 64 CSS pixels: twice that stays sharp on high-density screens. */
    static final int PIXELS = 128;

    /** A training run's picture is redrawn at most this often, not at every progress tick. */
    private static final long ACTIVE_REFRESH_MS = 10_000;

    private final RunService runs;
    private final Map<String, byte[]> cache =
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                    return size() > MAX_CACHED;
                }
            };

    Thumbnails(RunService runs) {
        this.runs = runs;
    }

    /** PNG of the latest snapshot, or empty when the run has none yet. */
    public Optional<byte[]> of(Run run) {
        if (run.getStatus() == RunStatus.QUEUED && run.getIterationsDone() == 0) {
            return Optional.empty(); // not started: nothing stored yet, no query needed
        }
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
        Optional<byte[]> png =
                runs.latestSnapshot(run.getId())
                        .map(s -> Exports.thumbnail(run.getDomain(), s, PIXELS));
        png.ifPresent(
                p -> {
                    synchronized (cache) {
                        cache.put(key, p);
                    }
                });
        return png;
    }
}
