package org.ganplayground.playground.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.ganplayground.KaribuViewTest;
import org.ganplayground.settings.Settings;
import org.junit.jupiter.api.Test;

class PlaygroundViewTest extends KaribuViewTest {

    private TextField field(PlaygroundView view, String key) {
        return (TextField) view.settings.fields.get(key);
    }

    private static Details groupOf(com.vaadin.flow.component.Component field) {
        com.vaadin.flow.component.Component c = field;
        while (!(c instanceof Details)) {
            c = c.getParent().orElseThrow();
        }
        return (Details) c;
    }

    @Test
    void a_bad_value_gets_its_message_under_the_field_and_blocks_launch() {
        UI.getCurrent().navigate("");
        PlaygroundView view = _get(PlaygroundView.class);
        assertThat(view.launch.isEnabled()).isTrue();
        field(view, "forger.lr").setValue("7");
        MockVaadin.clientRoundtrip();
        assertThat(field(view, "forger.lr").isInvalid()).isTrue();
        assertThat(field(view, "forger.lr").getErrorMessage())
                .isEqualTo("Forger learning rate must be from 0.00001 to 1.");
        assertThat(view.launch.isEnabled()).isFalse();
    }

    @Test
    void collapsed_groups_reach_the_browser_when_opened_or_when_a_field_in_them_is_wrong() {
        UI.getCurrent().navigate("");
        PlaygroundView view = _get(PlaygroundView.class);
        TextField seed = field(view, "seed");
        TextField forgerLr = field(view, "forger.lr");
        assertThat(seed.isAttached()).isFalse();
        assertThat(forgerLr.isAttached()).isFalse();

        seed.setValue("-3");
        MockVaadin.clientRoundtrip();
        assertThat(seed.isAttached()).isTrue();
        assertThat(seed.isInvalid()).isTrue();
        assertThat(groupOf(seed).isOpened()).isTrue();
        assertThat(forgerLr.isAttached()).isFalse();

        view.settings
                .getChildren()
                .filter(c -> c instanceof Details d && !d.isOpened())
                .forEach(d -> ((Details) d).setOpened(true));
        assertThat(forgerLr.isAttached()).isTrue();
        assertThat(forgerLr.getValue()).isEqualTo("0.001");
    }

    @Test
    void a_tampered_link_falls_back_to_safe_values_and_keeps_what_it_can() {
        UI.getCurrent()
                .navigate(
                        "",
                        QueryParameters.fromString("preset=ring-good&forger.lr=banana&seed=11"));
        PlaygroundView view = _get(PlaygroundView.class);
        assertThat(field(view, "forger.lr").getValue()).isEqualTo("0.001");
        assertThat(field(view, "seed").getValue()).isEqualTo("11");
        assertThat(view.launch.isEnabled()).isTrue();
    }

    @Test
    void a_link_reproduces_its_config_in_every_field() {
        UI.getCurrent()
                .navigate(
                        "",
                        QueryParameters.fromString(
                                "domain=creatures&guardrails=legs%3D%3D8&upfront=true&forger.layers=64,128&seed=5"));
        PlaygroundView view = _get(PlaygroundView.class);
        assertThat(view.settings.domain.getValue()).isEqualTo("creatures");
        assertThat(field(view, "forger.layers").getValue()).isEqualTo("64,128");
        assertThat(view.guardrails.rulesText()).isEqualTo("legs==8");
        assertThat(view.guardrails.upFront()).isEqualTo("all");
    }

    @Test
    void an_exported_config_imports_and_a_broken_one_is_refused_with_its_reasons() {
        UI.getCurrent().navigate("");
        PlaygroundView view = _get(PlaygroundView.class);
        PlaygroundLogic logic = new PlaygroundLogic(view);
        logic.importJson("{\"domain\": \"spectra-1d\", \"forger.lr\": \"3\", \"seed\": \"4\"}");
        assertThat(view.status.getText())
                .contains("not imported")
                .contains("Forger learning rate must be from 0.00001 to 1.");
        assertThat(view.settings.domain.getValue()).isEqualTo("points-2d");

        String exported =
                Settings.writeJson(
                        Settings.read(java.util.Map.of("domain", "spectra-1d", "seed", "4"))
                                .orThrow());
        logic.importJson(exported);
        assertThat(view.settings.domain.getValue()).isEqualTo("spectra-1d");
        assertThat(field(view, "seed").getValue()).isEqualTo("4");
        assertThat(view.status.getText()).contains("imported");
    }

    @Test
    void
            the_estimate_beside_launch_follows_the_settings_and_an_over_budget_launch_is_refused_on_a_field() {
        UI.getCurrent().navigate("");
        PlaygroundView view = _get(PlaygroundView.class);
        assertThat(view.estimate.getText())
                .startsWith("About")
                .contains("computing on this server")
                .doesNotContain("more than");

        UI.getCurrent()
                .navigate(
                        "",
                        QueryParameters.fromString(
                                "domain=creatures&forger.layers=512,512,512,512"
                                        + "&inspector.layers=512,512,512,512&batch=256"
                                        + "&inspector.steps=10&iterations=20000&snapshot.every=100"));
        view = _get(PlaygroundView.class);
        assertThat(view.estimate.getText()).contains("more than the 300 s a run may use");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(view.launch);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEmpty();
        assertThat(view.settings.fields.values())
                .filteredOn(
                        f ->
                                f instanceof com.vaadin.flow.component.HasValidation v
                                        && v.isInvalid())
                .singleElement()
                .satisfies(
                        f ->
                                assertThat(
                                                ((com.vaadin.flow.component.HasValidation) f)
                                                        .getErrorMessage())
                                        .contains("Lower "));
    }
}
