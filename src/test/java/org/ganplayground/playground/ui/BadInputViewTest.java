package org.ganplayground.playground.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.ganplayground.KaribuViewTest;
import org.ganplayground.guardrails.Comparison;
import org.ganplayground.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Links and typed values that once reached an exception page: each now opens the playground with a
 * notice in plain words, keeps what it can, and can still launch.
 */
class BadInputViewTest extends KaribuViewTest {

    private static String notices() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", ""))
                .collect(Collectors.joining(" | "));
    }

    private static PlaygroundView open(String query) {
        NotificationsKt.clearNotifications();
        UI.getCurrent().navigate("", QueryParameters.fromString(query));
        return _get(PlaygroundView.class);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "domain=nope",
                "domain=..%2F..%2Fetc%2Fpasswd",
                "domain=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                "domain.shape=nope",
                "domain.evil=1",
                "domain.peak=NaN",
                "domain=creatures&domain.legs=5",
                "domain=spectra-1d&domain.peak=NaN",
                "domain.points=1,2,3&domain.shape=drawn",
                "domain.shape=drawn&domain.points=NaN,NaN",
                "forger.lr=NaN&batch=1e400&seed=-1",
                "preset=nope",
                "preset=ring-good&iterations=20001",
            })
    void a_bad_link_opens_the_playground_with_a_notice_and_safe_values(String query) {
        PlaygroundView view = open(query);
        assertThat(notices()).as(query).isNotBlank().doesNotContain("Exception");
        assertThat(view.launch.isEnabled()).as(query).isTrue();
    }

    @Test
    void a_snapshot_interval_too_small_for_the_links_iterations_is_reset_and_the_seed_is_kept() {
        PlaygroundView view = open("domain=points-2d&seed=5&iterations=20000&snapshot.every=50");
        assertThat(notices()).contains("Snapshot every");
        assertThat(((TextField) view.settings.fields.get("seed")).getValue()).isEqualTo("5");
        assertThat(((TextField) view.settings.fields.get("iterations")).getValue())
                .isEqualTo("20000");
        assertThat(((TextField) view.settings.fields.get("snapshot.every")).getValue())
                .isEqualTo("100");
    }

    @Test
    void guardrail_numbers_of_hundreds_of_digits_are_refused_with_a_notice() {
        PlaygroundView view = open("guardrails=" + enc("radius==" + "9".repeat(320)));
        assertThat(notices()).contains("Guardrails");
        assertThat(view.guardrails.rulesText()).isEmpty();
        assertThat(view.launch.isEnabled()).isTrue();
    }

    @Test
    void a_lesson_that_does_not_exist_is_dropped_from_the_link_and_launch_still_works() {
        PlaygroundView view = open("preset=ring-good&lesson=" + "x".repeat(81));
        assertThat(notices()).contains("a lesson you cannot open now (there is no such lesson");
        assertThat(view.launch.isEnabled()).isTrue();
    }

    @Test
    void a_preset_picked_then_copied_from_the_address_bar_is_still_that_preset() {
        PlaygroundView view = open("preset=grid-good");
        assertThat(view.preset.getValue().id()).isEqualTo("grid-good");
        String copied = Settings.query(view.preset.getValue().config());
        view = open(copied);
        assertThat(view.preset.getValue()).isNotNull();
        assertThat(view.preset.getValue().id()).isEqualTo("grid-good");
        assertThat(view.presetText.getText()).isNotBlank();

        ((TextField) view.settings.fields.get("seed")).setValue("77");
        MockVaadin.clientRoundtrip();
        assertThat(view.preset.getValue()).isNull();
        assertThat(view.presetText.getText()).isEmpty();
    }

    @Test
    void a_guardrail_target_of_nan_is_refused_in_the_editor_and_launch_keeps_working() {
        PlaygroundView view = open("domain=creatures");
        view.guardrails.comparison.setValue(Comparison.EQ);
        for (String bad : List.of("NaN", "Infinity", "9".repeat(400), "8 legs", "")) {
            view.guardrails.target.setValue(bad);
            view.guardrails.add.click();
            assertThat(view.guardrails.target.isInvalid()).as(bad).isTrue();
        }
        assertThat(view.guardrails.rulesText()).isEmpty();
        assertThat(view.launch.isEnabled()).isTrue();
    }

    @Test
    void an_import_too_big_for_a_config_is_refused_and_the_settings_stay() {
        PlaygroundView view = open("preset=ring-good");
        PlaygroundLogic logic = new PlaygroundLogic(view);
        String rules =
                java.util.stream.IntStream.range(0, 1000)
                        .mapToObj(i -> "radius>0." + i)
                        .collect(Collectors.joining(";"));
        logic.importJson("{\"guardrails\": \"" + rules + "\"}");
        assertThat(view.status.getText()).contains("not imported");
        logic.importJson("null");
        assertThat(view.status.getText()).contains("not imported");
        assertThat(view.preset.getValue().id()).isEqualTo("ring-good");
        assertThat(view.launch.isEnabled()).isTrue();
    }

    @Test
    void notices_show_learners_text_as_text() {
        open("domain.%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E=1");
        Notification n = NotificationsKt.getNotifications().get(0);
        // Notification.show sets a text property: the browser shows it as text, never as HTML
        assertThat(n.getElement().getProperty("text", "")).contains("<img");
        assertThat(n.getElement().getChildCount()).isZero();
    }
}
