package org.ganplayground.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ganplayground.BrowserIT;
import org.ganplayground.base.ui.LineChart;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.Role;
import org.ganplayground.classroom.TestAccounts;
import org.ganplayground.engine.Metrics;
import org.ganplayground.engine.Snapshot;
import org.ganplayground.settings.Settings;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunEvents;
import org.ganplayground.training.RunService;
import org.ganplayground.training.RunStatus;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** The run page in a real browser: live status that never misses a change, a live overview. */
class RunPageIT extends BrowserIT {

    @Autowired RunService runs;
    @Autowired RunEvents events;

    @Test
    void the_badge_says_training_within_a_second_of_the_first_progress_and_the_overview_follows()
            throws Exception {
        // both training workers busy with another learner's runs: ours waits in the queue
        Caller other = accounts.create("blocker", Role.LEARNER, null);
        TestAccounts.signIn(other);
        List<Run> blockers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            blockers.add(
                    runs.launch(
                            Settings.read(Map.of("domain", "points-2d", "iterations", "20000"))
                                    .orThrow(),
                            null,
                            null));
        }
        Map<Long, Long> firstProgress = new ConcurrentHashMap<>();
        RunEvents.Subscription all =
                events.subscribeAll(
                        e -> {
                            if (e instanceof RunEvents.Progress) {
                                firstProgress.putIfAbsent(e.runId(), System.currentTimeMillis());
                            }
                        });
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(
                            d ->
                                    blockers.stream()
                                            .allMatch(
                                                    b ->
                                                            runs.find(b.getId())
                                                                            .orElseThrow()
                                                                            .getStatus()
                                                                    == RunStatus.RUNNING));
            Caller learner = signInAsNewLearner();
            open("?preset=ring-good&iterations=3000&snapshot.every=150");
            launchRun();
            long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/runs/(\\d+).*", "$1"));
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(d -> badge().equals("Waiting in the queue"));
            // the browser notes the moment the badge changes
            driver.executeScript(
                    "const b = document.querySelector('span[theme~=badge][role=status]');"
                            + " window.gpTraining = 0;"
                            + " new MutationObserver(() => { if (!window.gpTraining"
                            + " && b.textContent === 'Training') window.gpTraining = Date.now(); })"
                            + ".observe(b, {childList: true, characterData: true, subtree: true});");
            cancelAs(other, blockers);
            new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(20))
                    .until(
                            d ->
                                    ((Number) driver.executeScript("return window.gpTraining"))
                                                    .longValue()
                                            > 0);
            long shown = ((Number) driver.executeScript("return window.gpTraining")).longValue();
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> firstProgress.containsKey(id));
            // negative when the start itself (before any progress) already changed the badge
            long late = shown - firstProgress.get(id);
            System.out.println(
                    "RUNPAGE badge shown " + late + " ms after the first progress event");
            assertThat(late).as("ms from the first progress event to the badge").isLessThan(1000);

            // the overview's boxes follow the run; at the end they show its last snapshot
            new WebDriverWait(driver, Duration.ofSeconds(120))
                    .until(d -> d.getPageSource().contains("Finished 3,000 iterations"));
            TestAccounts.signIn(learner);
            List<Snapshot> stored = runs.snapshots(id);
            TestAccounts.signOut();
            Snapshot last = stored.get(stored.size() - 1);
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(
                            d ->
                                    box("verdict")
                                            .contains(
                                                    "on real: "
                                                            + LineChart.number(
                                                                    last.metric(
                                                                            Metrics.SCORE_REAL))));
            assertThat(box("verdict"))
                    .contains("on forgeries: " + LineChart.number(last.metric(Metrics.SCORE_FAKE)));
            assertThat(box("inspector"))
                    .contains("accuracy " + LineChart.number(last.metric(Metrics.ACCURACY)));
            assertThat(box("forgeries")).contains("iteration 3,000");
            assertThat(consoleErrors()).isEmpty();
            // what a learner sees without scrolling on a Chromebook and an iPad standing up
            screenshotAt(1366, 768);
            screenshotAt(768, 1024);
        } finally {
            all.cancel();
            cancelAs(other, blockers);
        }
    }

    /**
     * Cancels as a request would, on a thread of its own, and checks that thread is still signed in
     * as the owner afterwards: cancelling publishes events that update open pages on the publishing
     * thread (Vaadin runs a free session's pending accesses at once), and a page that set its own
     * user's context there left the thread signed in as that page's user, so the second cancel here
     * was refused as someone else's run.
     */
    private void cancelAs(Caller owner, List<Run> toCancel) throws InterruptedException {
        List<String> signedInAs = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread t =
                new Thread(
                        () -> {
                            TestAccounts.signIn(owner);
                            for (Run b : toCancel) {
                                runs.cancel(b.getId());
                                signedInAs.add(
                                        org.springframework.security.core.context
                                                .SecurityContextHolder.getContext()
                                                .getAuthentication()
                                                .getName());
                            }
                            TestAccounts.signOut();
                        });
        t.start();
        t.join();
        assertThat(signedInAs).hasSize(toCancel.size()).containsOnly(owner.username());
    }

    private void screenshotAt(int width, int height) throws Exception {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of(
                        "width",
                        width,
                        "height",
                        height,
                        "deviceScaleFactor",
                        1,
                        "mobile",
                        width < 800));
        driver.executeScript("window.scrollTo(0, 0)");
        Thread.sleep(1000); // let the layout and the charts settle at the new size
        java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(
                dir.resolve("RunPageIT-run-" + width + "x" + height + ".png"),
                driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private String badge() {
        Object t =
                driver.executeScript(
                        "const b = document.querySelector('span[theme~=badge][role=status]');"
                                + " return b ? b.textContent : '';");
        return String.valueOf(t);
    }

    private String box(String name) {
        return String.valueOf(
                driver.executeScript(
                        "const b = document.querySelector('.gp-overview-"
                                + name
                                + "');"
                                + " return b ? b.innerText : '';"));
    }
}
