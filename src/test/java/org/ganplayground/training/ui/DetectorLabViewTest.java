package org.ganplayground.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.ganplayground.KaribuViewTest;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.Role;
import org.ganplayground.training.DetectorLab;
import org.ganplayground.training.TestRuns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The detector lab page: links preselect its runs, results and refusals show where they belong. */
class DetectorLabViewTest extends KaribuViewTest {

    @Autowired TestRuns testRuns;
    @Autowired DetectorLab lab;

    @AfterEach
    void cancelRuns() {
        testRuns.cancelAll();
    }

    private DetectorLabView open(String query) {
        UI.getCurrent().navigate("detector-lab", QueryParameters.fromString(query));
        return _get(DetectorLabView.class);
    }

    /** Lets the page's background test report back (Karibu runs ui.access in the test thread). */
    private static void until(BooleanSupplier done) {
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                // Karibu's session belongs to the test thread
                .pollInSameThread()
                .until(
                        () -> {
                            MockVaadin.clientRoundtrip();
                            return done.getAsBoolean();
                        });
    }

    @Test
    void a_link_preselects_both_runs_and_the_test_shows_both_accuracies() throws Exception {
        long a = testRuns.launch("ring A", 300).getId();
        long b = testRuns.launch("ring B", 200).getId();
        testRuns.waitUntilDone(a);
        testRuns.waitUntilDone(b);

        DetectorLabView view = open("inspector=" + a + "&forger=" + b);

        assertThat(view.inspector.getValue().run().getId()).isEqualTo(a);
        assertThat(view.forger.getValue().run().getId()).isEqualTo(b);
        assertThat(DetectorLabView.label(view.inspector.getValue()))
                .isEqualTo("ring A \u00b7 Points in the plane \u00b7 300 iterations");
        assertThat(view.none.isVisible()).isFalse();
        assertThat(view.result.isVisible()).isFalse();
        _click(view.test);
        until(() -> view.result.isVisible());

        DetectorLab.Tested expected = (DetectorLab.Tested) lab.test(me, a, b);
        assertThat(view.result.ownNumber.getText())
                .isEqualTo(DetectorLab.percent(expected.check().ownAccuracy()));
        assertThat(view.result.otherNumber.getText())
                .isEqualTo(DetectorLab.percent(expected.check().otherAccuracy()));
        assertThat(view.result.otherLabel.getText())
                .isEqualTo("Against the forger of \u201cring B\u201d");
        assertThat(view.result.sentence.getText()).isEqualTo(expected.sentence());
        assertThat(view.busy.isVisible()).isFalse();
        assertThat(view.test.isEnabled()).isTrue();
    }

    @Test
    void a_run_that_cannot_be_tested_is_refused_under_its_picker() throws Exception {
        Caller other = accounts.create("other", Role.LEARNER, null);
        long theirs = testRuns.finished(other, "their ring", 2);
        long dots = testRuns.finished(me, "dots", 2);
        long bugs = testRuns.finishedCreatures(me, "bugs");

        DetectorLabView view = open("inspector=" + theirs + "&forger=" + dots);
        assertThat(view.inspector.getValue()).isNull();
        assertThat(view.inspector.isInvalid()).isTrue();
        assertThat(view.inspector.getErrorMessage())
                .isEqualTo("There is no run " + theirs + " that you can open.");
        assertThat(view.forger.isInvalid()).isFalse();
        assertThat(view.test.isEnabled()).isFalse();

        view = open("inspector=" + bugs + "&forger=" + dots);
        assertThat(view.inspector.isInvalid()).isFalse();
        _click(view.test);
        DetectorLabView page = view;
        until(() -> page.forger.isInvalid());
        assertThat(view.forger.getErrorMessage())
                .isEqualTo(
                        "\u201cbugs\u201d draws creatures and \u201cdots\u201d draws 2-D points:"
                                + " an inspector can only judge forgeries of its own kind.");
        assertThat(view.result.isVisible()).isFalse();
        // picking another run clears the message
        view.forger.setValue(view.inspector.getValue());
        assertThat(view.forger.isInvalid()).isFalse();
    }

    @Test
    void a_finished_runs_page_links_to_the_lab_with_its_inspector() {
        long done = testRuns.finished(me, "done", 2);
        UI.getCurrent().navigate("runs/" + done);
        var link =
                _get(
                        com.vaadin.flow.component.html.Anchor.class,
                        spec -> spec.withText("Test this inspector on another forger"));
        assertThat(link.getHref()).isEqualTo("detector-lab?inspector=" + done);

        DetectorLabView view = open("inspector=abc&forger=" + done);
        assertThat(view.inspector.getErrorMessage())
                .isEqualTo("This link names no run that you can open.");
        assertThat(view.forger.getValue().run().getId()).isEqualTo(done);
    }
}
