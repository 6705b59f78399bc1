package org.ganplayground.teaching.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.ganplayground.KaribuViewTest;
import org.ganplayground.classroom.ClassBroadcasts;
import org.ganplayground.classroom.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The board page: its tiles, and what its buttons do. */
class BoardViewTest extends KaribuViewTest {

    @Autowired ClassBroadcasts broadcasts;

    @Test
    void the_board_has_a_tile_per_learner_and_another_teachers_class_is_missing() {
        TestAccounts.ClassOf c = accounts.classOf(3);
        TestAccounts.ClassOf other = accounts.classOf(1);
        signInAs(c.teacher());
        UI.getCurrent().navigate("classes/" + c.classId() + "/board");
        BoardView view = (BoardView) UI.getCurrent().getCurrentView();
        assertThat(view.cards).hasSize(3);
        assertThat(view.summary.getText()).startsWith("3 learners: 0 training, 0 waiting");
        assertThat(view.cards.values())
                .allSatisfy(card -> assertThat(card.runName.getText()).isEqualTo("No run yet"));

        UI.getCurrent().navigate("classes/" + other.classId() + "/board");
        view = (BoardView) UI.getCurrent().getCurrentView();
        assertThat(view.missing.getText()).isEqualTo("There is no class " + other.classId() + ".");
        assertThat(view.cards).isEmpty();
    }

    @Test
    void sending_without_picking_says_so_and_picking_sends_to_the_class() {
        TestAccounts.ClassOf c = accounts.classOf(1);
        signInAs(c.teacher());
        UI.getCurrent().navigate("classes/" + c.classId() + "/board");
        BoardView view = (BoardView) UI.getCurrent().getCurrentView();
        java.util.List<ClassBroadcasts.Broadcast> got = new java.util.ArrayList<>();
        var sub = broadcasts.subscribe(c.classId(), got::add);
        try {
            _click(_get(Button.class, spec -> spec.withText("Send to every playground")));
            assertThat(view.sent.getText()).isEqualTo("Pick an experiment first.");
            assertThat(got).isEmpty();
            view.experiment.setValue(
                    view.experiment.getListDataView().getItems().findFirst().orElseThrow());
            _click(view.send);
            assertThat(got).hasSize(1);
            assertThat(view.sent.getText()).startsWith("Sent \"Lesson 1");
        } finally {
            sub.cancel();
        }
    }
}
