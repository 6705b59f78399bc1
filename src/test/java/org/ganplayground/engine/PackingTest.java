package org.ganplayground.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.ganplayground.domains.RealSampler;
import org.ganplayground.settings.Catalogue;
import org.ganplayground.settings.Settings;
import org.junit.jupiter.api.Test;

/** PacGAN packing: the inspector judges packs of m samples, one verdict per pack. */
class PackingTest {

    private static final RingSampler RING = new RingSampler(0.02, false);
    private static final RingSampler CONDITIONED = new RingSampler(0.02, true);

    /**
     * Hashes of parameters and snapshot arrays recorded from the trainer as it was before packing
     * existed (commit 9880717), on this project's x86-64 OpenBLAS. A BLAS with other kernels may
     * round differently: then re-record them from that commit on the new machine.
     */
    @Test
    void packing_1_is_bit_identical_to_unpacked_training() {
        TrainerState ring = GanTrainerTest.run(RingReference.spec(3), 40);
        assertThat(Arrays.hashCode(ring.forgerParams())).isEqualTo(1875954161);
        assertThat(Arrays.hashCode(ring.inspectorParams())).isEqualTo(-1979527709);
        assertThat(Arrays.hashCode(ring.forgerOptimizerState())).isEqualTo(479173200);
        assertThat(Arrays.hashCode(ring.inspectorOptimizerState())).isEqualTo(369166317);

        GanTrainer conditioned = new GanTrainer(RingReference.spec(3), CONDITIONED);
        for (int i = 0; i < 40; i++) {
            conditioned.iteration();
        }
        assertThat(Arrays.hashCode(conditioned.state().forgerParams())).isEqualTo(-1260260565);
        assertThat(Arrays.hashCode(conditioned.state().inspectorParams())).isEqualTo(-1764286697);

        Snapshot last = lastSnapshot(GanRun.start(points(1, 100)));
        assertThat(Arrays.hashCode(last.fake())).isEqualTo(585545606);
        assertThat(Arrays.hashCode(last.arrays().get(Plane.HEATMAP))).isEqualTo(1716909167);
        assertThat(Arrays.hashCode(last.arrays().get(Plane.ARROWS))).isEqualTo(-1555760361);
        assertThat(last.metric(Metrics.SCORE_REAL)).isEqualTo(0.5153809362649917);
        assertThat(last.metric(Metrics.SCORE_FAKE)).isEqualTo(0.4378020716011524);
        assertThat(last.metric(Metrics.ACCURACY)).isEqualTo(0.6745);
    }

    @Test
    void packed_inspector_sees_m_samples_per_verdict() {
        int m = 3;
        CountingSampler counting = new CountingSampler(CONDITIONED);
        GanTrainer t = new GanTrainer(packed(RingReference.spec(1), m), counting);
        int batch = RingReference.spec(1).batchSize();
        assertThat(t.inspector().inputSize()).isEqualTo(m * (2 + RingSampler.MODES));

        t.inspectorStep();
        assertThat(counting.drawn).containsExactly(batch * m); // batch packs of m per side
        t.forgerStep();
        assertThat(counting.drawn).containsExactly(batch * m, batch * m);

        int n = 6;
        float[] x = new float[n * 2];
        float[] c = new float[n * RingSampler.MODES];
        CONDITIONED.draw(new SplittableRandom(2), n, x, c);
        double[] verdicts = t.judgePacks(x, c, n);
        assertThat(verdicts).hasSize(n / m);
        for (int slot = 0; slot < m; slot++) {
            float[] moved = x.clone();
            moved[2 * (m + slot)] += 0.5f; // a sample of the second pack
            double[] after = t.judgePacks(moved, c, n);
            assertThat(after[0]).as("first pack, slot %d", slot).isEqualTo(verdicts[0]);
            assertThat(after[1]).as("second pack, slot %d", slot).isNotEqualTo(verdicts[1]);
        }
    }

    @Test
    void training_packs_hold_m_real_samples_in_turn_or_m_forgeries() {
        int m = 2;
        CountingSampler counting = new CountingSampler(RING);
        GanTrainer t = new GanTrainer(packed(RingReference.spec(6), m), counting);
        TrainerState s = t.state();
        float[] forger = new float[s.forgerParams().length];
        forger[forger.length - 2] = 1.5f; // zero weights: every forgery is the output bias
        forger[forger.length - 1] = -0.5f;
        t.restore(
                new TrainerState(
                        forger,
                        s.inspectorParams(),
                        s.forgerOptimizerState(),
                        s.inspectorOptimizerState(),
                        s.forgerUpdates(),
                        s.inspectorUpdates(),
                        s.iterations(),
                        s.steps(),
                        s.forgerAverageParams()));

        t.inspectorLossAndGradient();
        int samples = counting.drawn.get(0);
        float[] real = Arrays.copyOf(counting.lastX, samples * 2);
        assertThat(t.metrics().meanRealScore())
                .isCloseTo(
                        GanTrainerTest.mean(t.inspectPacks(real, null, samples)),
                        org.assertj.core.data.Offset.offset(1e-6));
        assertThat(t.metrics().meanFakeScore())
                .isCloseTo(
                        t.inspect(new float[] {1.5f, -0.5f}, null, 1)[0],
                        org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void a_lone_point_is_judged_as_a_pack_of_copies_of_itself() {
        GanTrainer t = new GanTrainer(packed(RingReference.spec(2), 2), RING);
        t.iteration();
        float[] points = {0.3f, -1.2f, 2f, 0.1f};
        float[] copies = {0.3f, -1.2f, 0.3f, -1.2f, 2f, 0.1f, 2f, 0.1f};
        assertThat(t.judge(points, null, 2)).containsExactly(t.judgePacks(copies, null, 4));
    }

    @Test
    void an_incomplete_last_pack_is_filled_up_from_the_first_samples() {
        GanTrainer t = new GanTrainer(packed(RingReference.spec(2), 3), RING);
        float[] five = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        float[] six = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1, 2};
        assertThat(t.judgePacks(five, null, 5)).containsExactly(t.judgePacks(six, null, 6));
    }

    @Test
    void packed_inspector_learns_that_real_packs_are_one_and_fake_packs_zero() {
        GanTrainer t = new GanTrainer(packed(RingReference.spec(3), 2), RING);
        for (int i = 0; i < 300; i++) {
            t.inspectorStep();
        }
        assertThat(t.metrics().meanRealScore()).isGreaterThan(0.5);
        assertThat(t.metrics().meanFakeScore()).isLessThan(0.5);

        int n = 256;
        SplittableRandom rng = new SplittableRandom(99);
        float[] real = new float[2 * n];
        RING.draw(rng, n, real, null);
        float[] fake = t.generate(t.sampleNoise(rng, n), null, n);
        assertThat(t.inspectPacks(real, null, n)).hasSize(n / 2);
        assertThat(GanTrainerTest.mean(t.inspectPacks(real, null, n))).isGreaterThan(0.5);
        assertThat(GanTrainerTest.mean(t.inspectPacks(fake, null, n))).isLessThan(0.5);
    }

    @Test
    void generator_step_leaves_inspector_weights_unchanged_with_packing() {
        for (RingSampler sampler : List.of(RING, CONDITIONED)) {
            GanTrainer t = new GanTrainer(packed(RingReference.spec(4), 2), sampler);
            for (int i = 0; i < 5; i++) {
                t.iteration();
            }
            TrainerState before = t.state();
            t.forgerStep();
            TrainerState after = t.state();

            assertThat(after.inspectorParams()).containsExactly(before.inspectorParams());
            assertThat(after.inspectorOptimizerState())
                    .containsExactly(before.inspectorOptimizerState());
            assertThat(after.forgerParams()).isNotEqualTo(before.forgerParams());

            t.inspectorStep();
            TrainerState afterInspector = t.state();
            assertThat(afterInspector.forgerParams()).containsExactly(after.forgerParams());
            assertThat(afterInspector.inspectorParams()).isNotEqualTo(after.inspectorParams());
        }
    }

    @Test
    void a_packed_run_resumed_from_a_checkpoint_ends_exactly_where_an_uninterrupted_one_does() {
        GanConfig config = points(2, 200);
        List<Snapshot> straight = new ArrayList<>();
        GanRun.start(config).runToEnd(straight::add, () -> false);

        GanRun first = GanRun.start(config);
        AtomicInteger checks = new AtomicInteger();
        first.runToEnd(s -> {}, () -> checks.incrementAndGet() > 100);
        List<Snapshot> resumed = new ArrayList<>();
        GanRun.resume(config, first.checkpoint()).runToEnd(resumed::add, () -> false);

        Snapshot end = straight.get(straight.size() - 1);
        Snapshot resumedEnd = resumed.get(resumed.size() - 1);
        assertThat(resumedEnd.fake()).isEqualTo(end.fake());
        assertThat(resumedEnd.arrays().get(Plane.HEATMAP))
                .isEqualTo(end.arrays().get(Plane.HEATMAP));
        assertThat(resumedEnd.metrics()).isEqualTo(end.metrics());
        assertThat(end.arrays().get(Plane.HEATMAP)).hasSize(48 * 48);
        assertThat(end.arrays().get(Plane.ARROWS)).hasSameSizeAs(end.fake());
    }

    @Test
    void a_checkpoint_resumes_only_with_the_packing_it_was_written_with() {
        GanRun packed = GanRun.start(points(2, 100));
        packed.stepBoth(1);
        assertThatThrownBy(() -> GanRun.resume(points(1, 100), packed.checkpoint()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void step_mode_moves_only_the_side_that_learns_with_packing() {
        GanRun run = GanRun.start(points(3, 100));
        Snapshot before = run.snapshot();
        Snapshot afterInspector = run.stepInspector(5);
        assertThat(afterInspector.fake()).isEqualTo(before.fake());
        assertThat(afterInspector.arrays().get(Plane.HEATMAP))
                .isNotEqualTo(before.arrays().get(Plane.HEATMAP));
        Snapshot afterForger = run.stepForger(5);
        assertThat(afterForger.fake()).isNotEqualTo(afterInspector.fake());
        assertThat(afterForger.arrays().get(Plane.HEATMAP))
                .isEqualTo(afterInspector.arrays().get(Plane.HEATMAP));
    }

    @Test
    void packing_outside_1_to_4_is_refused() {
        assertThatThrownBy(() -> packed(RingReference.spec(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> packed(RingReference.spec(1), TrainerSpec.MAX_PACKING + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The small ring run of GanRunTest with another packing. */
    private static GanConfig points(int packing, int iterations) {
        return withPacking(GanRunTest.small(iterations), packing);
    }

    static GanConfig withPacking(GanConfig c, int packing) {
        return Settings.with(c, Map.of(Catalogue.PACKING.key(), Integer.toString(packing)))
                .orThrow();
    }

    static TrainerSpec packed(TrainerSpec s, int packing) {
        return RingReference.with(s, packing, s.forgerAverage());
    }

    private static Snapshot lastSnapshot(GanRun run) {
        Snapshot[] last = new Snapshot[1];
        run.runToEnd(s -> last[0] = s, () -> false);
        return last[0];
    }

    /** Records how many samples each draw asks for. */
    private static final class CountingSampler implements RealSampler {
        final List<Integer> drawn = new ArrayList<>();
        float[] lastX;
        private final RealSampler inner;

        CountingSampler(RealSampler inner) {
            this.inner = inner;
        }

        @Override
        public int sampleSize() {
            return inner.sampleSize();
        }

        @Override
        public int conditionSize() {
            return inner.conditionSize();
        }

        @Override
        public void draw(SplittableRandom rng, int n, float[] x, float[] c) {
            drawn.add(n);
            inner.draw(rng, n, x, c);
            lastX = x.clone();
        }

        @Override
        public void requestedCondition(int n, float[] c) {
            inner.requestedCondition(n, c);
        }
    }
}
