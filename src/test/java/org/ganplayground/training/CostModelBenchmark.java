package org.ganplayground.training;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.engine.GanRun;
import org.ganplayground.engine.RunObserver;
import org.ganplayground.engine.Snapshot;
import org.ganplayground.settings.Settings;

/**
 * The compute-budget estimate against the CPU time a run really takes on this machine; a program,
 * not a test (speed is never asserted). Prints, per config, the CPU seconds of one core per 1,000
 * iterations and per snapshot, measured on this thread, next to what {@link CostModel} predicts.
 * Run (offline): ./mvnw -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt
 * -Dmdep.includeScope=test, then java -cp target/test-classes:target/classes:$(cat cp.txt)
 * org.ganplayground.training.CostModelBenchmark [seconds per config]
 */
public final class CostModelBenchmark {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** Configs across the domains and the catalogue's bounds, as serialised settings. */
    static final Map<String, Map<String, String>> CONFIGS = configs();

    private static Map<String, Map<String, String>> configs() {
        Map<String, Map<String, String>> c = new LinkedHashMap<>();
        c.put("points default", Map.of("domain", "points-2d"));
        c.put(
                "points 128x128 b256",
                Map.of(
                        "domain", "points-2d",
                        "forger.layers", "128,128",
                        "inspector.layers", "128,128",
                        "batch", "256"));
        c.put(
                "points 4x512 b32",
                Map.of(
                        "domain", "points-2d",
                        "forger.layers", "512,512,512,512",
                        "inspector.layers", "512,512,512,512",
                        "batch", "32"));
        c.put(
                "points pack4 k5 b128",
                Map.of(
                        "domain", "points-2d",
                        "inspector.packing", "4",
                        "inspector.steps", "5",
                        "batch", "128"));
        c.put(
                "points 1x8 b8",
                Map.of(
                        "domain", "points-2d",
                        "forger.layers", "8",
                        "inspector.layers", "8",
                        "batch", "8"));
        c.put(
                "points upfront mode",
                Map.of("domain", "points-2d", "guardrails", "mode<=3", "upfront", "true"));
        c.put("creatures default", Map.of("domain", "creatures"));
        c.put(
                "creatures 64/64 b16",
                Map.of(
                        "domain", "creatures",
                        "forger.layers", "64",
                        "inspector.layers", "64",
                        "batch", "16"));
        c.put(
                "creatures 512x2 b128 k2",
                Map.of(
                        "domain", "creatures",
                        "forger.layers", "512,512",
                        "inspector.layers", "512,512",
                        "batch", "128",
                        "inspector.steps", "2"));
        c.put(
                "creatures 4x512 b256",
                Map.of(
                        "domain", "creatures",
                        "forger.layers", "512,512,512,512",
                        "inspector.layers", "512,512,512,512",
                        "batch", "256"));
        c.put("spectra default", Map.of("domain", "spectra-1d"));
        c.put(
                "spectra 256x256 b256 pack2",
                Map.of(
                        "domain", "spectra-1d",
                        "forger.layers", "256,256",
                        "inspector.layers", "256,256",
                        "batch", "256",
                        "inspector.packing", "2"));
        return c;
    }

    /** CPU milliseconds of one iteration and of one snapshot, measured. */
    record Measured(double msPerIteration, double msPerSnapshot, int iterations) {}

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 4;
        String only = args.length > 1 ? args[1] : "";
        System.out.println(
                "config | it measured ms | it predicted ms | snap measured ms | snap predicted ms"
                        + " | run predicted s | run measured s (default iterations)");
        List<String> lines = new ArrayList<>();
        for (var e : CONFIGS.entrySet()) {
            if (!e.getKey().contains(only)) {
                continue;
            }
            GanConfig config = Settings.read(e.getValue()).orThrow();
            Measured m = measure(config, seconds);
            CostModel.Cost p = CostModel.estimate(config);
            double runMeasured =
                    (config.iterations() * m.msPerIteration()
                                    + snapshots(config) * m.msPerSnapshot())
                            / 1000;
            String line =
                    String.format(
                            Locale.ROOT,
                            "%s | %.3f | %.3f | %.1f | %.1f | %.1f | %.1f",
                            e.getKey(),
                            m.msPerIteration(),
                            p.msPerIteration(),
                            m.msPerSnapshot(),
                            p.msPerSnapshot(),
                            p.seconds(),
                            runMeasured);
            System.out.println(line);
            System.out.println("  features " + CostModel.features(config));
            lines.add(line);
        }
    }

    static int snapshots(GanConfig c) {
        return c.iterations() / c.snapshotEvery() + 1;
    }

    /** Trains on this thread for about {@code seconds} after a warm-up of half as long. */
    static Measured measure(GanConfig config, double seconds) {
        GanConfig endless =
                Settings.with(config, Map.of("iterations", "20000", "snapshot.every", "20000"))
                        .orThrow();
        GanRun gan = GanRun.start(endless);
        long warm = (long) (seconds * 0.5e9);
        long[] marks = new long[2];
        int[] counted = new int[2];
        long end = CPU.getCurrentThreadCpuTime() + warm + (long) (seconds * 1e9);
        gan.runToEnd(
                new RunObserver() {
                    @Override
                    public void onProgress(int iteration, int total, long elapsedMs) {
                        long now = CPU.getCurrentThreadCpuTime();
                        if (marks[0] == 0 && now > end - (long) (seconds * 1e9)) {
                            marks[0] = now;
                            counted[0] = iteration;
                        }
                        marks[1] = now;
                        counted[1] = iteration;
                    }

                    @Override
                    public void onSnapshot(Snapshot snapshot) {}
                },
                () -> CPU.getCurrentThreadCpuTime() > end);
        double perIteration = (marks[1] - marks[0]) / 1e6 / Math.max(1, counted[1] - counted[0]);
        gan.snapshot();
        gan.checkpoint();
        long t0 = CPU.getCurrentThreadCpuTime();
        int n = 3;
        for (int i = 0; i < n; i++) {
            gan.snapshot();
            gan.checkpoint();
        }
        double perSnapshot = (CPU.getCurrentThreadCpuTime() - t0) / 1e6 / n;
        return new Measured(perIteration, perSnapshot, counted[1] - counted[0]);
    }
}
