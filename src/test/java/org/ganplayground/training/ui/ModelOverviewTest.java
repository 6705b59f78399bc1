package org.ganplayground.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ganplayground.settings.Settings;
import org.junit.jupiter.api.Test;

class ModelOverviewTest {

    private static String sentence(String upFront) {
        return ModelOverview.upFrontSentence(
                Settings.read(
                                Map.of(
                                        "domain", "creatures",
                                        "domain.fangs", "0,2",
                                        "guardrails", "symmetry>=0.5;fangs==2;legs==8",
                                        "upfront", upFront))
                        .orThrow());
    }

    @Test
    void the_overview_names_the_guardrails_given_up_front_in_the_order_written() {
        assertThat(sentence("0")).isEqualTo("The forger learns them from examples alone.");
        assertThat(sentence("1")).contains("know what is asked): fangs; the rest it learns");
        assertThat(sentence("all"))
                .contains("fangs, legs; the rest") // symmetry is measured, never given
                .doesNotContain("symmetry");
    }
}
