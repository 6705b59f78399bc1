package org.ganplayground.lessons.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.dom.Element;
import org.ganplayground.KaribuViewTest;
import org.ganplayground.classroom.Role;
import org.junit.jupiter.api.Test;

/** The teacher pack reaches teachers' pages only: never a learner's page, not even hidden. */
class TeacherPackViewTest extends KaribuViewTest {

    private static final String LESSON = "lessons/forger-and-inspector";

    /** Every text the page's components hold, rendered Markdown (innerHTML) included. */
    private static String page() {
        StringBuilder all = new StringBuilder();
        for (Component c : _find(Component.class)) {
            Element e = c.getElement();
            all.append(e.getText()).append(' ').append(e.getProperty("innerHTML", "")).append(' ');
            if (e.hasAttribute("summary")) {
                all.append(e.getAttribute("summary"));
            }
        }
        return all.toString();
    }

    @Test
    void a_teacher_sees_the_lessons_pack_collapsed_with_its_timed_flow() {
        signInAs(accounts.create("teacher", Role.TEACHER, null));
        UI.getCurrent().navigate(LESSON);
        Details details =
                _find(Details.class).stream()
                        .filter(d -> LessonView.PACK.equals(d.getSummaryText()))
                        .findFirst()
                        .orElseThrow();
        assertThat(details.isOpened()).isFalse();
        PackContent pack = _get(details, PackContent.class);
        assertThat(pack.flow.getBody().getRows())
                .extracting(r -> r.getElement().getTextRecursively())
                .containsExactly(
                        "Hook30-3 min",
                        "Predict33-6 min",
                        "Run66-12 min",
                        "Discuss612-18 min",
                        "Exit ticket218-20 min");
        assertThat(page()).contains("Timed flow", "Misconceptions to watch", "Rubric", "signature");
    }

    @Test
    void a_learners_lesson_page_holds_no_trace_of_the_pack() {
        UI.getCurrent().navigate(LESSON); // as the test's learner
        assertThat(_find(PackContent.class)).isEmpty();
        assertThat(_find(Details.class)).noneMatch(d -> LessonView.PACK.equals(d.getSummaryText()));
        assertThat(page())
                .contains("The forger and the inspector")
                .doesNotContain("Timed flow", "Misconceptions to watch", "Rubric", "signature");
        assertThat(_find(NativeTableRow.class)).isEmpty();
        assertThat(_find(SideNavItem.class))
                .extracting(SideNavItem::getLabel)
                .contains("Lessons")
                .doesNotContain("Teacher pack");
    }

    @Test
    void the_pack_page_lists_every_lesson_in_order_and_is_in_the_teachers_menu() {
        signInAs(accounts.create("teacher", Role.TEACHER, null));
        UI.getCurrent().navigate("teach/pack");
        TeacherPackView view = _get(TeacherPackView.class);
        assertThat(view.packs.getChildren().map(c -> c.getId().orElse("")))
                .startsWith("pack-forger-and-inspector", "pack-reading-the-scores")
                .endsWith("pack-design-your-own-experiment")
                .hasSize(11);
        assertThat(_find(SideNavItem.class))
                .extracting(SideNavItem::getLabel)
                .contains("Teacher pack");
    }
}
