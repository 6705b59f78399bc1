package org.ganplayground.teaching.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ganplayground.BrowserIT;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A teacher and three learners, each in a tab of one Chromium on their own loopback address (so
 * each has their own session): a learner's run advances on the teacher's board; "Send experiment"
 * opens it on every learner's playground; "Show to everyone" puts the run on every learner's screen
 * (a learner on a lesson page is offered it instead); a learner's prediction appears in the
 * teacher's open progress grid.
 */
class ClassSessionIT extends BrowserIT {

    private final List<String> tabs = new ArrayList<>();

    @Test
    void a_teacher_sees_the_class_live_and_pulls_every_screen_to_one_experiment_and_one_run()
            throws Exception {
        TestAccounts.ClassOf c = accounts.classOf(3, PASSWORD);
        signIn(c.teacher().username(), PASSWORD);
        tabs.add(driver.getWindowHandle());
        for (int i = 0; i < 3; i++) {
            driver.switchTo().newWindow(WindowType.TAB);
            tabs.add(driver.getWindowHandle());
            signIn(driver, learnerBase(i), c.learners().get(i).username(), PASSWORD);
        }
        Caller ada = c.learners().get(0);

        // the board, then a learner launches a long run
        tab(0);
        open("classes/" + c.classId() + "/board");
        waitFor(By.cssSelector(".gp-tile[data-learner='" + ada.username() + "']"));
        tab(1);
        driver.get(learnerBase(0) + "?preset=ring-good&iterations=20000&snapshot.every=100");
        launchRun();
        String runUrl = driver.getCurrentUrl();
        String runId = runUrl.substring(runUrl.indexOf("/runs/") + 6);

        // the run advances on the board: each change of the tile's count is timed
        tab(0);
        By count =
                By.cssSelector(
                        ".gp-tile[data-learner='" + ada.username() + "'] .gp-tile-iteration");
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> rounds(d.findElement(count).getText()) > 0);
        List<Long> gaps = new ArrayList<>();
        String last = driver.findElement(count).getText();
        long lastAt = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            String before = last;
            new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50))
                    .until(d -> !d.findElement(count).getText().equals(before));
            last = driver.findElement(count).getText();
            long now = System.nanoTime();
            gaps.add((now - lastAt) / 1_000_000);
            lastAt = now;
        }
        System.out.println("BOARD tile count changes every " + gaps + " ms (aim: under 2,000)");
        assertThat(rounds(last)).isGreaterThan(0);
        screenshot("board");

        // send an experiment: every learner's playground opens it
        selectExperiment("Lesson 1,");
        click("Send to every playground");
        for (int i = 1; i <= 3; i++) {
            tab(i);
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(d -> d.getCurrentUrl().contains("lesson=forger-and-inspector"));
            waitFor(By.xpath("//*[contains(., 'Your teacher sent everyone an experiment')]"));
        }

        // show one run to everyone: it opens on every learner's screen, read-only for classmates
        tab(0);
        driver.findElement(
                        By.cssSelector(
                                ".gp-tile[data-learner='" + ada.username() + "'] vaadin-button"))
                .click();
        for (int i = 1; i <= 3; i++) {
            tab(i);
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(d -> d.getCurrentUrl().endsWith("/runs/" + runId));
            if (i > 1) {
                new WebDriverWait(driver, Duration.ofSeconds(20))
                        .until(d -> bodyText().contains("read-only"));
                assertThat(bodyText()).doesNotContain("No such run");
            }
        }
        screenshot("shown-on-a-classmate");
        tab(0);
        click("Stop showing");
        tab(2);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> !d.getCurrentUrl().endsWith("/runs/" + runId));
        tab(1);
        click("Cancel run");

        // a learner's prediction reaches the teacher's open progress grid, answer and all
        tab(0);
        open("classes/" + c.classId() + "/progress");
        waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '" + ada.username() + "')]"));
        assertThat(driver.findElements(By.xpath("//vaadin-button[.='Started']"))).isEmpty();
        tab(3);
        driver.get(learnerBase(2) + "lessons/forger-and-inspector");
        waitFor(By.cssSelector("#q-predict-blobs input")).sendKeys("6");
        driver.findElement(By.cssSelector("#q-predict-blobs vaadin-button")).click();
        waitFor(By.xpath("//*[@id='q-predict-blobs']//*[contains(., 'Prediction saved')]"));
        tab(0);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.xpath("//vaadin-button[.='Started']")).isEmpty());
        driver.findElement(By.xpath("//vaadin-button[.='Started']")).click();
        waitFor(By.xpath("//*[contains(@class, 'gp-answer') and .='6']"));
        screenshot("answer-in-the-grid");

        // a learner on a lesson page (perhaps typing) is offered the shown run, not taken away
        open("classes/" + c.classId() + "/board");
        driver.findElement(
                        By.cssSelector(
                                ".gp-tile[data-learner='" + ada.username() + "'] vaadin-button"))
                .click();
        tab(2);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().endsWith("/runs/" + runId));
        tab(3);
        waitFor(By.xpath("//vaadin-notification-card//vaadin-button[contains(., 'Open it')]"));
        assertThat(driver.getCurrentUrl()).contains("/lessons/forger-and-inspector");
        driver.findElement(
                        By.xpath(
                                "//vaadin-notification-card//vaadin-button[contains(., 'Open it')]"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().endsWith("/runs/" + runId));
        tab(0);
        assertThat(consoleErrors()).isEmpty();
    }

    private String learnerBase(int i) {
        return "http://127.0.0." + (i + 2) + ":" + port + "/";
    }

    private void tab(int i) {
        driver.switchTo().window(tabs.get(i));
    }

    private static int rounds(String text) {
        String n = text.split(" / ")[0].replace(",", "").trim();
        return n.isEmpty() ? 0 : Integer.parseInt(n);
    }

    private void selectExperiment(String startsWith) {
        WebElement select = waitFor(By.cssSelector("vaadin-select"));
        select.click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(
                        d -> {
                            for (WebElement item :
                                    d.findElements(By.tagName("vaadin-select-item"))) {
                                if (item.getText().startsWith(startsWith) && item.isDisplayed()) {
                                    item.click();
                                    return true;
                                }
                            }
                            return false;
                        });
    }

    private void click(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(
                        d -> {
                            for (WebElement b : d.findElements(By.tagName("vaadin-button"))) {
                                if (b.getText().trim().equals(text) && b.isDisplayed()) {
                                    b.click();
                                    return true;
                                }
                            }
                            return false;
                        });
    }

    private String bodyText() {
        return (String)
                ((JavascriptExecutor) driver).executeScript("return document.body.innerText");
    }

    private void screenshot(String name) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(
                dir.resolve("ClassSessionIT-" + name + ".png"),
                driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }
}
