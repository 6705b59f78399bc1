package org.ganplayground.lessons.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.ganplayground.BrowserIT;
import org.ganplayground.classroom.TestAccounts;
import org.ganplayground.lessons.LessonService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** In a real browser: a learner's answer reaches the teacher's open progress grid by push. */
class ProgressGridIT extends BrowserIT {

    @Autowired LessonService lessons;

    @Test
    void a_learners_answer_appears_in_the_open_grid_and_its_cell_shows_the_answer() {
        TestAccounts.ClassOf k = accounts.classOf(1, PASSWORD);
        var learner = k.learners().get(0);
        signIn(k.teacher().username(), PASSWORD);
        open("classes/" + k.classId() + "/progress");
        waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '" + learner.username() + "')]"));
        assertThat(driver.findElements(By.xpath("//vaadin-button[.='Started']"))).isEmpty();

        TestAccounts.signIn(learner);
        lessons.answer("forger-and-inspector", "reflect", "<i>feedback</i> only");
        TestAccounts.signOut();

        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.xpath("//vaadin-button[.='Started']")).isEmpty());
        driver.findElement(By.xpath("//vaadin-button[.='Started']")).click();
        waitFor(By.xpath("//*[contains(@class, 'gp-answer') and .='<i>feedback</i> only']"));
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void the_predictions_page_shows_the_class_counts_as_text() {
        TestAccounts.ClassOf k = accounts.classOf(2, PASSWORD);
        for (var learner : k.learners()) {
            TestAccounts.signIn(learner);
            lessons.answer("forger-and-inspector", "predict-blobs", "6");
        }
        TestAccounts.signOut();
        signIn(k.teacher().username(), PASSWORD);
        open("classes/" + k.classId() + "/predictions");
        var panel = waitFor(By.id("spread-forger-and-inspector-predict-blobs"));
        assertThat(panel.getText())
                .contains("Predicted (2 learners)", "No runs of this lesson yet");
        assertThat(panel.findElements(By.className(Bars.COUNT)))
                .extracting(e -> e.getText())
                .containsExactly("2");
        assertThat(consoleErrors()).isEmpty();
    }
}
