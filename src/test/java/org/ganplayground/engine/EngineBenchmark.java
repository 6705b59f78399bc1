package org.ganplayground.engine;

import java.util.List;
import java.util.SplittableRandom;
import org.ganplayground.domains.RealSampler;

/**
 * Speed of the engine on the reference tasks; a program, not a test (speed is never asserted). Run:
 * ./mvnw -q -o test-compile exec:java -Dexec.mainClass=org.ganplayground.engine.EngineBenchmark
 * -Dexec.classpathScope=test (args: [seconds per task] [ring|28x28]); offline, use java -cp with
 * dependency:build-classpath
 */
public final class EngineBenchmark {

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        String only = args.length > 1 ? args[1] : "";
        if (!only.equals("28x28")) {
            run(
                    "ring 2-32-32-2 / 2-32-32-1",
                    RingReference.spec(1),
                    new RingSampler(0.02, false),
                    seconds);
        }
        if (only.equals("ring")) {
            printHeap();
            return;
        }
        NetSpec forger = NetSpec.of(Activation.LEAKY_RELU, 128);
        NetSpec inspector = NetSpec.of(Activation.LEAKY_RELU, 128);
        OptimizerSpec adam = OptimizerSpec.adam(2e-4, 0.5);
        TrainerSpec sprites =
                new TrainerSpec(
                        forger,
                        Activation.TANH,
                        inspector,
                        adam,
                        adam,
                        LossKind.NON_SATURATING,
                        1,
                        64,
                        32,
                        NoiseKind.GAUSSIAN,
                        0,
                        1,
                        Conditioning.INPUT,
                        0,
                        1);
        run("28x28 32-128-784 / 784-128-1", sprites, new NoisePixels(), seconds);
        printHeap();
        System.out.println(
                "blas_threads=" + org.nd4j.linalg.factory.Nd4j.factory().blas().getMaxThreads());
    }

    private static void run(String name, TrainerSpec spec, RealSampler sampler, double seconds) {
        GanTrainer trainer = new GanTrainer(spec, sampler);
        long warmEnd = System.nanoTime() + (long) (seconds * 0.4e9);
        while (System.nanoTime() < warmEnd) {
            trainer.iteration();
        }
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long from = trainer.iterations();
        while (System.nanoTime() < end) {
            trainer.iteration();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        long done = trainer.iterations() - from;
        // CPU time of the training thread is steadier than wall clock on a shared machine
        System.out.printf(
                "%s: it_per_s=%.0f (wall clock), %.0f per CPU-second of the training thread;"
                        + " %d iterations after %d warm-up, finite=%s%n",
                name, done / elapsed, done / cpu, done, from, trainer.isFinite());
    }

    /**
     * Garbage from ND4J's op objects fills whatever -Xmx allows; the live set is what a run needs.
     */
    private static void printHeap() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                "peak_heap_mb=%.1f (sum of pool peaks), live_heap_after_gc_mb=%.1f, max_heap_mb=%.0f%n",
                peakHeapMb(), (rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1e6);
    }

    private static double peakHeapMb() {
        List<java.lang.management.MemoryPoolMXBean> pools =
                java.lang.management.ManagementFactory.getMemoryPoolMXBeans();
        long peak = 0;
        for (var pool : pools) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP
                    && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1e6;
    }

    /** 784 pixels in [-1, 1]: speed does not depend on what the pictures show. */
    private static final class NoisePixels implements RealSampler {
        @Override
        public int sampleSize() {
            return 784;
        }

        @Override
        public int conditionSize() {
            return 0;
        }

        @Override
        public void draw(SplittableRandom rng, int n, float[] x, float[] c) {
            for (int i = 0; i < n * 784; i++) {
                x[i] = rng.nextDouble() < 0.2 ? 1f : -1f;
            }
        }

        @Override
        public void requestedCondition(int n, float[] c) {}
    }
}
