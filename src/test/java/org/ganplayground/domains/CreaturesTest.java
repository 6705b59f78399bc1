package org.ganplayground.domains;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.ganplayground.guardrails.Guardrails;
import org.junit.jupiter.api.Test;

class CreaturesTest {

    private static final int N = 1000;
    private final SplittableRandom rng = new SplittableRandom(42);
    private final float[] x = new float[784];

    /** Draws one sprite with every part but the fixed ones varied at random. */
    private boolean[] sprite(int legs, int eyes, int fangs, int fur) {
        int[] legChoices = {4, 6, 8};
        SpriteDrawer.draw(
                rng,
                legs >= 0 ? legs : legChoices[rng.nextInt(3)],
                eyes >= 0 ? eyes : 2 * rng.nextInt(5),
                fangs >= 0 ? fangs : 2 * rng.nextInt(2),
                fur >= 0 ? fur == 1 : rng.nextBoolean(),
                0.85 + 0.3 * rng.nextDouble(),
                10 + 2 * rng.nextDouble(),
                x,
                0);
        return SpriteDrawer.ink(x, 0);
    }

    private static void report(String what, int right) {
        System.out.printf("counter accuracy %s: %.1f %%%n", what, 100.0 * right / N);
    }

    @Test
    void leg_counter_is_exact_on_at_least_95_percent_of_real_sprites_for_each_leg_count() {
        for (int legs : new int[] {4, 6, 8}) {
            int right = 0;
            for (int i = 0; i < N; i++) {
                right += SpriteReader.legs(sprite(legs, -1, -1, -1)) == legs ? 1 : 0;
            }
            report("legs=" + legs, right);
            assertThat(right).as("legs=%d", legs).isGreaterThanOrEqualTo(950);
        }
    }

    @Test
    void eye_counter_is_exact_on_at_least_95_percent_of_real_sprites_for_each_eye_count() {
        for (int eyes : new int[] {0, 2, 4, 6, 8}) {
            int right = 0;
            for (int i = 0; i < N; i++) {
                right += SpriteReader.eyes(sprite(-1, eyes, -1, -1)) == eyes ? 1 : 0;
            }
            report("eyes=" + eyes, right);
            assertThat(right).as("eyes=%d", eyes).isGreaterThanOrEqualTo(950);
        }
    }

    @Test
    void fang_counter_is_exact_on_at_least_95_percent_of_real_sprites() {
        for (int fangs : new int[] {0, 2}) {
            int right = 0;
            for (int i = 0; i < N; i++) {
                right += SpriteReader.fangs(sprite(-1, -1, fangs, -1)) == fangs ? 1 : 0;
            }
            report("fangs=" + fangs, right);
            assertThat(right).isGreaterThanOrEqualTo(950);
        }
    }

    @Test
    void fur_score_is_below_half_for_smooth_and_above_half_for_hairy_real_sprites() {
        for (int fur : new int[] {0, 1}) {
            int right = 0;
            for (int i = 0; i < N; i++) {
                double score = Creatures.fur(SpriteReader.legWidth(sprite(-1, -1, -1, fur)));
                right += (score >= 0.5) == (fur == 1) ? 1 : 0;
            }
            report("fur=" + fur, right);
            assertThat(right).isGreaterThanOrEqualTo(950);
        }
    }

    @Test
    void unconditioned_real_sprites_all_pass_the_learners_guardrails() {
        DomainSetup setup =
                new Creatures()
                        .setup(
                                new DomainSpec(
                                        "creatures",
                                        Map.of("eyes", "2,4,8", "fangs", "0,2", "fur", "0,1")));
        for (String rules :
                List.of("legs==8", "legs>=6;eyes<=4", "fur>=0.5;fangs==2", "symmetry>=0.6")) {
            var guardrails = setup.parse(rules);
            GuardedSampler sampler = setup.sampler(guardrails, 0);
            float[] batch = new float[200 * 784];
            sampler.draw(new SplittableRandom(1), 200, batch, null);
            assertThat(sampler.conditionSize()).isZero();
            assertThat(org.ganplayground.guardrails.PassRates.all(setup, guardrails, batch, 200))
                    .as(rules)
                    .isEqualTo(1.0);
        }
    }

    @Test
    void conditioned_sprites_span_all_leg_counts_and_the_one_hot_names_the_measured_legs() {
        DomainSetup setup = Domains.setup(new DomainSpec("creatures", Map.of()));
        GuardedSampler sampler =
                setup.sampler(Guardrails.parse("legs==8", setup), Integer.MAX_VALUE);
        assertThat(sampler.conditionedOn()).containsExactly("legs");
        assertThat(sampler.conditionSize()).isEqualTo(3);
        int n = 300;
        float[] batch = new float[n * 784];
        float[] c = new float[n * 3];
        sampler.draw(new SplittableRandom(5), n, batch, c);
        int[] seen = new int[3];
        for (int i = 0; i < n; i++) {
            int hot = c[3 * i] == 1 ? 0 : c[3 * i + 1] == 1 ? 1 : 2;
            assertThat(c[3 * i] + c[3 * i + 1] + c[3 * i + 2]).isEqualTo(1f);
            assertThat(setup.measure(batch, i * 784)[0]).isEqualTo(4 + 2 * hot);
            seen[hot]++;
        }
        assertThat(java.util.Arrays.stream(seen).min().getAsInt()).isGreaterThan(50);
        float[] asked = new float[3];
        sampler.requestedCondition(1, asked);
        assertThat(asked).containsExactly(0, 0, 1);
        GuardedSampler six = setup.sampler(Guardrails.parse("legs==6", setup), Integer.MAX_VALUE);
        six.requestedCondition(1, asked);
        assertThat(asked).containsExactly(0, 1, 0);
        assertThat(Guardrails.format(six.requestedRules())).isEqualTo("legs==6");
    }

    @Test
    void frechet_distance_is_small_between_real_batches_and_large_against_one_repeated_sprite() {
        DomainSetup setup = Domains.setup(new DomainSpec("creatures", Map.of("fur", "0,1")));
        GuardedSampler sampler = setup.sampler(List.of(), 0);
        int n = 300;
        float[] real = new float[n * 784];
        float[] other = new float[n * 784];
        sampler.draw(new SplittableRandom(1), n, real, null);
        sampler.draw(new SplittableRandom(2), n, other, null);
        float[] collapsed = new float[n * 784];
        for (int i = 0; i < n; i++) {
            System.arraycopy(real, 0, collapsed, i * 784, 784);
        }
        var guardrails = setup.parse("legs==8");
        QualityReport same = setup.quality(real, other, n, guardrails);
        QualityReport bad = setup.quality(real, collapsed, n, guardrails);
        assertThat(same.metric("feature_frechet")).isLessThan(0.5);
        // one repeated sprite has no spread: about 1 per feature that varies among real ones (legs,
        // fur, symmetry, body area), not the 1e5 that dividing by a zero real spread once gave
        assertThat(bad.metric("feature_frechet")).isBetween(3.0, 20.0);
        assertThat(same.metric("pass legs==8")).isBetween(0.2, 0.5);
    }

    @Test
    void sprite_grid_is_a_png_of_the_asked_size() throws IOException {
        float[] batch = new float[10 * 784];
        Domains.byId("creatures")
                .setup(new DomainSpec("creatures", null))
                .sampler(List.of(), 0)
                .draw(new SplittableRandom(3), 10, batch, null);
        var image = ImageIO.read(new ByteArrayInputStream(SpriteGrid.png(batch, 10, 8, 2)));
        assertThat(image.getWidth()).isEqualTo(8 * 29 * 2);
        assertThat(image.getHeight()).isEqualTo(2 * 29 * 2);
    }
}
