package org.ganplayground.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.ganplayground.BrowserIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

class RunLifecycleIT extends BrowserIT {

    @Test
    void a_launched_ring_run_trains_finishes_and_replays() {
        open("?preset=ring-good&iterations=600&snapshot.every=50");
        launchRun();
        new WebDriverWait(driver, Duration.ofSeconds(90))
                .until(d -> d.getPageSource().contains("Finished 600 iterations"));
        assertThat(driver.getPageSource()).contains("iteration 600 (13 of 13)");

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
