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
        c.put(
                "creatures 4x512 b256 k10 (the largest)",
                Map.of(
                        "domain", "creatures",
                        "forger.layers", "512,512,512,512",
                        "inspector.layers", "512,512,512,512",
                        "batch", "256",
                        "inspector.steps", "10"));
        c.put(
                "creatures 256x256 b32",
                Map.of(
                        "domain", "creatures",
                        "forger.layers", "256,256",
                        "inspector.layers", "256,256",
                        "batch", "32"));
        c.put(
                "creatures legs==8 up front pack2",
                Map.of(
                        "domain", "creatures",
                        "guardrails", "legs==8",
                        "upfront", "true",
                        "inspector.packing", "2"));
        c.put(
                "points 64x64 k3",
                Map.of(
                        "domain", "points-2d",
                        "forger.layers", "64,64",
                        "inspector.layers", "64,64",
                        "inspector.steps", "3"));
        c.put(
                "points 256x256 b128",
                Map.of(
                        "domain", "points-2d",
                        "forger.layers", "256,256",
                        "inspector.layers", "256,256",
                        "batch", "128"));
        c.put("spectra default", Map.of("domain", "spectra-1d"));
        c.put(
                "spectra 64x64 k5",
                Map.of(
                        "domain", "spectra-1d",
                        "forger.layers", "64,64",
                        "inspector.layers", "64,64",
                        "inspector.steps", "5"));
        c.put(
                "spectra 3x512 b32",
                Map.of(
                        "domain", "spectra-1d",
                        "forger.layers", "512,512,512",
                        "inspector.layers", "512,512,512",
                        "batch", "32"));
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

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("app")) {
            inTheApp();
            return;
        }
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

    /**
     * Whole runs in the started app, one at a time: the CPU time the queue measured and stored
     * (cpu_ms: training, snapshots, storing them) against the estimate launch checked.
     */
    static void inTheApp() throws Exception {
        Map<String, Map<String, String>> runs = new LinkedHashMap<>();
        runs.put("points default", Map.of("domain", "points-2d"));
        runs.put("spectra default", Map.of("domain", "spectra-1d"));
        runs.put(
                "points 128x128 b256, 1000 it",
                Map.of(
                        "domain", "points-2d",
                        "forger.layers", "128,128",
                        "inspector.layers", "128,128",
                        "batch", "256",
                        "iterations", "1000"));
        runs.put(
                "creatures default, 1000 it",
                Map.of("domain", "creatures", "iterations", "1000", "snapshot.every", "50"));
        runs.put(
                "creatures 512x2 b64, 300 it",
                Map.of(
                        "domain", "creatures",
                        "forger.layers", "512,512",
                        "inspector.layers", "512,512",
                        "iterations", "300",
                        "snapshot.every", "30"));
        String dir = "./target/bench-data/cost-" + java.util.UUID.randomUUID();
        try (var app = org.ganplayground.TestApp.start(dir, "gan.queue.workers=1")) {
            org.ganplayground.classroom.TestAccounts.signIn(
                    app.getBean(org.ganplayground.classroom.TestAccounts.class)
                            .create("bench", org.ganplayground.classroom.Role.TEACHER, null));
            RunService service = app.getBean(RunService.class);
            System.out.println("config | predicted s | measured cpu s | wall s");
            for (var e : runs.entrySet()) {
                GanConfig config = Settings.read(e.getValue()).orThrow();
                long t0 = System.nanoTime();
                long id = service.launch(config, e.getKey(), null).getId();
                Run run = service.find(id).orElseThrow();
                while (run.getStatus().isActive()) {
                    Thread.sleep(100);
                    run = service.find(id).orElseThrow();
                }
                System.out.printf(
                        Locale.ROOT,
                        "%s | %.1f | %.1f | %.1f (%s)%n",
                        e.getKey(),
                        CostModel.estimate(config).seconds(),
                        run.getCpuMs() / 1000.0,
                        (System.nanoTime() - t0) / 1e9,
                        run.getStatus());
            }
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
