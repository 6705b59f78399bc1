package org.ganplayground.domains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GuardedSamplerTest {

    private static DomainSetup creatures(Map<String, String> params) {
        return Domains.setup(new DomainSpec("creatures", params));
    }

    private static void refused(
            DomainSetup setup, String rules, boolean conditioned, String message) {
        assertThatThrownBy(
                        () ->
                                setup.sampler(
                                        setup.parse(rules), conditioned ? Integer.MAX_VALUE : 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void contradictory_rules_on_an_attribute_are_refused_naming_both_rules() {
        refused(
                creatures(Map.of()),
                "legs==8;legs==6",
                false,
                "legs==8 and legs==6 cannot all hold");
        refused(creatures(Map.of()), "legs==8;legs==6", true, "legs==8 and legs==6");
    }

    @Test
    void a_value_the_settings_never_draw_is_refused_naming_the_rule_and_the_values() {
        refused(
                creatures(Map.of()),
                "legs==5",
                false,
                "legs==5: real samples here only have legs 4, 6, 8");
        refused(creatures(Map.of("legs", "4,6")), "legs>=8", true, "legs>=8");
    }

    @Test
    void a_target_outside_the_feature_range_is_refused() {
        refused(
                creatures(Map.of()),
                "symmetry>=2",
                false,
                "symmetry>=2: symmetry goes from 0 to 1");
    }

    @Test
    void rules_real_data_almost_never_meets_are_refused_with_the_real_range() {
        DomainSetup ring = Domains.setup(new DomainSpec("points-2d", Map.of()));
        refused(ring, "radius>=3", false, "radius>=3: almost no real sample passes it (radius");
        refused(
                ring,
                "angle>100;angle<110",
                false,
                "angle>100;angle<110: almost no real sample passes");
        refused(creatures(Map.of()), "symmetry<0.1", false, "symmetry<0.1: almost no real sample");
        refused(
                creatures(Map.of()),
                "fur>=0.5",
                false,
                "fur>=0.5: real samples here only have fur 0");
    }

    @Test
    void conditioning_covers_only_attributes_with_rules_and_concatenates_their_one_hots() {
        DomainSetup setup = creatures(Map.of("eyes", "2,4", "fangs", "0,2"));
        GuardedSampler sampler =
                setup.sampler(setup.parse("legs>=6;fangs==2;symmetry>=0.5"), Integer.MAX_VALUE);
        assertThat(sampler.conditionedOn()).containsExactly("legs", "fangs");
        assertThat(sampler.conditionSize()).isEqualTo(3 + 2);
        assertThat(org.ganplayground.guardrails.Guardrails.format(sampler.requestedRules()))
                .isEqualTo("symmetry>=0.5;legs==6;fangs==2");
        float[] c = new float[5];
        sampler.requestedCondition(1, c);
        assertThat(c).containsExactly(0, 1, 0, 0, 1);
        assertThat(setup.sampler(setup.parse("symmetry>=0.5"), Integer.MAX_VALUE).conditionSize())
                .isZero();
    }

    @Test
    void
            all_four_tarantula_guardrails_can_be_given_up_front_and_real_creatures_carry_their_labels() {
        DomainSetup setup =
                creatures(Map.of("legs", "4,6,8", "eyes", "0,2", "fangs", "0,2", "fur", "0,1"));
        var rules = setup.parse("legs==8;fangs==2;fur==1;eyes==2");
        for (int k = 0; k <= 4; k++) {
            GuardedSampler sampler = setup.sampler(rules, k);
            assertThat(sampler.conditionedOn()).hasSize(k);
            // every real sample measures exactly the attribute values its condition names
            int n = 200;
            float[] x = new float[n * 784];
            float[] c = new float[n * sampler.conditionSize()];
            sampler.draw(new java.util.SplittableRandom(k), n, x, c);
            int furry = 0;
            for (int i = 0; i < n; i++) {
                double[] m = setup.measure(x, i * 784);
                furry += m[3] == 1 ? 1 : 0;
                if (k == 0) {
                    assertThat(m).startsWith(8, 2, 2, 1); // learned from examples: all tarantulas
                }
            }
            if (k == 4) {
                assertThat(furry)
                        .as("fur given up front: real creatures both ways")
                        .isBetween(60, 140);
                float[] asked = new float[sampler.conditionSize()];
                sampler.requestedCondition(1, asked);
                // one-hots in feature order: legs (4,6,8), eyes (0,2), fangs (0,2), fur (0,1)
                assertThat(asked).containsExactly(0, 0, 1, 0, 1, 0, 1, 0, 1);
            }
        }
        assertThat(setup.upFrontCandidates(rules)).containsExactly("legs", "fangs", "fur", "eyes");
    }
}
