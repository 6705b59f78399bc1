package org.ganplayground.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.ganplayground.BrowserIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class HomePageIT extends BrowserIT {

    @Test
    void start_page_loads_in_chromium_with_no_console_errors() {
        open("about");
        assertThat(waitFor(By.tagName("h2")).getText()).contains("deepfakes");
        assertThat(driver.getTitle()).contains("GAN Playground");
        assertThat(waitFor(By.tagName("vaadin-side-nav-item")).getText()).isNotBlank();
        assertThat(consoleErrors()).isEmpty();
    }
}
