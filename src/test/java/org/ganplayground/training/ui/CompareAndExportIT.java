package org.ganplayground.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.ganplayground.BrowserIT;
import org.ganplayground.classroom.Role;
import org.ganplayground.classroom.TestAccounts;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.settings.Settings;
import org.ganplayground.training.RunService;
import org.ganplayground.training.RunStatus;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

class CompareAndExportIT extends BrowserIT {

    @Autowired RunService runs;

    @Test
    void two_runs_compare_side_by_side_and_a_run_exports_its_metrics_as_csv() throws Exception {
        var me =
                TestAccounts.signIn(
                        accounts.createWithPassword("learner", Role.LEARNER, null, PASSWORD));
        long a = runs.launch(ring(1), "seed one", null).getId();
        long b = runs.launch(ring(2), "seed two", null).getId();
        waitUntilDone(a);
        waitUntilDone(b);

        TestAccounts.signOut();
        signIn(me.username(), PASSWORD);
        open("compare?runs=" + a + "," + b);
        waitFor(By.tagName("vaadin-grid"));
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.tagName("gp-plane")).size() == 2);
        assertThat(waitFor(By.tagName("vaadin-grid")).getText())
                .contains("seed")
                .contains("● 1")
                .contains("● 2");

        open("runs/" + a);
        String href = waitFor(By.xpath("//a[contains(., 'Metrics (CSV)')]")).getAttribute("href");
        String csv =
                (String)
                        driver.executeAsyncScript(
                                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);",
                                href);
        String[] lines = csv.strip().split("\n");
        assertThat(lines[0])
                .startsWith("iteration,elapsed_ms")
                .contains("score_real")
                .contains("modes_covered");
        assertThat(lines).hasSize(1 + 7); // snapshots at 0, 50, ..., 300
        assertThat(lines[7]).startsWith("300,");
        assertThat(consoleErrors()).isEmpty();
    }

    private static GanConfig ring(long seed) {
        return Settings.read(
                        Map.of(
                                "domain",
                                "points-2d",
                                "iterations",
                                "300",
                                "snapshot.every",
                                "50",
                                "seed",
                                Long.toString(seed)))
                .orThrow();
    }

    private void waitUntilDone(long id) throws InterruptedException {
        long end = System.currentTimeMillis() + 90_000;
        while (runs.find(id).orElseThrow().getStatus() != RunStatus.COMPLETED
                && System.currentTimeMillis() < end) {
            Thread.sleep(200);
        }
        assertThat(runs.find(id).orElseThrow().getStatus()).isEqualTo(RunStatus.COMPLETED);
    }
}
