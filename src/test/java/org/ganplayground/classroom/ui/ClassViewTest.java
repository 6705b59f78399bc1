package org.ganplayground.classroom.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.ganplayground.KaribuViewTest;
import org.ganplayground.classroom.AccountService;
import org.ganplayground.classroom.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ClassViewTest extends KaribuViewTest {

    @Autowired AccountService service;

    private long newClass() {
        signInAs(accounts.create("teacher", Role.TEACHER, null));
        return service.createClass("7C").getId();
    }

    @Test
    void created_learners_appear_once_on_a_sheet_of_cards_and_in_the_list() {
        long id = newClass();
        UI.getCurrent().navigate("classes/" + id);
        ClassView view = _get(ClassView.class);
        view.create.prefix.setValue("owl" + (System.nanoTime() % 10000));
        view.create.count.setValue(4);
        view.create.create.click();
        assertThat(view.create.working.isVisible()).isTrue();
        assertThat(view.create.create.isEnabled()).isFalse();
        waitFor(() -> !_find(view, LoginSheet.class).isEmpty());

        assertThat(view.create.create.isEnabled()).isTrue();
        assertThat(_find(view, LoginSheet.class)).hasSize(1);
        assertThat(_get(view, LoginSheet.class).getChildren().count()).isEqualTo(4);
        assertThat(view.print.isVisible()).isTrue();
        assertThat(service.learnersOf(id)).hasSize(4);

        // leaving and coming back: the passphrases are gone for good
        UI.getCurrent().navigate("classes/" + id);
        assertThat(_find(_get(ClassView.class), LoginSheet.class)).isEmpty();
    }

    @Test
    void a_bad_prefix_is_answered_at_the_prefix_field_and_nobody_is_created() {
        long id = newClass();
        UI.getCurrent().navigate("classes/" + id);
        ClassView view = _get(ClassView.class);
        view.create.prefix.setValue("no spaces");
        view.create.count.setValue(3);
        view.create.create.click();
        waitFor(() -> view.create.create.isEnabled());

        assertThat(view.create.prefix.isInvalid()).isTrue();
        assertThat(view.create.prefix.getErrorMessage()).contains("letters a-z");
        assertThat(service.learnersOf(id)).isEmpty();
    }

    @Test
    void another_teachers_class_looks_like_a_missing_one() {
        long id = newClass();
        signInAs(accounts.create("other", Role.TEACHER, null));
        UI.getCurrent().navigate("classes/" + id);
        String theirs = _get(ClassView.class).missing.getText();
        UI.getCurrent().navigate("classes/999999999");
        String missing = _get(ClassView.class).missing.getText();

        assertThat(theirs).isEqualTo("There is no class " + id + ".");
        assertThat(missing).isEqualTo("There is no class 999999999.");
        assertThat(_find(_get(ClassView.class), Paragraph.class)).isNotEmpty();
    }

    /** Lets the page hear back from its background work (Karibu runs ui.access at a roundtrip). */
    private static void waitFor(java.util.function.BooleanSupplier done) {
        long end = System.currentTimeMillis() + 20_000;
        while (!done.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("background work finished").isLessThan(end);
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
