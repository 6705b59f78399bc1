package org.ganplayground.domains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DomainsTest {

    private static float[] draw(Domain domain, long seed, int n) {
        GuardedSampler sampler =
                domain.setup(new DomainSpec(domain.id(), null)).sampler(List.of(), 0);
        float[] x = new float[n * domain.sampleSize()];
        sampler.draw(new SplittableRandom(seed), n, x, null);
        return x;
    }

    @Test
    void registry_finds_every_domain_by_its_id() {
        assertThat(Domains.all())
                .extracting(Domain::id)
                .containsExactly("points-2d", "creatures", "spectra-1d");
        for (Domain domain : Domains.all()) {
            assertThat(Domains.byId(domain.id())).isSameAs(domain);
            assertThat(domain.params()).isNotEmpty();
            assertThat(domain.title()).isNotBlank();
            assertThat(domain.description()).isNotBlank();
        }
    }

    @Test
    void same_seed_gives_the_same_real_samples_in_every_domain() {
        for (Domain domain : Domains.all()) {
            assertThat(draw(domain, 4, 20)).as(domain.id()).containsExactly(draw(domain, 4, 20));
            assertThat(draw(domain, 4, 20)).as(domain.id()).isNotEqualTo(draw(domain, 5, 20));
        }
    }

    @Test
    void measure_gives_one_value_per_feature_inside_its_range() {
        for (Domain domain : Domains.all()) {
            DomainSetup setup = Domains.setup(new DomainSpec(domain.id(), null));
            float[] x = draw(domain, 1, 50);
            for (int i = 0; i < 50; i++) {
                double[] m = setup.measure(x, i * domain.sampleSize());
                assertThat(m).hasSize(setup.features().size());
                for (int f = 0; f < m.length; f++) {
                    assertThat(m[f])
                            .as(setup.features().get(f).name())
                            .isBetween(
                                    setup.features().get(f).min(), setup.features().get(f).max());
                }
            }
        }
    }

    @Test
    void bounded_domains_draw_values_in_minus_one_to_one() {
        for (Domain domain : Domains.all()) {
            if (domain.outputIsBounded()) {
                for (float v : draw(domain, 1, 20)) {
                    assertThat(v).isBetween(-1f, 1f);
                }
            }
        }
    }

    @Test
    void a_spec_for_another_domain_is_refused() {
        assertThatThrownBy(() -> new Creatures().setup(new DomainSpec("points-2d", Map.of())))
                .hasMessageContaining("points-2d");
    }
}
