package org.ganplayground.playground.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.ganplayground.BrowserIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Links a learner can break by hand, in a real browser: each shows a message where the link was
 * read, and the server goes on answering.
 */
class BadLinksIT extends BrowserIT {

    private String notice() {
        return waitFor(By.tagName("vaadin-notification-card"), Duration.ofSeconds(10)).getText();
    }

    private org.openqa.selenium.WebElement launchButton() {
        return waitFor(By.xpath("//vaadin-button[contains(., 'Launch run')]"));
    }

    @Test
    void broken_links_show_a_message_and_the_server_stays_healthy() {
        signInAsNewLearner();
        // a stray % once gave a blank page
        open("?seed=%ZZ");
        assertThat(notice()).contains("Seed must be a whole number");
        assertThat(launchButton().getAttribute("disabled")).isNull();

        open(
                "?domain=%3Cscript%3Ealert(1)%3C%2Fscript%3E&guardrails=radius%3D%3D"
                        + "9".repeat(320));
        assertThat(notice()).contains("What is real").contains("Guardrails");

        // the address bar then holds what the page shows, so a shared link is clean
        open("?forger.lr=1e999&seed=8");
        assertThat(notice()).contains("Forger learning rate");
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> d.getCurrentUrl().contains("forger.lr=0.001"));
        assertThat(driver.getCurrentUrl()).doesNotContain("1e999").contains("seed=8");

        open("runs/abc");
        assertThat(waitFor(By.tagName("h2")).getText()).contains("No such run");
        open("step/99999999999999999999");
        assertThat(waitFor(By.tagName("h2")).getText()).contains("No such run");

        open("");
        assertThat(launchButton().getAttribute("disabled")).isNull();
        assertThat(consoleErrors()).isEmpty();
    }
}
