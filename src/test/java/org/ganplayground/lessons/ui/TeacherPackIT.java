package org.ganplayground.lessons.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.ganplayground.BrowserIT;
import org.ganplayground.classroom.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;

/**
 * In a real browser: a teacher opens the pack on a lesson page, and prints every pack without the
 * app's menu, one lesson per sheet at least; a learner's lesson page has no pack.
 */
class TeacherPackIT extends BrowserIT {

    private void shot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void a_teacher_opens_the_pack_on_the_lesson_page_and_prints_every_pack_without_the_menu()
            throws IOException {
        var teacher = accounts.createWithPassword("teacher", Role.TEACHER, null, PASSWORD);
        signIn(teacher.username(), PASSWORD);
        open("lessons/forger-and-inspector");
        var details =
                waitFor(
                        By.xpath(
                                "//vaadin-details[vaadin-details-summary[.='"
                                        + LessonView.PACK
                                        + "']]"));
        assertThat(details.getDomAttribute("opened")).isNull();
        var summary = details.findElement(By.tagName("vaadin-details-summary"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", summary);
        summary.click();
        waitFor(By.xpath("//vaadin-details[@opened]//caption[contains(., 'Timed flow')]"));
        driver.executeScript(
                "arguments[0].scrollIntoView()", driver.findElement(By.className("gp-pack-flow")));
        shot("TeacherPackIT-lesson-page-teacher");

        open("teach/pack");
        waitFor(By.id("pack-design-your-own-experiment"));
        shot("TeacherPackIT-pack-page");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        Object drawer =
                driver.executeScript(
                        "return getComputedStyle(document.querySelector("
                                + "'vaadin-app-layout > [slot=drawer]')).display");
        assertThat(drawer).isEqualTo("none");
        // styles.css hides all but the sign-in sheet when printing: the packs must stay visible
        Object packShown =
                driver.executeScript(
                        "return getComputedStyle(document.querySelector('.gp-pack-lesson h3'))"
                                + ".visibility");
        assertThat(packShown).isEqualTo("visible");
        shot("TeacherPackIT-print-view");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        String pdf =
                (String)
                        driver.executeCdpCommand("Page.printToPDF", Map.of("printBackground", true))
                                .get("data");
        byte[] bytes = Base64.getDecoder().decode(pdf);
        Files.write(Path.of("target", "screenshots", "TeacherPackIT-print.pdf"), bytes);
        // a scrolling app layout would print one sheet; every lesson starts a sheet of its own
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        long pages = text.split("/Type\\s*/Page[^s]", -1).length - 1;
        assertThat(pages).isGreaterThanOrEqualTo(12);
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void a_learners_lesson_page_has_no_pack() {
        signInAsNewLearner();
        open("lessons/forger-and-inspector");
        waitFor(By.xpath("//h2[contains(., 'The forger and the inspector')]"));
        assertThat(driver.findElements(By.tagName("vaadin-details"))).isEmpty();
        assertThat(driver.getPageSource()).doesNotContain("Timed flow", "Misconceptions to watch");
        assertThat(
                        driver.findElements(
                                By.xpath("//vaadin-side-nav-item[contains(., 'Teacher pack')]")))
                .isEmpty();
    }
}
