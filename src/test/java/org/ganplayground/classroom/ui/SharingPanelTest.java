package org.ganplayground.classroom.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.ganplayground.KaribuViewTest;
import org.ganplayground.classroom.AccountService;
import org.ganplayground.classroom.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SharingPanelTest extends KaribuViewTest {

    @Autowired AccountService service;

    @Test
    void sharing_is_off_for_a_new_class_and_the_class_page_turns_it_on_and_off() {
        signInAs(accounts.create("teacher", Role.TEACHER, null));
        long id = service.createClass("7C").getId();
        UI.getCurrent().navigate("classes/" + id);
        SharingPanel panel = _get(_get(ClassView.class), SharingPanel.class);
        assertThat(panel.sharing.getValue()).isFalse();

        _setValue(panel.sharing, true);
        assertThat(service.myClass(id).orElseThrow().isSharing()).isTrue();
        UI.getCurrent().navigate("classes/" + id);
        SharingPanel again = _get(_get(ClassView.class), SharingPanel.class);
        assertThat(again.sharing.getValue()).isTrue();

        _setValue(again.sharing, false);
        assertThat(service.myClass(id).orElseThrow().isSharing()).isFalse();
    }
}
