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
        String key = run.getId() + "@" + run.getIterationsDone() + "/" + run.getStatus();
        synchronized (cache) {
            byte[] hit = cache.get(key);
            if (hit != null) {
                return Optional.of(hit);
            }
        }
        Optional<byte[]> png =
                runs.latestSnapshot(run.getId()).map(s -> Exports.png(run.getDomain(), s));
        png.ifPresent(
                p -> {
                    synchronized (cache) {
                        cache.put(key, p);
                    }
                });
        return png;
    }
}
