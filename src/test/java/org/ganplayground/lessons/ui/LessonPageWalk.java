package org.ganplayground.lessons.ui;

import java.time.Duration;
import org.ganplayground.BrowserIT;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a browser test does on a lesson page: type, pick a choice, submit and read the answer. */
abstract class LessonPageWalk extends BrowserIT {

    protected void type(String questionId, String css, String text) {
        WebElement input = waitFor(By.cssSelector("#q-" + questionId + " " + css));
        input.sendKeys(text);
    }

    protected void choose(String questionId, String choiceStart) {
        click(
                waitFor(
                        By.xpath(
                                "//*[@id='q-"
                                        + questionId
                                        + "']//vaadin-radio-button[contains(., '"
                                        + choiceStart
                                        + "')]")));
    }

    protected void submitAndSee(String questionId, String feedback) {
        WebElement button =
                driver.findElement(By.cssSelector("#q-" + questionId + " vaadin-button"));
        click(button);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("q-" + questionId)).getText().contains(feedback));
    }

    /** The app layout scrolls its content area, not the window: centre the element first. */
    protected void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}
