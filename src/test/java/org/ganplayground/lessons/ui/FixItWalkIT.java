package org.ganplayground.lessons.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Lesson 10 ("Fix it", lessons/10-fix-it.md) walked to Done in a real browser: a prediction, the
 * broken run from Try it, the prediction set beside the run, two of the three checked questions
 * right (the third wrong on both tries), and two reflections of a sentence each.
 */
class FixItWalkIT extends LessonPageWalk {

    private static final String LESSON = "fix-it";

    @Test
    void a_learner_repairs_nothing_yet_but_gets_two_of_three_right_and_the_lesson_is_done() {
        signInAsNewLearner();
        open("lessons/" + LESSON);
        waitFor(By.xpath("//h2[contains(., 'Fix it')]"));
        // the lesson offers its repairs and its sweep of three losses at three seeds
        waitFor(By.xpath("//vaadin-button[contains(., 'Try ring-collapse-slower-forger')]"));
        waitFor(By.xpath("//vaadin-button[contains(., 'Run the sweep (9 runs)')]"));
        type("predict-broken", "vaadin-text-field input", "2");
        submitAndSee("predict-broken", "Prediction saved");

        click(driver.findElement(By.xpath("//vaadin-button[contains(., 'Try it')]")));
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("lesson=" + LESSON));
        launchRun();
        new WebDriverWait(driver, Duration.ofSeconds(90))
                .until(d -> d.getPageSource().contains("Finished 2,000 iterations"));

        click(waitFor(By.xpath("//a[contains(., 'Back to the lesson')]")));
        waitFor(By.xpath("//a[contains(@href, 'runs/')]"));
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(
                        d ->
                                d.findElement(By.id("q-predict-broken"))
                                        .getText()
                                        .contains("Your run showed"));
        // measured at the preset's seed: 0 of 8 blobs (LessonPointsTest checks it)
        type("modes-broken", "vaadin-text-field input", "0");
        submitAndSee("modes-broken", "Right.");
        choose("cause", "Lowering the forger");
        submitAndSee("cause", "Right.");
        choose("packing-why", "It sees twice as much data");
        submitAndSee("packing-why", "one more try");
        choose("packing-why", "It sees twice as much data");
        submitAndSee("packing-why", "the answer is");
        type(
                "read-sweep",
                "vaadin-text-area textarea",
                "Non-saturating covered no blobs, the other two losses covered five or so.");
        submitAndSee("read-sweep", "model answer");
        type(
                "recommend",
                "vaadin-text-area textarea",
                "Slow the forger down, because it learns ten times faster than the inspector.");
        submitAndSee("recommend", "model answer");

        open("lessons");
        WebElement row = waitFor(By.id("lesson-" + LESSON));
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> row.getText().contains("Done"));
        assertThat(consoleErrors()).isEmpty();
    }
}
