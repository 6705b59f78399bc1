package org.ganplayground.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.ganplayground.KaribuViewTest;
import org.junit.jupiter.api.Test;

class HomeViewTest extends KaribuViewTest {

    @Test
    void start_page_tells_the_forger_and_inspector_story_inside_the_main_layout() {
        UI.getCurrent().navigate("about");
        HomeView view = _get(HomeView.class);
        assertThat(view.heading.getText()).contains("deepfakes");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("About");
        MockVaadin.clientRoundtrip();
    }
}
