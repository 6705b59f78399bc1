package org.ganplayground.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganplayground.domains.Domains;
import org.ganplayground.engine.GanConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SettingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<BadValues.Case> badValues() {
        return BadValues.all();
    }

    /** What a browser and the router do to a link: encode it, then decode each pair. */
    private static Map<String, String> throughUrl(Map<String, String> params) {
        Map<String, String> out = new LinkedHashMap<>();
        params.forEach(
                (k, v) ->
                        out.put(
                                URLDecoder.decode(
                                        java.net.URLEncoder.encode(k, StandardCharsets.UTF_8),
                                        StandardCharsets.UTF_8),
                                URLDecoder.decode(
                                        java.net.URLEncoder.encode(v, StandardCharsets.UTF_8),
                                        StandardCharsets.UTF_8)));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void every_bad_value_gives_exactly_one_error_on_its_setting_through_url_and_json(
            BadValues.Case bad) throws Exception {
        assertThat(Settings.read(bad.base()).errors()).as("the base config is valid").isEmpty();

        Settings.Reading url = Settings.read(throughUrl(bad.params()));
        assertThat(url.errors()).as("URL").hasSize(1);
        assertThat(url.errors().get(0).field()).isEqualTo(bad.key());
        assertThat(url.config()).isNull();

        Settings.Reading json = Settings.readJson(JSON.writeValueAsString(bad.params()));
        assertThat(json.errors()).as("JSON").containsExactlyElementsOf(url.errors());
    }

    @Test
    void the_walk_covers_every_kind_of_setting_and_every_domain_parameter() {
        assertThat(BadValues.all()).hasSize(2 * Catalogue.all().size());
        assertThat(Catalogue.all()).extracting(Setting::kind).contains(Setting.Kind.values());
        for (var d : Domains.all()) {
            d.params()
                    .forEach(
                            p ->
                                    assertThat(Catalogue.all())
                                            .extracting(Setting::key)
                                            .contains(Catalogue.DOMAIN_PREFIX + p.name()));
        }
    }

    @Test
    void a_valid_config_round_trips_through_url_and_json_unchanged() {
        List<GanConfig> configs = new java.util.ArrayList<>();
        Presets.all().forEach(p -> configs.add(p.config()));
        configs.add(
                Settings.read(
                                Map.of(
                                        "domain", "creatures",
                                        "domain.fangs", "0,2",
                                        "guardrails", "legs==8;fangs==2",
                                        "upfront", "true",
                                        "forger.lr", "0.0003",
                                        "inspector.optimizer", "sgd",
                                        "seed", "42"))
                        .orThrow());
        configs.add(
                Settings.read(
                                Map.of(
                                        "domain.shape", "drawn",
                                        "domain.points", "0,1 1,0 -1,-1",
                                        "noise", "uniform",
                                        "smoothing", "0.1"))
                        .orThrow());
        for (GanConfig c : configs) {
            Map<String, String> written = Settings.write(c);
            assertThat(Settings.read(throughUrl(written)).config()).isEqualTo(c);
            assertThat(Settings.readJson(Settings.writeJson(c)).config()).isEqualTo(c);
            assertThat(Settings.check(c)).isEmpty();
        }
    }

    @Test
    void settings_that_do_not_apply_are_left_out_of_the_serialised_form() {
        GanConfig sgd = Settings.read(Map.of("forger.optimizer", "SGD")).orThrow();
        assertThat(Settings.write(sgd))
                .doesNotContainKey("forger.beta1")
                .containsKey("inspector.beta1");
        assertThat(Settings.write(sgd)).doesNotContainKey("domain.points");
        GanConfig drawn = Settings.read(Map.of("domain.shape", "drawn")).orThrow();
        assertThat(Settings.write(drawn)).containsKey("domain.points");
    }

    @Test
    void missing_keys_take_the_domains_defaults() {
        GanConfig c = Settings.read(Map.of("domain", "creatures")).orThrow();
        assertThat(c.forger().hidden()).containsExactly(128, 256);
        assertThat(c.domain().params()).containsEntry("legs", "4,6,8");
    }

    @Test
    void a_snapshot_interval_left_out_fits_the_iterations_and_one_given_is_checked() {
        assertThat(
                        Settings.read(Map.of("domain", "points-2d", "iterations", "20000"))
                                .orThrow()
                                .snapshotEvery())
                .isEqualTo(100);
        assertThat(
                        Settings.read(Map.of("domain", "points-2d", "iterations", "300"))
                                .orThrow()
                                .snapshotEvery())
                .isEqualTo(Settings.read(Map.of("domain", "points-2d")).orThrow().snapshotEvery());
        assertThat(
                        Settings.read(
                                        Map.of(
                                                "domain",
                                                "points-2d",
                                                "iterations",
                                                "20000",
                                                "snapshot.every",
                                                "50"))
                                .errors())
                .extracting(ConfigError::field)
                .containsExactly("snapshot.every");
    }

    @Test
    void every_problem_is_reported_at_once_with_the_settings_label() {
        Map<String, String> p =
                new LinkedHashMap<>(Presets.byId("ring-good").orElseThrow().params());
        p.put("batch", "lots");
        p.put("loss", "wasserstein");
        p.put("colour", "red");
        p.put("forger.lr", "5");
        Settings.Reading r = Settings.read(p);
        assertThat(r.errors())
                .extracting(ConfigError::field)
                .containsExactlyInAnyOrder("batch", "loss", "colour", "forger.lr");
        assertThat(r.errorOn("forger.lr").orElseThrow().message())
                .isEqualTo("Forger learning rate must be from 0.00001 to 1.");
        assertThat(r.errorOn("loss").orElseThrow().message())
                .contains("Non-saturating", "Least squares");
        assertThat(r.errorOn("colour").orElseThrow().message())
                .contains("no setting called 'colour'");
    }

    @Test
    void inputs_found_by_trying_the_app_get_messages_not_exceptions() {
        // each of these reached an exception page before the catalogue
        Map<String, String> field =
                Map.ofEntries(
                        Map.entry("domain=nope", "domain"),
                        Map.entry("domain=../../etc/passwd", "domain"),
                        Map.entry("domain=<script>", "domain"),
                        Map.entry("domain.shape=nope", "domain.shape"),
                        Map.entry("domain.evil=1", "domain.evil"),
                        Map.entry("domain.points=1,2,3", "domain.points"),
                        Map.entry("domain.points=NaN,NaN", "domain.points"),
                        Map.entry("seed=%ZZ", "seed"),
                        Map.entry("guardrails=radius==" + "9".repeat(320), "guardrails"),
                        Map.entry("forger.lr=NaN", "forger.lr"),
                        Map.entry("forger.lr=Infinity", "forger.lr"),
                        Map.entry("forger.lr=0x1p3", "forger.lr"),
                        Map.entry("batch=1e400", "batch"),
                        Map.entry("seed=-1", "seed"),
                        Map.entry("seed=" + "9".repeat(25), "seed"));
        field.forEach(
                (pair, key) -> {
                    String[] kv = pair.split("=", 2);
                    Map<String, String> p = new LinkedHashMap<>();
                    if (key.equals("domain.points")) {
                        p.put("domain.shape", "drawn");
                    }
                    p.put(kv[0], kv[1]);
                    Settings.Reading r = Settings.read(p);
                    assertThat(r.errors())
                            .as(pair)
                            .extracting(ConfigError::field)
                            .containsExactly(key);
                });
        GanConfig creatures = Settings.read(Map.of("domain", "creatures")).orThrow();
        assertThat(Settings.with(creatures, Map.of("domain.legs", "5")).errorOn("domain.legs"))
                .isPresent();
        assertThat(Settings.with(creatures, Map.of("domain.peak", "NaN")).errorOn("domain.peak"))
                .isPresent();
    }

    @Test
    void json_that_is_not_a_config_is_refused_with_a_message() {
        for (String json :
                List.of(
                        "null",
                        "",
                        "[1,2]",
                        "42",
                        "\"text\"",
                        "{",
                        "{\"seed\": null}",
                        "{\"seed\": [1]}",
                        "{\"seed\": {\"a\": 1}}",
                        " ".repeat(10) + "x".repeat(Settings.MAX_TEXT))) {
            Settings.Reading r = Settings.readJson(json);
            assertThat(r.valid()).as(json).isFalse();
            assertThat(r.errors()).as(json).isNotEmpty();
        }
        assertThat(Settings.readJson("{\"seed\": 7, \"upfront\": false}").orThrow().seed())
                .isEqualTo(7);
    }

    @Test
    void too_many_or_too_long_keys_are_refused_before_reading() {
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i <= Settings.MAX_KEYS; i++) {
            many.put("k" + i, "1");
        }
        assertThat(Settings.read(many).errors())
                .extracting(ConfigError::field)
                .containsExactly(Settings.WHOLE);
        assertThat(Settings.read(Map.of("k".repeat(Settings.MAX_KEY_LENGTH + 1), "1")).errors())
                .extracting(ConfigError::field)
                .containsExactly(Settings.WHOLE);
    }

    @Test
    void contradictory_guardrails_are_refused_on_the_guardrails_field() {
        Settings.Reading r =
                Settings.read(Map.of("domain", "creatures", "guardrails", "legs==8;legs==6"));
        assertThat(r.errors()).extracting(ConfigError::field).containsExactly("guardrails");
        assertThat(r.errors().get(0).message()).contains("legs");
    }

    @Test
    void a_guardrail_tolerance_reads_as_written_and_round_trips() {
        for (String rules : List.of("radius==2~0.25", "radius==2~0.1;angle>1", "radius>=1.9")) {
            GanConfig c = Settings.read(Map.of("guardrails", rules)).orThrow();
            assertThat(Settings.read(Settings.write(c)).orThrow()).as(rules).isEqualTo(c);
        }
        // a tolerance equal to the feature's default (0.1 for radius) stays what was typed too
        assertThat(
                        Settings.read(Map.of("guardrails", "radius==2~0.25"))
                                .orThrow()
                                .guardrails()
                                .get(0)
                                .tolerance())
                .isEqualTo(0.25);
        // no tolerance is 0, as links have always meant: a continuous target alone is refused
        assertThat(Settings.read(Map.of("guardrails", "radius==2")).errorOn("guardrails"))
                .isPresent();
    }

    @Test
    void the_snapshot_interval_is_checked_against_the_iterations() {
        assertThat(Settings.read(Map.of("iterations", "20000", "snapshot.every", "10")).errors())
                .extracting(ConfigError::field)
                .containsExactly("snapshot.every");
    }

    @Test
    void every_valid_config_fits_the_database_column_that_stores_it() {
        for (var d : Domains.all()) {
            int longest = 2; // {}
            for (Setting<?> s : Catalogue.forDomain(d.id())) {
                longest += s.key().length() + s.maxLength() + 10; // quotes, colon, comma, indent
            }
            assertThat(longest).as(d.id()).isLessThanOrEqualTo(Settings.MAX_STORED_LENGTH);
        }
    }

    @Test
    void a_preset_is_recognised_however_the_link_spells_it() {
        Preset ring = Presets.byId("ring-good").orElseThrow();
        GanConfig spelledOut = Settings.read(Settings.write(ring.config())).orThrow();
        assertThat(Presets.matching(spelledOut)).contains(ring);
        Map<String, String> upperCase = new LinkedHashMap<>(ring.params());
        upperCase.put("loss", "NON_SATURATING");
        upperCase.put("forger.lr", "1e-3");
        assertThat(Presets.matching(Settings.read(upperCase).orThrow())).contains(ring);
        assertThat(Presets.matching(Settings.with(ring.config(), Map.of("seed", "4")).orThrow()))
                .isEmpty();
    }

    @Test
    void run_names_say_the_preset_or_the_domain_in_words() {
        Preset ring = Presets.byId("ring-good").orElseThrow();
        assertThat(Settings.describe(ring.config())).isEqualTo(ring.title() + " · seed 3");
        GanConfig own =
                Settings.read(
                                Map.of(
                                        "domain.shape",
                                        "grid25",
                                        "guardrails",
                                        "radius>0",
                                        "seed",
                                        "9"))
                        .orThrow();
        assertThat(Settings.describe(own))
                .isEqualTo(
                        "2-D points · Grid of 25 · 1 guardrail · seed 9"
                                .replace("2-D points", Domains.byId("points-2d").title()));
    }

    @Test
    void the_compare_table_shows_labels_and_plain_words() {
        GanConfig a = Presets.byId("ring-good").orElseThrow().config();
        GanConfig b = Settings.with(a, Map.of("loss", "minimax", "seed", "5")).orThrow();
        List<Settings.Row> rows = Settings.compare(List.of(a, b));
        assertThat(rows.get(0).differs()).isTrue();
        assertThat(rows)
                .filteredOn(Settings.Row::differs)
                .extracting(Settings.Row::label)
                .containsExactlyInAnyOrder("Loss", "Seed");
        assertThat(rows)
                .filteredOn(r -> r.label().equals("Loss"))
                .first()
                .extracting(Settings.Row::values)
                .isEqualTo(List.of("Non-saturating", "Minimax (the original game)"));
        assertThat(rows).extracting(Settings.Row::label).doesNotContain("loss", "forger.lr");
        assertThat(rows)
                .filteredOn(r -> r.label().equals("Guardrails"))
                .first()
                .extracting(Settings.Row::values)
                .isEqualTo(List.of("none", "none"));
    }

    @Test
    void the_compare_table_marks_settings_that_do_not_apply_to_a_run() {
        GanConfig ring = Presets.byId("ring-good").orElseThrow().config();
        GanConfig spectra = Presets.forDomain("spectra-1d").get(0).config();
        List<Settings.Row> rows = Settings.compare(List.of(ring, spectra));
        assertThat(rows)
                .filteredOn(r -> r.label().equals("Shape"))
                .first()
                .extracting(Settings.Row::values)
                .isEqualTo(List.of("Ring of 8", "—"));
        assertThat(rows)
                .filteredOn(r -> r.label().equals("Peak energy"))
                .first()
                .extracting(r -> r.values().get(0))
                .isEqualTo("—");
    }

    @Test
    void a_json_value_that_is_not_single_names_its_setting() {
        assertThat(Settings.readJson("{\"seed\": null}").errors().get(0).message())
                .isEqualTo("'seed' needs a single value, not null.");
        assertThat(Settings.readJson("{\"seed\": {\"a\": 1}}").errors().get(0).message())
                .contains("'seed'", "group of values");
    }

    @Test
    void every_preset_reads_and_each_domain_has_three() {
        for (Preset p : Presets.all()) {
            assertThat(Settings.check(p.config())).as(p.id()).isEmpty();
        }
        for (var d : Domains.all()) {
            assertThat(Presets.forDomain(d.id())).as(d.id()).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void guardrails_up_front_count_in_the_order_written_and_an_old_yes_means_all() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("domain", "creatures");
        p.put("domain.fangs", "0,2");
        p.put("domain.fur", "0,1");
        p.put("guardrails", "fur==1;symmetry>=0.5;legs==8;fangs==2");
        p.put("upfront", "2");
        GanConfig two = Settings.read(p).orThrow();
        assertThat(two.guardrailsUpFront()).isEqualTo(2);
        assertThat(
                        org.ganplayground.domains.Domains.setup(two.domain())
                                .sampler(two.guardrails(), two.guardrailsUpFront())
                                .conditionedOn())
                .as("the first two rules on drawn attributes, in the condition's feature order")
                .containsExactly("legs", "fur");
        p.put("upfront", "true");
        assertThat(Settings.read(p).orThrow().guardrailsUpFront())
                .isEqualTo(GanConfig.ALL_UP_FRONT);
        assertThat(Settings.write(Settings.read(p).orThrow())).containsEntry("upfront", "all");
        p.put("upfront", "false");
        assertThat(Settings.read(p).orThrow().guardrailsUpFront()).isZero();
    }

    @Test
    void more_guardrails_up_front_than_the_rules_can_take_is_refused_on_that_setting() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("domain", "creatures");
        p.put("guardrails", "legs==8;symmetry>=0.5");
        p.put("upfront", "3");
        List<ConfigError> errors = Settings.read(p).errors();
        assertThat(errors).extracting(ConfigError::field).containsExactly("upfront");
        assertThat(errors.get(0).message())
                .contains("3 asked for, but only 1 of these guardrails can be (legs)");
    }

    @Test
    void a_run_stored_before_the_conditioning_setting_keeps_the_condition_beside_the_input() {
        GanConfig now =
                Settings.read(
                                Map.of(
                                        "domain", "creatures",
                                        "guardrails", "legs==8",
                                        "upfront", "true"))
                        .orThrow();
        GanConfig projection =
                Settings.read(
                                Map.of(
                                        "domain", "creatures",
                                        "guardrails", "legs==8",
                                        "upfront", "true",
                                        "inspector.condition", "projection"))
                        .orThrow();
        assertThat(projection.conditioning())
                .isEqualTo(org.ganplayground.engine.Conditioning.PROJECTION);
        assertThat(Settings.stored(Settings.writeJson(projection))).isEqualTo(projection);
        String old =
                Settings.writeJson(projection)
                        .replaceAll("\\s*\"inspector\\.condition\"\\s*:\\s*\"projection\",?", "");
        assertThat(old).doesNotContain("inspector.condition");
        assertThat(Settings.stored(old).conditioning())
                .isEqualTo(org.ganplayground.engine.Conditioning.INPUT);
        assertThat(Settings.stored(Settings.writeJson(now))).isEqualTo(now);
    }
}
