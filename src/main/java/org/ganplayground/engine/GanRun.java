package org.ganplayground.engine;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import org.ganplayground.domains.DomainSetup;
import org.ganplayground.domains.Domains;
import org.ganplayground.domains.GuardedSampler;

/**
 * One run: a trainer, the domain's real data and the learner's guardrails, measured into snapshots.
 * Runs to the end for the queue, or step by step for the step mode. The fixed noise batch is drawn
 * once from the seed, so snapshots show how the same forgeries evolve.
 */
public final class GanRun {

    /** Forgeries judged per snapshot for quality and pass rates. */
    static final int EVAL_SAMPLES = 1000;

    private final GanConfig config;
    private final DomainSetup setup;
    private final GuardedSampler sampler;
    private final GanTrainer trainer;
    private final SnapshotMaker snapshots;
    private long elapsedBeforeMs;
    private long runningSinceNs = -1;

    private GanRun(GanConfig config) {
        this.config = config;
        this.setup = Domains.setup(config.domain());
        this.sampler = setup.sampler(config.guardrails(), config.guardrailsUpFront());
        this.trainer =
                new GanTrainer(config.trainerSpec(setup.domain().outputIsBounded()), sampler);
        this.snapshots = new SnapshotMaker(config, setup, sampler, trainer);
    }

    public static GanRun start(GanConfig config) {
        return new GanRun(config);
    }

    /** Continues from a checkpoint written by {@link #checkpoint()}, bit-identically. */
    public static GanRun resume(GanConfig config, byte[] checkpoint) {
        GanRun run = new GanRun(config);
        CheckpointCodec.Read read = CheckpointCodec.read(checkpoint);
        run.trainer.restore(read.state());
        if (read.measured() != null) {
            run.trainer.restoreMetrics(read.measured());
        }
        run.elapsedBeforeMs = read.elapsedMs();
        return run;
    }

    /** Inspector steps its conditioned inspector rested (see {@link GanTrainer}). */
    long inspectorRests() {
        return trainer.rests();
    }

    public GanConfig config() {
        return config;
    }

    public int iteration() {
        return (int) trainer.iterations();
    }

    public byte[] checkpoint() {
        return CheckpointCodec.write(trainer.state(), trainer.metrics(), elapsedMs());
    }

    public long elapsedMs() {
        long now = runningSinceNs < 0 ? 0 : (System.nanoTime() - runningSinceNs) / 1_000_000;
        return elapsedBeforeMs + now;
    }

    /** The snapshot of the current state. */
    public Snapshot snapshot() {
        return snapshots.take(iteration(), elapsedMs());
    }

    /**
     * Trains until the config's iteration count, a stop request (checked every iteration), or
     * divergence. Snapshots go to the observer at the start, every snapshot interval and at the
     * end; a stop after the last snapshot takes one more, so a resume continues from where the run
     * stopped rather than from the snapshot before.
     */
    public RunOutcome runToEnd(RunObserver observer, BooleanSupplier stop) {
        runningSinceNs = System.nanoTime();
        try {
            Snapshot last = snapshot();
            observer.onSnapshot(last);
            int total = config.iterations();
            while (iteration() < total) {
                if (stop.getAsBoolean()) {
                    if (iteration() > last.iteration()) {
                        last = snapshot();
                        observer.onSnapshot(last);
                    }
                    return outcome(
                            RunOutcome.Kind.STOPPED,
                            "Stopped at iteration " + iteration() + ".",
                            last);
                }
                trainer.iteration();
                int it = iteration();
                observer.onProgress(it, total, elapsedMs());
                if (!trainer.isFinite()) {
                    return outcome(RunOutcome.Kind.DIVERGED, Divergence.NUMBERS_BLEW_UP, last);
                }
                if (it % config.snapshotEvery() == 0 || it == total) {
                    last = snapshot();
                    observer.onSnapshot(last);
                    String collapse = Divergence.collapse(last);
                    if (collapse != null) {
                        return outcome(RunOutcome.Kind.DIVERGED, collapse, last);
                    }
                }
            }
            return outcome(RunOutcome.Kind.COMPLETED, Summary.describe(setup, last), last);
        } finally {
            elapsedBeforeMs = elapsedMs();
            runningSinceNs = -1;
        }
    }

    /** Step mode: k inspector-only steps, then a fresh snapshot. */
    public Snapshot stepInspector(int k) {
        return timed(
                () -> {
                    for (int i = 0; i < k; i++) {
                        trainer.inspectorStep();
                    }
                });
    }

    /** Step mode: k forger-only steps, then a fresh snapshot. */
    public Snapshot stepForger(int k) {
        return timed(
                () -> {
                    for (int i = 0; i < k; i++) {
                        trainer.forgerStep();
                    }
                });
    }

    /** Step mode: k full iterations, then a fresh snapshot. */
    public Snapshot stepBoth(int k) {
        return timed(
                () -> {
                    for (int i = 0; i < k; i++) {
                        trainer.iteration();
                    }
                });
    }

    /**
     * The inspector's verdict in [0, 1] (1: real) on each of n samples alone (network scale, n *
     * sample size), asked for what the run asks for: how the game's machine scores are measured.
     */
    public float[] judge(float[] samples, int n) {
        return snapshots.judge(samples, n);
    }

    /**
     * This run's inspector tested on its own forger and on {@code other}'s, both on their fixed
     * evaluation noise, against this run's real evaluation batch. The other run must draw samples
     * of the same size ({@link #sameSamples}).
     */
    public CrossCheck crossCheck(GanRun other) {
        if (!sameSamples(other)) {
            throw new IllegalArgumentException("the runs draw samples of different kinds");
        }
        return snapshots.crossCheck(other.snapshots.forgeries());
    }

    /** Whether the two runs' samples can be judged by each other's inspectors. */
    public boolean sameSamples(GanRun other) {
        return setup.domain().id().equals(other.setup.domain().id())
                && setup.sampleSize() == other.setup.sampleSize();
    }

    public List<String> conditionedOn() {
        return sampler.conditionedOn();
    }

    private Snapshot timed(Runnable steps) {
        runningSinceNs = System.nanoTime();
        try {
            steps.run();
        } finally {
            elapsedBeforeMs = elapsedMs();
            runningSinceNs = -1;
        }
        return snapshot();
    }

    private RunOutcome outcome(RunOutcome.Kind kind, String message, Snapshot last) {
        return new RunOutcome(kind, iteration(), message, last.metrics());
    }

    static SplittableRandom evalRandom(long seed) {
        // separate from training randomness: judging a snapshot must not change the run
        return new SplittableRandom(seed ^ 0x5DEECE66DL);
    }
}
