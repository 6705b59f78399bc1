package org.ganplayground.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ganplayground.KaribuViewTest;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.Role;
import org.ganplayground.classroom.TestAccounts;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.settings.Settings;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunService;
import org.ganplayground.training.RunStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RunViewTest extends KaribuViewTest {

    @Autowired RunService runs;

    /** Runs to cancel after the test, with who may cancel them. */
    private final List<Map.Entry<Caller, Long>> started = new ArrayList<>();

    private static GanConfig ring(int iterations) {
        return Settings.read(
                        Map.of(
                                "domain", "points-2d",
                                "iterations", Integer.toString(iterations),
                                "snapshot.every", Integer.toString(iterations / 100)))
                .orThrow();
    }

    private Run launchAs(Caller who, int iterations) {
        signInAs(who);
        Run run = runs.launch(ring(iterations), null, null);
        started.add(Map.entry(who, run.getId()));
        return run;
    }

    @AfterEach
    void cancelThem() {
        started.forEach(
                e -> {
                    TestAccounts.signIn(e.getKey());
                    runs.cancel(e.getValue());
                });
    }

    @Test
    void a_queued_run_shows_its_position_and_it_moves_when_the_queue_does() throws Exception {
        Caller learner = me;
        // both workers busy with other learners' runs
        for (int i = 0; i < 2; i++) {
            Run blocker = launchAs(accounts.create("blocker", Role.LEARNER, null), 20000);
            waitUntil(blocker.getId(), RunStatus.RUNNING);
        }
        Run first = launchAs(learner, 20000);
        Run second = launchAs(learner, 20000);

        UI.getCurrent().navigate("runs/" + second.getId());
        RunView view = _get(RunView.class);
        assertThat(view.progressText.getText())
                .isEqualTo("Position 2 in the queue: 1 run starts before it.");

        runs.cancel(first.getId());
        MockVaadin.clientRoundtrip();
        assertThat(view.progressText.getText()).startsWith("Position 1 in the queue");
    }

    @Test
    void a_run_page_links_to_its_own_settings_on_the_playground() {
        Run run = launchAs(me, 300);
        UI.getCurrent().navigate("runs/" + run.getId());
        RunView view = _get(RunView.class);
        String href =
                view.exports
                        .getChildren()
                        .filter(c -> c instanceof com.vaadin.flow.component.html.Anchor)
                        .map(c -> (com.vaadin.flow.component.html.Anchor) c)
                        .filter(a -> a.getText().equals("Open these settings in the playground"))
                        .findFirst()
                        .orElseThrow()
                        .getHref();
        assertThat(href).startsWith("./?");
        // the link reads back to the very config the run was launched with, seed included
        var params = new java.util.HashMap<String, String>();
        for (String pair : href.substring(3).split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(
                    java.net.URLDecoder.decode(kv[0], java.nio.charset.StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(Settings.read(params).orThrow()).isEqualTo(runs.config(run));
    }

    @Test
    void the_model_overview_shows_the_run_s_own_networks_and_its_latest_verdict() throws Exception {
        Run run = launchAs(me, 300);
        waitUntil(run.getId(), RunStatus.COMPLETED);
        UI.getCurrent().navigate("runs/" + run.getId());
        RunView view = _get(RunView.class);
        GanConfig config = runs.config(run);
        var last = runs.snapshots(run.getId()).get(runs.snapshots(run.getId()).size() - 1);
        String text = view.overview.text();
        assertThat(text)
                .contains("Noise: " + config.noiseDim() + " random numbers per forgery")
                .contains("Forger (generator): " + ModelOverview.layers(config.forger()))
                .contains(
                        "on real: "
                                + org.ganplayground.base.ui.LineChart.number(
                                        last.metric(org.ganplayground.engine.Metrics.SCORE_REAL)))
                .contains(
                        "accuracy "
                                + org.ganplayground.base.ui.LineChart.number(
                                        last.metric(org.ganplayground.engine.Metrics.ACCURACY)));
        assertThat(view.status.getElement().getAttribute("role")).isEqualTo("status");
    }

    @Test
    void a_paused_page_keeps_what_arrives_and_draws_it_when_resumed() throws Exception {
        Run run = launchAs(me, 20000);
        waitUntil(run.getId(), RunStatus.RUNNING);
        UI.getCurrent().navigate("runs/" + run.getId());
        RunView view = _get(RunView.class);
        assertThat(view.pause.isVisible()).isTrue();
        view.setPaused(true);
        String frozen = view.overview.text();
        int before = view.snapshots.size();
        long end = System.currentTimeMillis() + 30_000;
        while (view.snapshots.size() <= before + 1 && System.currentTimeMillis() < end) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip();
        }
        assertThat(view.snapshots.size()).isGreaterThan(before + 1);
        assertThat(view.overview.text()).isEqualTo(frozen);
        view.setPaused(false);
        assertThat(view.overview.text()).isNotEqualTo(frozen);
        assertThat(view.pause.getText()).isEqualTo("Pause live view");
    }

    @Test
    void a_run_that_ends_while_its_page_is_paused_is_drawn_to_its_end() throws Exception {
        Run run = launchAs(me, 20000);
        waitUntil(run.getId(), RunStatus.RUNNING);
        UI.getCurrent().navigate("runs/" + run.getId());
        RunView view = _get(RunView.class);
        view.setPaused(true);
        // a snapshot arrives while paused, then the run ends
        long end = System.currentTimeMillis() + 30_000;
        while (view.snapshots.size() < 2 && System.currentTimeMillis() < end) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip();
        }
        runs.cancel(run.getId());
        while (view.pause.isVisible() && System.currentTimeMillis() < end) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip();
        }
        assertThat(view.pause.isVisible()).isFalse();
        assertThat(view.paused).isFalse();
        var stored = runs.snapshots(run.getId());
        assertThat(view.timeline.label.getText())
                .endsWith("(" + stored.size() + " of " + stored.size() + ")");
    }

    private void waitUntil(long id, RunStatus status) throws InterruptedException {
        long end = System.currentTimeMillis() + 30_000;
        while (runs.find(id).orElseThrow().getStatus() != status
                && System.currentTimeMillis() < end) {
            Thread.sleep(50);
        }
        assertThat(runs.find(id).orElseThrow().getStatus()).isEqualTo(status);
    }
}
