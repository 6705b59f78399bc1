package org.ganplayground.domains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ganplayground.guardrails.PassRates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PointsTest {

    private static final int N = 2000;

    private static DomainSetup setup(String shape) {
        return Domains.setup(new DomainSpec("points-2d", Map.of("shape", shape)));
    }

    private static float[] draw(GuardedSampler sampler, long seed, int n) {
        float[] x = new float[2 * n];
        float[] c = new float[sampler.conditionSize() * n];
        sampler.draw(new SplittableRandom(seed), n, x, c);
        return x;
    }

    @ParameterizedTest
    @CsvSource({
        "ring8, mode==3",
        "ring8, sector>=2;sector<=4",
        "grid25, radius<=1.5",
        "grid25, mode!=12;mode_distance<=2",
        "moons, angle<=180",
        "spiral, radius==1.5~0.5",
        "drawn, mode==1",
        "drawn, angle>=90;angle<=270",
    })
    void real_points_of_every_shape_pass_their_own_guardrails(String shape, String rules) {
        DomainSetup setup = setup(shape);
        var guardrails = setup.parse(rules);
        float[] x = draw(setup.sampler(guardrails, 0), 1, 500);
        assertThat(PassRates.all(setup, guardrails, x, 500)).isEqualTo(1.0);
    }

    @Test
    void real_against_real_covers_all_modes_with_high_quality_and_tiny_divergence() {
        for (String shape : List.of("ring8", "grid25")) {
            DomainSetup setup = setup(shape);
            GuardedSampler sampler = setup.sampler(List.of(), 0);
            QualityReport q = setup.quality(draw(sampler, 1, N), draw(sampler, 2, N), N, List.of());
            assertThat(q.metric("high_quality")).as(shape).isGreaterThan(0.97);
            assertThat(q.metric("modes_covered")).isEqualTo(q.metric("modes_total"));
            assertThat(q.metric("js")).isLessThan(0.1);
        }
    }

    @Test
    void points_collapsed_onto_one_real_point_cover_one_mode_of_eight() {
        DomainSetup setup = setup("ring8");
        float[] real = draw(setup.sampler(List.of(), 0), 1, N);
        float[] collapsed = new float[2 * N];
        for (int i = 0; i < N; i++) {
            collapsed[2 * i] = real[0];
            collapsed[2 * i + 1] = real[1];
        }
        QualityReport q = setup.quality(real, collapsed, N, List.of());
        assertThat(q.metric("modes_covered")).isEqualTo(1.0);
        assertThat(q.metric("high_quality")).isEqualTo(1.0);
        assertThat(q.metric("js")).isGreaterThan(0.5);
        assertThat(q.metric("kl")).isGreaterThan(2);
    }

    @Test
    void shapes_without_modes_report_modes_as_not_applicable_and_use_nearest_real_points() {
        DomainSetup setup = setup("moons");
        assertThat(setup.indexOf("mode")).isNegative();
        GuardedSampler sampler = setup.sampler(List.of(), 0);
        QualityReport q = setup.quality(draw(sampler, 1, N), draw(sampler, 2, N), N, List.of());
        assertThat(q.metric("modes_covered")).isNaN();
        assertThat(q.metric("high_quality")).isGreaterThan(0.97);
        float[] far = new float[2 * N];
        java.util.Arrays.fill(far, 3f);
        assertThat(setup.quality(draw(sampler, 1, N), far, N, List.of()).metric("high_quality"))
                .isZero();
    }

    @Test
    void conditioned_ring_labels_each_point_with_its_nearest_mode() {
        DomainSetup setup = setup("ring8");
        GuardedSampler sampler = setup.sampler(setup.parse("mode==2"), Integer.MAX_VALUE);
        assertThat(sampler.conditionSize()).isEqualTo(8);
        float[] x = new float[2 * 100];
        float[] c = new float[8 * 100];
        sampler.draw(new SplittableRandom(3), 100, x, c);
        for (int i = 0; i < 100; i++) {
            int mode = (int) setup.measure(x, 2 * i)[3];
            assertThat(c[8 * i + mode]).isEqualTo(1f);
        }
        float[] asked = new float[8];
        sampler.requestedCondition(1, asked);
        assertThat(asked[2]).isEqualTo(1f);
    }

    @Test
    void same_seed_gives_the_same_samples() {
        GuardedSampler sampler = setup("spiral").sampler(List.of(), 0);
        assertThat(draw(sampler, 9, 50)).containsExactly(draw(sampler, 9, 50));
        assertThat(draw(sampler, 9, 50)).isNotEqualTo(draw(sampler, 10, 50));
    }

    @Test
    void drawn_points_become_the_modes_and_bad_points_are_refused() {
        DomainSetup setup =
                Domains.setup(
                        new DomainSpec(
                                "points-2d", Map.of("shape", "drawn", "points", "1,1 -1,-1")));
        assertThat(setup.features().get(setup.indexOf("mode")).values()).containsExactly(0, 1);
        assertThatThrownBy(
                        () ->
                                Domains.setup(
                                        new DomainSpec(
                                                "points-2d",
                                                Map.of("shape", "drawn", "points", "1,1 7,0"))))
                .hasMessageContaining("'7,0'");
    }

    @Test
    void unknown_settings_and_values_are_refused_with_the_choices() {
        assertThatThrownBy(
                        () -> Domains.setup(new DomainSpec("points-2d", Map.of("colour", "red"))))
                .hasMessage(
                        "Unknown setting 'colour' for points-2d: choose from shape, spread, points");
        assertThatThrownBy(
                        () -> Domains.setup(new DomainSpec("points-2d", Map.of("shape", "star"))))
                .hasMessage(
                        "shape: choose one of Ring of 8, Grid of 25, Two moons, Spiral, Your own blobs");
        assertThatThrownBy(() -> Domains.setup(new DomainSpec("points-2d", Map.of("spread", "9"))))
                .hasMessage("spread: give a number from 0.2 to 5");
        assertThatThrownBy(() -> Domains.byId("faces")).hasMessageContaining("points-2d");
    }
}
