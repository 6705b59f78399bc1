package org.ganplayground.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.ganplayground.BrowserIT;
import org.ganplayground.TestApp;
import org.ganplayground.classroom.Role;
import org.ganplayground.classroom.TestAccounts;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.settings.Settings;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunService;
import org.ganplayground.training.RunStatus;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Stops the app in the middle of a run, starts it again, and resumes the run in the browser. */
class RestartIT {

    @Test
    void a_run_cut_off_by_a_restart_is_interrupted_with_its_snapshots_and_resumes_to_the_end()
            throws Exception {
        String dir = "./target/test-data/restart-it-" + UUID.randomUUID();
        long runId;
        int storedBefore;
        org.ganplayground.classroom.Caller me;
        try (ConfigurableApplicationContext first = start(dir)) {
            RunService runs = first.getBean(RunService.class);
            me =
                    TestAccounts.signIn(
                            first.getBean(TestAccounts.class)
                                    .createWithPassword("learner", Role.LEARNER, null, PASSWORD));
            first.getBean(TestAccounts.class).ensureSetUp();
            GanConfig long_ =
                    Settings.read(
                                    Map.of(
                                            "domain",
                                            "points-2d",
                                            "iterations",
                                            "20000",
                                            "snapshot.every",
                                            "100"))
                            .orThrow();
            runId = runs.launch(long_, "cut off by a restart", null).getId();
            long end = System.currentTimeMillis() + 60_000;
            while (runs.snapshots(runId).size() < 3 && System.currentTimeMillis() < end) {
                Thread.sleep(100);
            }
            storedBefore = runs.snapshots(runId).size();
            assertThat(storedBefore).isGreaterThanOrEqualTo(3);
        }

        try (ConfigurableApplicationContext second = start(dir)) {
            // a new application context installs its own security context strategy: sign in again
            TestAccounts.signIn(me);
            RunService runs = second.getBean(RunService.class);
            Run after = runs.find(runId).orElseThrow();
            assertThat(after.getStatus()).isEqualTo(RunStatus.INTERRUPTED);
            assertThat(runs.snapshots(runId).size()).isGreaterThanOrEqualTo(storedBefore);

            int port = ((WebServerApplicationContext) second).getWebServer().getPort();
            ChromeDriver driver = BrowserIT.startChromium();
            try {
                BrowserIT.signIn(driver, "http://localhost:" + port + "/", me.username(), PASSWORD);
                driver.get("http://localhost:" + port + "/runs/" + runId);
                new WebDriverWait(driver, Duration.ofSeconds(30))
                        .until(
                                ExpectedConditions.textToBePresentInElementLocated(
                                        By.tagName("body"), "Interrupted"));
                assertThat(driver.getPageSource()).contains("Resume continues from the last one");
                driver.findElement(By.xpath("//vaadin-button[contains(., 'Resume')]")).click();
                new WebDriverWait(driver, Duration.ofSeconds(240))
                        .until(d -> d.getPageSource().contains("Finished 20,000 iterations"));
                Path shots = Path.of("target", "screenshots");
                Files.createDirectories(shots);
                Files.write(
                        shots.resolve("RestartIT-resumed.png"),
                        driver.getScreenshotAs(OutputType.BYTES));
            } finally {
                driver.quit();
            }
            assertThat(runs.find(runId).orElseThrow().getIterationsDone()).isEqualTo(20000);
        }
    }

    private static final String PASSWORD = "restart password";

    private static ConfigurableApplicationContext start(String dataDir) {
        return TestApp.start(dataDir);
    }
}
