package org.ganplayground.sweeps.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.ganplayground.BrowserIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

class SweepIT extends BrowserIT {

    @Test
    void a_learner_sweeps_the_playground_over_three_seeds_and_sees_its_chart() {
        signInAsNewLearner();
        open("?preset=ring-good&iterations=300&snapshot.every=50");
        WebElement sweep = waitFor(By.xpath("//vaadin-button[contains(., 'Sweep…')]"));
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> sweep.getAttribute("disabled") == null);
        sweep.click();

        // over seeds 1 to 3 by default: the dialog says how many runs and how long
        waitFor(By.xpath("//vaadin-dialog-overlay//*[contains(., '3 runs: About')]"));
        WebElement start = waitFor(By.xpath("//vaadin-button[contains(., 'Start sweep')]"));
        start.click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("/sweeps/"));

        // the chart fills as the runs end: the mean over seeds has one point per seed
        new WebDriverWait(driver, Duration.ofSeconds(120), Duration.ofMillis(200))
                .until(d -> meanPoints() == 3);
        settle();
        assertThat(driver.getPageSource()).contains("3 of 3 runs ended");
        assertThat(driver.getPageSource()).contains("Seeds 1, 2, 3");
        assertThat(
                        driver.findElements(
                                By.xpath("//vaadin-grid-cell-content/a[contains(@href, 'runs/')]")))
                .hasSize(3);
        assertThat(consoleErrors()).isEmpty();
    }

    /** Points of the sweep chart's first line (the mean over seeds). */
    private long meanPoints() {
        Object n =
                driver.executeScript(
                        "const c = document.querySelector('gp-line-chart');"
                                + " return c && c.pointCounts ? (c.pointCounts()[0] || 0) : 0;");
        return ((Number) n).longValue();
    }
}
