package org.ganplayground.guardrails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    private static String rules(int count) {
        return IntStream.range(0, count).mapToObj(i -> "legs==8").collect(Collectors.joining(";"));
    }

    @Test
    void exactly_max_rules_are_read_and_one_more_is_refused_naming_the_limit() {
        assertThat(Guardrails.parse(rules(Guardrails.MAX_RULES))).hasSize(Guardrails.MAX_RULES);
        assertThatThrownBy(() -> Guardrails.parse(rules(Guardrails.MAX_RULES + 1)))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("At most " + Guardrails.MAX_RULES + " guardrails")
                .hasMessageContaining("this one has " + (Guardrails.MAX_RULES + 1));
    }

    @Test
    void text_of_exactly_the_maximum_length_is_read_and_one_character_more_is_refused() {
        String rule = "legs==8;";
        String text = rule.repeat(Guardrails.MAX_RULES - 1) + "legs==8";
        text = text + " ".repeat(Guardrails.MAX_TEXT_LENGTH - text.length());
        assertThat(Guardrails.parse(text)).hasSize(Guardrails.MAX_RULES);
        String longer = text + " ";
        assertThatThrownBy(() -> Guardrails.parse(longer))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "Guardrails can be at most "
                                + Guardrails.MAX_TEXT_LENGTH
                                + " characters long; these are "
                                + longer.length()
                                + ".");
    }

    @Test
    void a_60_kb_import_is_refused_up_front_with_a_short_message() {
        String digits = "legs==" + "1".repeat(60_000) + "x";
        assertThatThrownBy(() -> Guardrails.parse(digits))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most " + Guardrails.MAX_TEXT_LENGTH + " characters");
        assertThatThrownBy(() -> Guardrails.parse(digits, TOY))
                .hasMessageContaining("at most " + Guardrails.MAX_TEXT_LENGTH + " characters");
    }

    @Test
    void a_list_that_grows_past_the_limit_when_written_out_is_refused_so_it_stays_storable() {
        // 50 rules of 39 characters; written out, .5 becomes 0.5 and each rule grows by 2
        String feature = "f".repeat(32);
        String text =
                IntStream.range(0, Guardrails.MAX_RULES)
                        .mapToObj(i -> feature + "==.5~.5")
                        .collect(Collectors.joining(";"));
        assertThat(text.length()).isLessThanOrEqualTo(Guardrails.MAX_TEXT_LENGTH);
        assertThatThrownBy(() -> Guardrails.parse(text))
                .hasMessageContaining("at most " + Guardrails.MAX_TEXT_LENGTH + " characters");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "legs==NaN",
                "legs==Infinity",
                "legs==-Infinity",
                "legs==0x1p3",
                "legs==1e5",
                "legs==8.",
                "legs==1.2.3",
                "legs==-",
                "legs==8abc",
                "radius==2~NaN",
                "radius==2~Infinity",
                "radius==2~+0.3"
            })
    void a_number_we_cannot_use_is_refused_with_a_plain_message(String rule) {
        assertThatThrownBy(() -> Guardrails.parse(rule))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a number we can use");
    }

    @Test
    void a_number_too_large_for_a_double_is_refused_and_quoted_shortly() {
        String huge = "9".repeat(309); // 1e309 > Double.MAX_VALUE
        for (String rule : List.of("legs==" + huge, "legs==-" + huge, "radius==2~" + huge)) {
            assertThatThrownBy(() -> Guardrails.parse(rule))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not a number we can use")
                    .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
        }
        assertThat(Guardrails.parse("legs<" + "9".repeat(308)).get(0).target()).isFinite();
    }

    @Test
    void a_negative_tolerance_is_refused() {
        assertThatThrownBy(() -> Guardrails.parse("radius==2~-0.3"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("radius==2~-0.3: a tolerance cannot be negative");
    }

    @Test
    void a_guardrail_never_holds_a_non_finite_target_or_tolerance() {
        assertThatThrownBy(() -> new Guardrail("legs", Comparison.EQ, Double.NaN, 0))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a number we can use");
        assertThatThrownBy(() -> new Guardrail("legs", Comparison.EQ, 8, Double.POSITIVE_INFINITY))
                .isExactlyInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void spaces_around_every_part_of_a_rule_are_allowed() {
        assertThat(Guardrails.parse("  radius \t== -2 ~ 0.3 ; fur>=.5 "))
                .containsExactly(
                        new Guardrail("radius", Comparison.EQ, -2, 0.3),
                        new Guardrail("fur", Comparison.GE, 0.5, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"==8", "Legs==8", "legs 8", "legs=<8", "legs==", "legs==8 fur>=1"})
    void a_rule_that_cannot_be_read_shows_how_to_write_it(String rule) {
        assertThatThrownBy(() -> Guardrails.parse(rule))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cannot read the rule")
                .hasMessageContaining("legs==8");
    }
}
