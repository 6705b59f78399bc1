package org.ganplayground.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GanConfigTest {

    private static GanConfig ring() {
        return Presets.byId("ring-good").orElseThrow().config();
    }

    @Test
    void the_serialised_form_round_trips_through_params_json_and_url() {
        GanConfig c =
                GanConfig.fromParams(
                        Map.of(
                                "domain",
                                "creatures",
                                "guardrails",
                                "legs==8;fangs==2",
                                "upfront",
                                "true",
                                "forger.lr",
                                "0.0003",
                                "seed",
                                "42"));
        assertThat(GanConfig.fromParams(c.toParams())).isEqualTo(c);
        assertThat(GanConfig.fromJson(c.toJson())).isEqualTo(c);
        assertThat(GanConfig.fromParams(ConfigForm.readQuery(c.toQuery()))).isEqualTo(c);
        assertThat(c.toQuery())
                .contains("guardrails=legs%3D%3D8%3Bfangs%3D%3D2")
                .contains("seed=42");
    }

    @Test
    void missing_keys_take_the_domains_defaults() {
        GanConfig c = GanConfig.fromParams(Map.of("domain", "creatures"));
        assertThat(c.forger().hidden()).containsExactly(128, 256);
        assertThat(c.validate()).isEmpty();
    }

    @Test
    void an_out_of_range_learning_rate_gets_a_plain_message_on_its_field() {
        Map<String, String> p = new LinkedHashMap<>(ring().toParams());
        p.put("forger.lr", "5");
        assertThatThrownBy(() -> GanConfig.fromParams(p))
                .isInstanceOfSatisfying(
                        InvalidConfigException.class,
                        e ->
                                assertThat(e.errors())
                                        .containsExactly(
                                                new ConfigError(
                                                        "forger.lr",
                                                        "Learning rate must be between 0.00001 and 1")));
    }

    @Test
    void every_problem_is_reported_at_once_and_unknown_keys_are_refused() {
        Map<String, String> p = new LinkedHashMap<>(ring().toParams());
        p.put("batch", "lots");
        p.put("loss", "wasserstein");
        p.put("colour", "red");
        assertThatThrownBy(() -> GanConfig.fromParams(p))
                .isInstanceOfSatisfying(
                        InvalidConfigException.class,
                        e ->
                                assertThat(e.errors())
                                        .extracting(ConfigError::field)
                                        .containsExactlyInAnyOrder("batch", "loss", "colour"));
    }

    @Test
    void bounds_that_protect_a_shared_server_are_checked() {
        GanConfig big = GanConfig.fromParams(Map.of("iterations", "50000", "batch", "4096"));
        assertThat(big.validate()).extracting(ConfigError::field).contains("iterations", "batch");
        assertThatThrownBy(() -> GanConfig.fromParams(Map.of("forger.layers", "600")))
                .hasMessageContaining("A layer can have 1 to 512 units");
    }

    @Test
    void contradictory_guardrails_are_refused_on_the_guardrails_field() {
        GanConfig c =
                GanConfig.fromParams(
                        Map.of("domain", "creatures", "guardrails", "legs==8;legs==6"));
        assertThat(c.validate()).extracting(ConfigError::field).containsExactly("guardrails");
        assertThat(c.validate().get(0).message()).contains("legs");
    }

    @Test
    void every_preset_validates() {
        for (Preset p : Presets.all()) {
            assertThat(p.config().validate()).as(p.id()).isEmpty();
        }
        assertThat(Presets.all())
                .extracting(Preset::domain)
                .contains("points-2d", "creatures", "spectra-1d");
        for (String domain : new String[] {"points-2d", "creatures", "spectra-1d"}) {
            assertThat(Presets.forDomain(domain)).as(domain).hasSizeGreaterThanOrEqualTo(3);
        }
    }
}
