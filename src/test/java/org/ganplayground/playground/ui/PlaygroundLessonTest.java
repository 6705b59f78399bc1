package org.ganplayground.playground.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.ganplayground.KaribuViewTest;
import org.junit.jupiter.api.Test;

class PlaygroundLessonTest extends KaribuViewTest {

    @Test
    void a_lesson_link_hides_the_settings_the_lesson_is_not_about() {
        UI.getCurrent()
                .navigate(
                        "",
                        QueryParameters.fromString("preset=ring-good&lesson=forger-and-inspector"));
        PlaygroundView view = _get(PlaygroundView.class);
        assertThat(view.settings.fields.get("loss").isVisible()).isFalse();
        assertThat(view.settings.fields.get("forger.lr").isVisible()).isTrue();
        assertThat(view.launch.isEnabled()).isTrue();
    }

    @Test
    void without_a_lesson_every_setting_shows() {
        UI.getCurrent().navigate("", QueryParameters.fromString("preset=ring-good"));
        assertThat(_get(PlaygroundView.class).settings.fields.get("loss").isVisible()).isTrue();
    }
}
