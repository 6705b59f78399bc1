package org.ganplayground.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.ganplayground.BrowserIT;
import org.ganplayground.classroom.Role;
import org.ganplayground.classroom.TestAccounts;
import org.ganplayground.training.RunService;
import org.ganplayground.training.TestRuns;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

class CompareAndExportIT extends BrowserIT {

    @Autowired RunService runs;
    @Autowired TestRuns testRuns;

    @Test
    void two_runs_compare_side_by_side_and_a_run_exports_its_metrics_as_csv() throws Exception {
        var me =
                TestAccounts.signIn(
                        accounts.createWithPassword("learner", Role.LEARNER, null, PASSWORD));
        long a = runs.launch(TestRuns.ring(1, 300), "seed one", null).getId();
        long b = runs.launch(TestRuns.ring(2, 300), "seed two", null).getId();
        testRuns.waitUntilDone(a);
        testRuns.waitUntilDone(b);

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
}
