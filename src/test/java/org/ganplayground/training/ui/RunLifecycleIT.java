package org.ganplayground.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.ganplayground.BrowserIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

class RunLifecycleIT extends BrowserIT {

    @Test
    void a_launched_ring_run_trains_live_finishes_and_replays() {
        signInAsNewLearner();
        // long enough (several seconds) to watch it train
        open("?preset=ring-good&iterations=6000&snapshot.every=150");
        launchRun();

        // live: the progress bar advances and the charts gain points while it runs
        BrowserIT.waitUntilLive(driver, Duration.ofSeconds(60), Duration.ofMillis(50));
        assertThat(driver.getPageSource()).doesNotContain("Finished 6,000 iterations");

        new WebDriverWait(driver, Duration.ofSeconds(120))
                .until(d -> d.getPageSource().contains("Finished 6,000 iterations"));
        assertThat(driver.getPageSource()).contains("iteration 6,000 (41 of 41)");
        assertThat(BrowserIT.progressOf(driver)).isEqualTo(1.0);
        // the scores chart: one point per snapshot on each of its two lines
        assertThat(BrowserIT.scoreChartPoints(driver)).isEqualTo(2 * 41);

        // replay: moving the slider to the first snapshot redraws the forgeries
        String atEnd = planePixels();
        driver.executeScript(
                "const s = document.querySelector('input[type=range]'); s.value = 0;"
                        + " s.dispatchEvent(new Event('input')); s.dispatchEvent(new Event('change'));");
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.getPageSource().contains("iteration 0 (1 of"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !planePixels().equals(atEnd));

        open("sessions");
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.getPageSource().contains("Finished"));
        assertThat(consoleErrors()).isEmpty();
    }

    private String planePixels() {
        return (String)
                driver.executeScript(
                        "return document.querySelector('gp-plane').shadowRoot.querySelector('canvas').toDataURL();");
    }
}
