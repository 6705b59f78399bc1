package org.ganplayground.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.ganplayground.BrowserIT;
import org.ganplayground.classroom.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A teacher prepares a class of 3 with a printed sheet; a learner signs in with a passphrase from
 * it, picks their own password and launches a run; a classmate cannot see that run, the teacher
 * can.
 */
class ClassroomIT extends BrowserIT {

    @Test
    void a_class_of_three_signs_in_from_the_sheet_and_only_the_teacher_sees_a_learners_run()
            throws Exception {
        var teacher = accounts.createWithPassword("teacher", Role.TEACHER, null, PASSWORD);
        signIn(teacher.username(), PASSWORD);
        open("classes");
        type("New class", "8A science");
        click("Create class");
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().matches(".*/classes/\\d+$"));
        String classUrl = driver.getCurrentUrl();
        String prefix = "k" + (System.nanoTime() % 100000);
        type("Prefix", prefix);
        type("How many", "3");
        click("Create learners");
        WebElement sheet = waitFor(By.cssSelector(".gp-sheet"));
        List<WebElement> cards = sheet.findElements(By.cssSelector(".gp-sheet-card"));
        assertThat(cards).hasSize(3);
        // printed, the page shows the sheet alone (the theme's print styles)
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        JavascriptExecutor js = driver;
        assertThat(
                        js.executeScript(
                                "return getComputedStyle(document.querySelector('.gp-sheet-card')).visibility"))
                .isEqualTo("visible");
        assertThat(
                        js.executeScript(
                                "return getComputedStyle(document.querySelector('vaadin-side-nav')).visibility"))
                .isEqualTo("hidden");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(
                java.nio.file.Path.of("target", "screenshots", "ClassroomIT-printed-sheet.png"),
                driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        String first = cards.get(0).getText();
        String second = cards.get(1).getText();
        String user1 = value(first, "Username"), pass1 = value(first, "Password");
        String user2 = value(second, "Username"), pass2 = value(second, "Password");
        assertThat(user1).isEqualTo(prefix + "01");
        click("Sign out");
        waitFor(By.tagName("vaadin-login-form"));

        // the learner signs in with the printed passphrase and must pick their own
        signIn(user1, pass1);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getPageSource().contains("Pick your own now"));
        type("Current password", pass1);
        type("New password", "my very own words");
        type("New password again", "my very own words");
        click("Change password");
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.getPageSource().contains("Password changed"));
        open("?preset=ring-good&iterations=300&snapshot.every=100");
        launchRun();
        String runUrl = driver.getCurrentUrl();
        String runPath = runUrl.substring(runUrl.indexOf("/runs/") + 1);
        click("Sign out");
        waitFor(By.tagName("vaadin-login-form"));

        // the old printed passphrase no longer works
        driver.get("http://localhost:" + port + "/login");
        waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(user1);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(pass1 + Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("error"));

        // a classmate gets the same answer as for a run that does not exist
        signIn(user2, pass2);
        type("Current password", pass2);
        type("New password", "another learners words");
        type("New password again", "another learners words");
        click("Change password");
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.getPageSource().contains("Password changed"));
        open(runPath);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getPageSource().contains("No such run"));
        String classmateSees = bodyText();
        open("runs/999999999");
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getPageSource().contains("No such run"));
        // the page names no id, so the two answers can be compared whole
        assertThat(classmateSees).isEqualTo(bodyText());
        open("sessions");
        assertThat(bodyText()).doesNotContain("Ring of 8");
        click("Sign out");
        waitFor(By.tagName("vaadin-login-form"));

        // the teacher sees it, read-only
        signIn(teacher.username(), PASSWORD);
        driver.get(classUrl);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getPageSource().contains(user1));
        open(runPath);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> bodyText().contains(user1));
        assertThat(bodyText()).doesNotContain("No such run");
        assertThat(driver.findElements(By.xpath("//vaadin-button[contains(., 'Delete')]")))
                .isEmpty();
    }

    private String bodyText() {
        return (String)
                ((JavascriptExecutor) driver).executeScript("return document.body.innerText");
    }

    private static String value(String card, String label) {
        for (String line : card.split("\n")) {
            if (line.startsWith(label + ": ")) {
                return line.substring(label.length() + 2).trim();
            }
        }
        throw new AssertionError(label + " missing from " + card);
    }

    private void type(String label, String value) {
        WebElement input =
                new WebDriverWait(driver, Duration.ofSeconds(20))
                        .until(
                                d -> {
                                    for (WebElement e :
                                            d.findElements(
                                                    By.cssSelector(
                                                            "vaadin-text-field, vaadin-password-field, vaadin-integer-field, vaadin-text-area"))) {
                                        if (label.equals(e.getAttribute("label"))
                                                && e.isDisplayed()) {
                                            return e.findElement(By.cssSelector("input, textarea"));
                                        }
                                    }
                                    return null;
                                });
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
    }

    private void click(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(
                        d -> {
                            for (WebElement b : d.findElements(By.tagName("vaadin-button"))) {
                                if (b.getText().trim().equals(text)
                                        && b.isDisplayed()
                                        && b.getAttribute("disabled") == null) {
                                    b.click();
                                    return true;
                                }
                            }
                            return false;
                        });
    }
}
