package org.ganplayground.lessons.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

class LessonWalkIT extends LessonPageWalk {

    private static final String LESSON = "forger-and-inspector";

    @Test
    void a_learner_predicts_tries_it_runs_it_explains_and_the_lesson_is_done() {
        signInAsNewLearner();
        open("lessons/" + LESSON);
        waitFor(By.xpath("//h2[contains(., 'The forger and the inspector')]"));
        type("predict-blobs", "vaadin-text-field input", "6");
        submitAndSee("predict-blobs", "Prediction saved");

        driver.findElement(By.xpath("//vaadin-button[contains(., 'Try it')]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("lesson=" + LESSON));
        // the lesson's hidden settings stay out of the way (Flow sends no label for a hidden one)
        waitFor(By.xpath("//vaadin-button[contains(., 'Launch run')]"));
        for (String group : List.of("Inspector", "Training")) {
            click(waitFor(By.xpath("//vaadin-details-summary[contains(., '" + group + "')]")));
        }
        // an opened group's fields arrive from the server
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(
                        d ->
                                (Boolean)
                                        driver.executeScript(
                                                "return [...document.querySelectorAll('vaadin-text-field')]"
                                                        + ".some(f => f.label === 'Iterations');"));
        assertThat(
                        driver.executeScript(
                                "return [...document.querySelectorAll('vaadin-select')]"
                                        + ".map(s => s.label).filter(l => l === 'Loss' || l === 'Inspector optimizer')"))
                .isEqualTo(List.of("Inspector optimizer"));
        // back up to the Launch button, which the opened groups pushed out of sight
        driver.executeScript(
                "arguments[0].scrollIntoView({block: 'center'});",
                driver.findElement(By.xpath("//vaadin-button[contains(., 'Launch run')]")));
        launchRun();
        new WebDriverWait(driver, Duration.ofSeconds(150))
                .until(d -> d.getPageSource().contains("Finished 3,000 iterations"));

        click(waitFor(By.xpath("//a[contains(., 'Back to the lesson')]")));
        waitFor(By.xpath("//a[contains(@href, 'runs/')]"));
        assertThat(driver.getPageSource()).contains("Finished");
        type("modes-covered", "vaadin-text-field input", "8");
        submitAndSee("modes-covered", "Right.");
        driver.findElement(
                        By.xpath(
                                "//*[@id='q-forger-saw']//vaadin-radio-button[contains(., 'Only random noise')]"))
                .click();
        submitAndSee("forger-saw", "Right.");
        type("reflect", "vaadin-text-area textarea", "It followed the inspector's arrows.");
        submitAndSee("reflect", "Saved.");

        open("lessons");
        WebElement row = waitFor(By.id("lesson-" + LESSON));
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> row.getText().contains("Done"));
        assertThat(consoleErrors()).isEmpty();
    }
}
