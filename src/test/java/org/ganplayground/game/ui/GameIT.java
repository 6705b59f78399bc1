package org.ganplayground.game.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ganplayground.BrowserIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class GameIT extends BrowserIT {

    @Autowired JdbcTemplate jdbc;

    @Test
    void a_learner_plays_ten_rounds_on_their_run_and_the_result_is_their_stored_answers() {
        signInAsNewLearner();
        open("?preset=creatures-8legs&iterations=300&snapshot.every=50");
        launchRun();
        new WebDriverWait(driver, Duration.ofSeconds(120))
                .until(d -> d.getPageSource().contains("Finished 300 iterations"));
        // the run page links to the game with the run chosen
        String runId = driver.getCurrentUrl().replaceAll(".*/runs/", "");
        assertThat(driver.findElements(By.xpath("//a[@href='inspector?run=" + runId + "']")))
                .hasSize(1);
        open("inspector?run=" + runId);
        WebElement start = waitFor(By.xpath("//vaadin-button[contains(., 'Start the game')]"));
        settle();
        start.click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().matches(".*/inspector/\\d+$"));
        long gameId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/inspector/", ""));

        List<String> clicked = new ArrayList<>();
        int rightSeen = 0;
        for (int round = 0; round < 10; round++) {
            waitFor(By.xpath("//p[contains(., 'Round " + (round + 1) + " of 10')]"));
            assertThat(driver.findElements(By.cssSelector(".gp-game-item img"))).hasSize(2);
            if (round == 3) {
                waitFor(By.id("gp-look")).click();
                waitFor(By.xpath("//p[contains(., 'The machine inspector scores A')]"));
            }
            String side = round % 3 == 0 ? "B" : "A";
            waitFor(By.id("gp-answer-" + side)).click();
            clicked.add(side.equals("A") ? "FIRST" : "SECOND");
            WebElement verdict =
                    waitFor(
                            By.cssSelector(
                                    ".gp-game-feedback p.gp-right, .gp-game-feedback p.gp-wrong"));
            rightSeen += verdict.getText().startsWith("Right!") ? 1 : 0;
            waitFor(By.id("gp-next")).click();
        }
        WebElement headline = waitFor(By.cssSelector(".gp-game-result h3"));
        settle();
        List<Map<String, Object>> stored =
                jdbc.queryForList(
                        "select answer, correct, looked from game_round where game_id = ? order by place",
                        gameId);
        assertThat(stored).extracting(r -> r.get("ANSWER")).containsExactlyElementsOf(clicked);
        long right = stored.stream().filter(r -> Boolean.TRUE.equals(r.get("CORRECT"))).count();
        assertThat(stored).filteredOn(r -> Boolean.TRUE.equals(r.get("LOOKED"))).hasSize(1);
        assertThat(right).isEqualTo(rightSeen);
        Matcher m =
                Pattern.compile("You got (\\d+) of 10 right \\((\\d+) %\\)")
                        .matcher(headline.getText());
        assertThat(m.find()).as(headline.getText()).isTrue();
        assertThat(Long.parseLong(m.group(1))).isEqualTo(right);
        assertThat(Long.parseLong(m.group(2))).isEqualTo(Math.round(right * 10.0));
        // the result chart: you, the machine and chance, one point per snapshot played
        Object points =
                driver.executeScript(
                        "const c = document.querySelector('.gp-game-result gp-line-chart');"
                                + " return c && c.pointCounts ? c.pointCounts() : [];");
        assertThat((List<?>) points).hasSize(3);
        assertThat(((Number) ((List<?>) points).get(0)).intValue()).isGreaterThanOrEqualTo(5);
        assertThat(driver.getPageSource()).contains("You were", "d′ =");
        assertThat(consoleErrors()).isEmpty();
    }
}
