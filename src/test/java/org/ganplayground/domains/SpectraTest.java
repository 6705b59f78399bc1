package org.ganplayground.domains;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ganplayground.guardrails.PassRates;
import org.junit.jupiter.api.Test;

class SpectraTest {

    private static final int N = 2000;
    private final DomainSetup setup = Domains.setup(new DomainSpec("spectra-1d", Map.of()));

    private static float[] draw(GuardedSampler sampler, long seed, int n, float[] c) {
        float[] x = new float[n];
        sampler.draw(new SplittableRandom(seed), n, x, c);
        return x;
    }

    @Test
    void real_events_pass_in_peak_and_energy_rules() {
        for (String rules : List.of("in_peak==1", "in_peak==0;energy<=6", "energy>=2")) {
            var guardrails = setup.parse(rules);
            float[] x = draw(setup.sampler(guardrails, 0), 1, 500, null);
            assertThat(PassRates.all(setup, guardrails, x, 500)).as(rules).isEqualTo(1.0);
        }
    }

    @Test
    void conditioned_events_carry_the_measured_in_peak_as_one_hot() {
        GuardedSampler sampler = setup.sampler(setup.parse("in_peak==1"), Integer.MAX_VALUE);
        float[] c = new float[2 * N];
        float[] x = draw(sampler, 2, N, c);
        int inPeak = 0;
        for (int i = 0; i < N; i++) {
            int measured = (int) setup.measure(x, i)[1];
            assertThat(c[2 * i + measured]).isEqualTo(1f);
            inPeak += measured;
        }
        // default spectrum: 0.3 x 95 % signal + 0.7 x 5 % background in the window, about 32 %
        assertThat(inPeak / (double) N).isBetween(0.27, 0.37);
    }

    @Test
    void real_against_real_has_small_ks_and_a_point_mass_has_large_ks() {
        GuardedSampler sampler = setup.sampler(List.of(), 0);
        float[] real = draw(sampler, 1, N, null);
        QualityReport same = setup.quality(real, draw(sampler, 2, N, null), N, List.of());
        assertThat(same.metric("ks")).isLessThan(0.06);
        assertThat(same.metric("wasserstein")).isLessThan(0.15);
        assertThat(same.arrays().get("real_histogram")).hasSize(40);
        float[] point = new float[N];
        java.util.Arrays.fill(point, Spectra1d.toNetwork(5));
        QualityReport bad = setup.quality(real, point, N, setup.parse("in_peak==1"));
        assertThat(bad.metric("ks")).isGreaterThan(0.4);
        assertThat(bad.metric("wasserstein")).isGreaterThan(1);
        assertThat(bad.metric("pass in_peak==1")).isEqualTo(1.0);
    }
}
