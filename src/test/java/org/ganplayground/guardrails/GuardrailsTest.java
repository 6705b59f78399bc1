package org.ganplayground.guardrails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GuardrailsTest {

    /** Measures a one-float sample as legs = the value and fur = value / 10. */
    static final FeatureSet TOY =
            new FeatureSet() {
                @Override
                public String name() {
                    return "toys";
                }

                @Override
                public List<FeatureInfo> features() {
                    return List.of(
                            FeatureInfo.attribute("legs", "legs", 0, 16, List.of(4, 6, 8)),
                            FeatureInfo.continuous("fur", "fur", 0, 1, 0.1));
                }

                @Override
                public int sampleSize() {
                    return 1;
                }

                @Override
                public double[] measure(float[] samples, int offset) {
                    return new double[] {samples[offset], samples[offset] / 10};
                }
            };

    @Test
    void parse_reads_feature_comparison_target_and_tolerance() {
        assertThat(Guardrails.parse("legs==8; fur>=0.5 ;radius==2~0.3"))
                .containsExactly(
                        new Guardrail("legs", Comparison.EQ, 8, 0),
                        new Guardrail("fur", Comparison.GE, 0.5, 0),
                        new Guardrail("radius", Comparison.EQ, 2, 0.3));
    }

    @Test
    void format_then_parse_gives_the_same_rules() {
        String text = "legs==8;fur>=0.5;radius==2~0.3;angle!=90~5;x<-1.25";
        assertThat(Guardrails.format(Guardrails.parse(text))).isEqualTo(text);
        List<Guardrail> rules = Guardrails.parse("legs!=6;fur==0.5;fur==0.2~0", TOY);
        assertThat(Guardrails.parse(Guardrails.format(rules, TOY), TOY)).isEqualTo(rules);
    }

    @Test
    void missing_tolerance_is_zero_for_counts_and_the_feature_default_for_continuous_features() {
        List<Guardrail> rules = Guardrails.parse("legs==8;fur==0.5", TOY);
        assertThat(rules.get(0).tolerance()).isZero();
        assertThat(rules.get(1).tolerance()).isEqualTo(0.1);
        assertThat(Guardrails.format(rules, TOY)).isEqualTo("legs==8;fur==0.5");
    }

    @Test
    void unknown_feature_is_refused_with_the_features_to_choose_from() {
        assertThatThrownBy(() -> Guardrails.parse("wings==2", TOY))
                .hasMessage("Unknown feature 'wings' for toys: choose one of legs, fur");
    }

    @Test
    void unreadable_rule_is_refused_with_an_example() {
        assertThatThrownBy(() -> Guardrails.parse("legs=8"))
                .hasMessageContaining("'legs=8'")
                .hasMessageContaining("legs==8");
    }

    @Test
    void target_outside_the_feature_range_is_refused_naming_the_rule() {
        assertThatThrownBy(() -> Guardrails.parse("fur>=2", TOY))
                .hasMessageStartingWith("fur>=2: fur goes from 0 to 1");
    }

    @Test
    void pass_rates_count_each_rule_and_all_rules_together() {
        float[] samples = {4, 6, 8, 8};
        List<Guardrail> rules = Guardrails.parse("legs>=6;fur<=0.7", TOY);
        assertThat(PassRates.of(TOY, rules, samples, 4))
                .containsExactly(
                        new PassRates.Check("legs>=6", 0.75), new PassRates.Check("fur<=0.7", 0.5));
        assertThat(PassRates.all(TOY, rules, samples, 4)).isEqualTo(0.25);
    }
}
