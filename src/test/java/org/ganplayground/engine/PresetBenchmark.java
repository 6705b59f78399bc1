package org.ganplayground.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ganplayground.settings.Preset;
import org.ganplayground.settings.Presets;
import org.ganplayground.settings.Settings;

/**
 * Runs presets at their seeds and prints one line each: speed, time to the first snapshot, time per
 * snapshot, peak Java heap and the outcome. A program, not a test. Arguments: preset ids (default:
 * all), then {@code key=value} overrides applied to every preset (e.g. {@code iterations=1000}).
 *
 * <p>{@code peak_heap_mb} sums each heap pool's peak usage since a GC and a peak reset before the
 * run: Java objects only, and an upper bound (pools peak at different moments). ND4J's arrays live
 * off-heap and are not in it; {@code rss_mb} is the whole process's resident memory at the end
 * (JVM, native libraries and ND4J buffers of every run so far in this JVM).
 */
public final class PresetBenchmark {

    public static void main(String[] args) {
        List<String> ids = new ArrayList<>();
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String a : args) {
            if (a.contains("=")) {
                String[] kv = a.split("=", 2);
                overrides.put(kv[0], kv[1]);
            } else {
                ids.add(a);
            }
        }
        List<Preset> presets =
                ids.isEmpty()
                        ? Presets.all()
                        : ids.stream().map(id -> Presets.byId(id).orElseThrow()).toList();
        for (Preset p : presets) {
            Map<String, String> params = new LinkedHashMap<>(p.params());
            params.putAll(overrides);
            System.out.println(line(p.id(), Settings.read(params).orThrow()));
        }
    }

    static String line(String id, GanConfig config) {
        resetPeaks();
        long t0 = System.nanoTime();
        GanRun run = GanRun.start(config);
        long[] firstSnapshot = {-1};
        long[] lastTick = {0};
        long[] snapshotNs = {0};
        int[] snapshots = {0};
        Snapshot[] last = new Snapshot[1];
        long runStart = System.nanoTime();
        lastTick[0] = runStart;
        RunOutcome outcome =
                run.runToEnd(
                        new RunObserver() {
                            @Override
                            public void onProgress(int iteration, int total, long elapsedMs) {
                                lastTick[0] = System.nanoTime();
                            }

                            @Override
                            public void onSnapshot(Snapshot s) {
                                long now = System.nanoTime();
                                // a snapshot is taken right after the last progress call
                                snapshotNs[0] += now - lastTick[0];
                                snapshots[0]++;
                                if (firstSnapshot[0] < 0) {
                                    firstSnapshot[0] = now - t0;
                                }
                                last[0] = s;
                                lastTick[0] = System.nanoTime();
                            }
                        },
                        () -> false);
        double seconds = (System.nanoTime() - runStart) / 1e9;
        double trainSeconds = seconds - snapshotNs[0] / 1e9;
        return String.format(
                Locale.ROOT,
                "preset=%s seed=%d iterations=%d it_per_s=%.0f train_it_per_s=%.0f"
                        + " first_snapshot_ms=%d ms_per_snapshot=%.1f peak_heap_mb=%.0f"
                        + " rss_mb=%.0f outcome=%s %s",
                id,
                config.seed(),
                run.iteration(),
                run.iteration() / seconds,
                run.iteration() / trainSeconds,
                firstSnapshot[0] / 1_000_000,
                snapshotNs[0] / 1e6 / snapshots[0],
                peakHeapMb(),
                org.bytedeco.javacpp.Pointer.physicalBytes() / 1e6,
                outcome.kind(),
                outcome(last[0].metrics()));
    }

    /** The metrics that say whether a preset did what it documents. */
    static String outcome(Map<String, Double> m) {
        StringBuilder s = new StringBuilder();
        m.forEach(
                (k, v) -> {
                    if (k.equals("modes_covered")
                            || k.equals("high_quality")
                            || k.equals("ks")
                            || k.equals("feature_frechet")
                            || k.equals(Metrics.ACCURACY)
                            || k.startsWith("pass ")) {
                        s.append(String.format(Locale.ROOT, "%s=%.3f,", k.replace(' ', '_'), v));
                    }
                });
        return s.length() == 0 ? "-" : s.substring(0, s.length() - 1);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static double peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1e6;
    }
}
