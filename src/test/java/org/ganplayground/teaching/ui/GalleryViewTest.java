package org.ganplayground.teaching.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.ganplayground.KaribuViewTest;
import org.ganplayground.classroom.AccountService;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.Role;
import org.ganplayground.classroom.TestAccounts.ClassOf;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunService;
import org.ganplayground.training.RunSharing;
import org.ganplayground.training.TestRuns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class GalleryViewTest extends KaribuViewTest {

    @Autowired RunService runs;
    @Autowired TestRuns testRuns;
    @Autowired RunSharing sharing;
    @Autowired AccountService classes;

    private ClassOf c;
    private Caller owner;
    private Caller classmate;

    @BeforeEach
    void aClassWithSharingOn() {
        c = accounts.classOf(2);
        owner = c.learners().get(0);
        classmate = c.learners().get(1);
        signInAs(c.teacher());
        classes.setSharing(c.classId(), true);
    }

    @AfterEach
    void cancelThem() {
        testRuns.cancelAll();
    }

    private Run launchAs(Caller who, String name) {
        signInAs(who);
        return testRuns.launch(name, 100);
    }

    private List<String> cardLinks(com.vaadin.flow.component.Component view) {
        return _find(view, Anchor.class).stream()
                .map(Anchor::getHref)
                .filter(h -> h.startsWith("runs/"))
                .toList();
    }

    @Test
    void the_gallery_lists_exactly_the_classs_shared_runs_and_compares_one_with_mine() {
        Run shared = launchAs(owner, "<b>rings</b>");
        sharing.share(shared.getId(), true);
        launchAs(owner, "private");
        Run mine = launchAs(classmate, "my own");

        UI.getCurrent().navigate("gallery");
        GalleryView view = _get(GalleryView.class);
        assertThat(cardLinks(view)).containsExactly("runs/" + shared.getId());
        assertThat(_get(view, Anchor.class, s -> s.withText("<b>rings</b>"))).isNotNull();

        Button compare = _get(view, Button.class, s -> s.withText("Compare with my run"));
        _click(compare);
        assertThat(view.mine.isInvalid()).as("nothing picked yet").isTrue();
        assertThat(UI.getCurrent().getCurrentView()).isSameAs(view);

        _setValue(
                view.mine,
                view.mine
                        .getListDataView()
                        .getItems()
                        .filter(r -> r.getId().equals(mine.getId()))
                        .findFirst()
                        .orElseThrow());
        _click(compare);
        assertThat(
                        UI.getCurrent()
                                .getInternals()
                                .getActiveViewLocation()
                                .getPathWithQueryParameters())
                .isEqualTo("compare?runs=" + shared.getId() + "%2C" + mine.getId());
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName())
                .isEqualTo("CompareView");
    }

    @Test
    void the_gallery_says_plainly_when_there_is_no_class_or_sharing_is_off() {
        signInAs(accounts.create("loner", Role.LEARNER, null));
        UI.getCurrent().navigate("gallery");
        assertThat(_get(GalleryView.class).state.getText()).isEqualTo(GalleryView.NO_CLASS);
        signInAs(c.teacher());
        UI.getCurrent().navigate("gallery");
        assertThat(_get(GalleryView.class).state.getText()).isEqualTo(GalleryView.TEACHER);

        Run shared = launchAs(owner, "rings");
        sharing.share(shared.getId(), true);
        signInAs(c.teacher());
        classes.setSharing(c.classId(), false);
        signInAs(classmate);
        UI.getCurrent().navigate("gallery");
        GalleryView view = _get(GalleryView.class);
        assertThat(view.state.getText()).isEqualTo(GalleryView.SHARING_OFF);
        assertThat(cardLinks(view)).isEmpty();
    }

    @Test
    void the_teacher_sees_the_classs_shared_runs_and_unshares_one() {
        Run first = launchAs(owner, "rings");
        sharing.share(first.getId(), true);
        Run second = launchAs(classmate, "spectra");
        sharing.share(second.getId(), true);

        signInAs(c.teacher());
        UI.getCurrent().navigate("classes/" + c.classId() + "/gallery");
        ClassGalleryView view = _get(ClassGalleryView.class);
        assertThat(view.state.getText()).isEqualTo(ClassGalleryView.ON);
        assertThat(cardLinks(view))
                .containsExactly("runs/" + second.getId(), "runs/" + first.getId());

        _click(_find(view, Button.class, s -> s.withText("Unshare")).get(1));
        assertThat(cardLinks(view)).containsExactly("runs/" + second.getId());
        signInAs(owner);
        assertThat(runs.find(first.getId()).orElseThrow().isShared()).isFalse();
    }

    @Test
    void another_teachers_class_gallery_is_answered_like_a_missing_class() {
        signInAs(accounts.classOf(0).teacher());
        UI.getCurrent().navigate("classes/" + c.classId() + "/gallery");
        ClassGalleryView view = _get(ClassGalleryView.class);
        assertThat(view.state.getText()).isEqualTo("There is no class " + c.classId() + ".");
        assertThat(_find(view, Button.class)).isEmpty();
    }
}
