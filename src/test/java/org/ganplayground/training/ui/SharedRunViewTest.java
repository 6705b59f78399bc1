package org.ganplayground.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.ganplayground.KaribuViewTest;
import org.ganplayground.classroom.AccountService;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.TestAccounts.ClassOf;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunService;
import org.ganplayground.training.TestRuns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A run shared with the class, on the run page and the compare page. */
class SharedRunViewTest extends KaribuViewTest {

    @Autowired RunService runs;
    @Autowired TestRuns testRuns;
    @Autowired AccountService classes;

    private ClassOf c;
    private Caller owner;
    private Caller classmate;

    @BeforeEach
    void aClass() {
        c = accounts.classOf(2);
        owner = c.learners().get(0);
        classmate = c.learners().get(1);
    }

    @AfterEach
    void cancelThem() {
        testRuns.cancelAll();
    }

    private Run launchAs(Caller who, String name) {
        signInAs(who);
        return testRuns.launch(name, 100);
    }

    private static void compare(Run a, Run b) {
        UI.getCurrent()
                .navigate(
                        "compare",
                        QueryParameters.simple(Map.of("runs", a.getId() + "," + b.getId())));
    }

    private void turnSharing(boolean on) {
        signInAs(c.teacher());
        classes.setSharing(c.classId(), on);
    }

    @Test
    void the_owner_shares_from_the_run_page_only_while_sharing_is_on() {
        Run run = launchAs(owner, "rings");
        UI.getCurrent().navigate("runs/" + run.getId());
        assertThat(_get(RunView.class).share.isVisible()).as("sharing is off").isFalse();

        turnSharing(true);
        signInAs(owner);
        UI.getCurrent().navigate("runs/" + run.getId());
        RunView view = _get(RunView.class);
        assertThat(view.share.isVisible()).isTrue();
        assertThat(view.share.getText()).isEqualTo("Share with my class");
        _click(view.share);
        assertThat(runs.find(run.getId()).orElseThrow().isShared()).isTrue();
        assertThat(view.share.getText()).isEqualTo("Stop sharing");
        _click(view.share);
        assertThat(runs.find(run.getId()).orElseThrow().isShared()).isFalse();
    }

    @Test
    void a_classmate_sees_a_shared_run_read_only_and_compares_it_with_their_own() {
        turnSharing(true);
        Run shared = launchAs(owner, "rings");
        UI.getCurrent().navigate("runs/" + shared.getId());
        _click(_get(RunView.class).share);
        Run mine = launchAs(classmate, "my own");

        UI.getCurrent().navigate("runs/" + shared.getId());
        RunView view = _get(RunView.class);
        assertThat(view.title.getText())
                .isEqualTo(
                        "rings (" + owner.username() + "'s run, shared with the class, read-only)");
        assertThat(view.share.isVisible()).isFalse();
        assertThat(view.cancel.isVisible()).isFalse();
        assertThat(view.resume.isVisible()).isFalse();

        compare(shared, mine);
        assertThat(_get(CompareView.class).shown)
                .extracting(Run::getId)
                .containsExactly(shared.getId(), mine.getId());
        // each column names its run, links to it, and says whose it is when not the learner's
        assertThat(
                        _find(com.vaadin.flow.component.html.Anchor.class).stream()
                                .filter(a -> a.getHref().startsWith("runs/"))
                                .map(a -> a.getHref() + " " + a.getText()))
                .containsExactly(
                        "runs/"
                                + shared.getId()
                                + " #"
                                + shared.getId()
                                + " rings ("
                                + owner.username()
                                + "'s)",
                        "runs/" + mine.getId() + " #" + mine.getId() + " my own");

        // the owner stops sharing: the same addresses now answer like missing runs
        signInAs(owner);
        UI.getCurrent().navigate("runs/" + shared.getId());
        _click(_get(RunView.class).share);
        signInAs(classmate);
        UI.getCurrent().navigate("runs/" + shared.getId());
        assertThat(_get(RunView.class).title.getText()).isEqualTo(RunIds.NO_SUCH_RUN);
        compare(shared, mine);
        assertThat(_get(CompareView.class).shown)
                .as("only their own run is found: no comparison")
                .extracting(Run::getId)
                .containsExactly(mine.getId());
    }
}
