package org.ganplayground.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GanTrainerTest {

    private static final RingSampler RING = new RingSampler(0.02, false);

    @Test
    void inspector_learns_that_real_is_one_and_fake_is_zero() {
        GanTrainer t = new GanTrainer(RingReference.spec(3), RING);
        for (int i = 0; i < 300; i++) {
            t.inspectorStep();
        }
        StepMetrics m = t.metrics();
        assertThat(m.meanRealScore()).isGreaterThan(0.5);
        assertThat(m.meanFakeScore()).isLessThan(0.5);
        assertThat(m.inspectorAccuracy()).isGreaterThan(0.75);

        int n = 256;
        SplittableRandom rng = new SplittableRandom(99);
        float[] real = new float[2 * n];
        RING.draw(rng, n, real, null);
        float[] fake = t.generate(t.sampleNoise(rng, n), null, n);
        assertThat(mean(t.inspect(real, null, n))).isGreaterThan(0.5);
        assertThat(mean(t.inspect(fake, null, n))).isLessThan(0.5);
    }

    @Test
    void forger_step_leaves_inspector_weights_and_optimizer_state_unchanged() {
        GanTrainer t = new GanTrainer(RingReference.spec(4), RING);
        for (int i = 0; i < 5; i++) {
            t.iteration(); // so that both Adam states are non-zero
        }
        TrainerState before = t.state();
        t.forgerStep();
        TrainerState after = t.state();

        assertThat(after.inspectorParams()).containsExactly(before.inspectorParams());
        assertThat(after.inspectorOptimizerState())
                .containsExactly(before.inspectorOptimizerState());
        assertThat(after.inspectorUpdates()).isEqualTo(before.inspectorUpdates());
        assertThat(after.forgerParams()).isNotEqualTo(before.forgerParams());
    }

    @Test
    void inspector_step_leaves_forger_weights_and_optimizer_state_unchanged() {
        GanTrainer t = new GanTrainer(RingReference.spec(5), RING);
        for (int i = 0; i < 5; i++) {
            t.iteration();
        }
        TrainerState before = t.state();
        t.inspectorStep();
        TrainerState after = t.state();

        assertThat(after.forgerParams()).containsExactly(before.forgerParams());
        assertThat(after.forgerOptimizerState()).containsExactly(before.forgerOptimizerState());
        assertThat(after.forgerUpdates()).isEqualTo(before.forgerUpdates());
        assertThat(after.inspectorParams()).isNotEqualTo(before.inspectorParams());
    }

    @Test
    void same_seed_gives_identical_parameters_and_another_seed_different_ones() {
        TrainerState a = run(RingReference.spec(6), 50);
        TrainerState b = run(RingReference.spec(6), 50);
        TrainerState other = run(RingReference.spec(7), 50);

        assertThat(b.forgerParams()).containsExactly(a.forgerParams());
        assertThat(b.inspectorParams()).containsExactly(a.inspectorParams());
        assertThat(other.forgerParams()).isNotEqualTo(a.forgerParams());
        assertThat(other.inspectorParams()).isNotEqualTo(a.inspectorParams());
    }

    @Test
    void runs_on_two_threads_at_once_give_the_same_parameters_as_alone() throws Exception {
        TrainerState aloneA = run(RingReference.spec(13), 50);
        TrainerState aloneB = run(RingReference.spec(14), 50);

        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> run(RingReference.spec(13), 50));
            var b = pool.submit(() -> run(RingReference.spec(14), 50));
            assertThat(a.get().forgerParams()).containsExactly(aloneA.forgerParams());
            assertThat(b.get().forgerParams()).containsExactly(aloneB.forgerParams());
            assertThat(a.get().inspectorParams()).containsExactly(aloneA.inspectorParams());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void restored_state_continues_bit_identically_to_an_uninterrupted_run() {
        TrainerSpec spec = averaging(RingReference.spec(8), 0.9);
        TrainerState uninterrupted = run(spec, 60);

        TrainerState halfway = run(spec, 30);
        GanTrainer resumed = new GanTrainer(spec, RING);
        resumed.restore(halfway);
        for (int i = 0; i < 30; i++) {
            resumed.iteration();
        }
        TrainerState end = resumed.state();

        assertThat(end.iterations()).isEqualTo(60);
        assertThat(end.forgerParams()).containsExactly(uninterrupted.forgerParams());
        assertThat(end.inspectorParams()).containsExactly(uninterrupted.inspectorParams());
        assertThat(end.forgerOptimizerState())
                .containsExactly(uninterrupted.forgerOptimizerState());
        assertThat(end.inspectorOptimizerState())
                .containsExactly(uninterrupted.inspectorOptimizerState());
        assertThat(end.forgerAverageParams()).containsExactly(uninterrupted.forgerAverageParams());
    }

    @Test
    void averaging_the_forger_changes_what_is_shown_not_how_it_trains() {
        TrainerSpec plain = RingReference.spec(9);
        GanTrainer averaged = new GanTrainer(averaging(plain, 0.9), RING);
        for (int i = 0; i < 40; i++) {
            averaged.iteration();
        }
        TrainerState s = averaged.state();
        assertThat(s.forgerParams()).containsExactly(run(plain, 40).forgerParams());
        assertThat(s.forgerAverageParams()).hasSameSizeAs(s.forgerParams());
        assertThat(s.forgerAverageParams()).isNotEqualTo(s.forgerParams());
        float[] z = averaged.sampleNoise(new SplittableRandom(1), 8);
        float[] shown = averaged.generate(z, null, 8);
        averaged.restore(withShownForger(s, s.forgerParams()));
        assertThat(averaged.generate(z, null, 8)).isNotEqualTo(shown);
    }

    private static TrainerState withShownForger(TrainerState s, float[] shown) {
        return new TrainerState(
                s.forgerParams(),
                s.inspectorParams(),
                s.forgerOptimizerState(),
                s.inspectorOptimizerState(),
                s.forgerUpdates(),
                s.inspectorUpdates(),
                s.iterations(),
                s.steps(),
                shown);
    }

    private static TrainerSpec averaging(TrainerSpec s, double decay) {
        return RingReference.with(s, s.packing(), decay);
    }

    @Test
    void a_nan_parameter_is_reported_as_not_finite() {
        GanTrainer t = new GanTrainer(RingReference.spec(9), RING);
        t.iteration();
        assertThat(t.isFinite()).isTrue();
        assertThat(t.metrics().isFinite()).isTrue();

        TrainerState s = t.state();
        s.inspectorParams()[3] = Float.NaN;
        t.restore(s);
        assertThat(t.isFinite()).isFalse();
    }

    @Test
    void inspector_steps_per_iteration_are_honoured() {
        TrainerSpec one = RingReference.spec(10);
        TrainerSpec three =
                new TrainerSpec(
                        one.forger(),
                        one.forgerOutput(),
                        one.inspector(),
                        one.forgerOptimizer(),
                        one.inspectorOptimizer(),
                        one.loss(),
                        3,
                        one.batchSize(),
                        one.noiseDim(),
                        one.noise(),
                        one.labelSmoothing(),
                        1,
                        one.conditioning(),
                        0,
                        one.seed());
        TrainerState s = run(three, 4);
        assertThat(s.inspectorUpdates()).isEqualTo(12);
        assertThat(s.forgerUpdates()).isEqualTo(4);
        assertThat(s.iterations()).isEqualTo(4);
    }

    @Test
    void minimax_forger_gradient_vanishes_when_the_inspector_wins_and_non_saturating_does_not() {
        double minimax = forgerGradientNormAfterInspectorWins(LossKind.MINIMAX);
        double nonSaturating = forgerGradientNormAfterInspectorWins(LossKind.NON_SATURATING);
        assertThat(minimax).isLessThan(nonSaturating / 10);
    }

    /** Both BCE variants train the same inspector, so only the forger's loss differs. */
    private static double forgerGradientNormAfterInspectorWins(LossKind loss) {
        TrainerSpec ring = RingReference.spec(12);
        TrainerSpec spec =
                new TrainerSpec(
                        ring.forger(),
                        ring.forgerOutput(),
                        ring.inspector(),
                        ring.forgerOptimizer(),
                        OptimizerSpec.adam(1e-2, 0.5), // a fast inspector wins clearly
                        loss,
                        1,
                        ring.batchSize(),
                        ring.noiseDim(),
                        ring.noise(),
                        0,
                        1,
                        ring.conditioning(),
                        0,
                        ring.seed());
        GanTrainer t = new GanTrainer(spec, RING);
        for (int i = 0; i < 400; i++) {
            t.inspectorStep();
        }
        assertThat(t.metrics().meanFakeScore()).isLessThan(0.05);
        t.forgerLossAndGradient();
        return t.forger().gradient().norm2Number().doubleValue();
    }

    static TrainerState run(TrainerSpec spec, int iterations) {
        GanTrainer t = new GanTrainer(spec, RING);
        for (int i = 0; i < iterations; i++) {
            t.iteration();
        }
        return t.state();
    }

    static double mean(float[] a) {
        double s = 0;
        for (float v : a) {
            s += v;
        }
        return s / a.length;
    }

    @Test
    void a_conditioned_inspector_that_wins_outright_rests_and_an_unconditioned_one_never_does() {
        TrainerSpec ring = RingReference.spec(4);
        TrainerSpec fastInspector =
                new TrainerSpec(
                        ring.forger(),
                        ring.forgerOutput(),
                        ring.inspector(),
                        OptimizerSpec.adam(1e-4, 0.5), // a slow forger
                        OptimizerSpec.adam(1e-2, 0.5), // against a fast inspector: it wins
                        ring.loss(),
                        5,
                        ring.batchSize(),
                        ring.noiseDim(),
                        ring.noise(),
                        0,
                        1,
                        Conditioning.INPUT,
                        0,
                        ring.seed());
        GanTrainer conditioned = new GanTrainer(fastInspector, new RingSampler(0.02, true));
        GanTrainer plain = new GanTrainer(fastInspector, RING);
        long restsBefore = -1;
        for (int i = 0; i < GanTrainer.REST_AFTER + 100; i++) {
            if (i == GanTrainer.REST_AFTER) {
                restsBefore = conditioned.rests();
            }
            conditioned.iteration();
            plain.iteration();
        }
        assertThat(restsBefore).as("no rest in the first iterations").isZero();
        assertThat(conditioned.rests()).as("a winning conditioned inspector rests").isPositive();
        assertThat(plain.rests()).isZero();
        // a resting step measures but leaves the inspector untouched
        float[] before = Host.floats(conditioned.inspector().params());
        long rests = conditioned.rests();
        for (int i = 0; i < 1000 && conditioned.rests() == rests; i++) {
            before = Host.floats(conditioned.inspector().params());
            conditioned.inspectorStep();
        }
        assertThat(conditioned.rests()).isGreaterThan(rests);
        assertThat(Host.floats(conditioned.inspector().params())).containsExactly(before);
    }
}
