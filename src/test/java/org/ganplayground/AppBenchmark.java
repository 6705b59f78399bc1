package org.ganplayground;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.ganplayground.classroom.TestAccounts;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.settings.Settings;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunService;
import org.ganplayground.training.RunStatus;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whole-app figures in a real browser, printed, never asserted: time from Launch to the first
 * forgeries on screen, page navigation with 10 runs queued on 2 cores, and stored bytes per
 * 2,000-iteration ring run. Needs a production frontend in target/classes (run ./mvnw verify
 * first). Run: java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * org.ganplayground.AppBenchmark
 */
public final class AppBenchmark {

    private static final String BENCH_RUN = "bench ring";
    private static final int ROUNDS = 20;

    public static void main(String[] args) throws Exception {
        String dir = "./target/bench-data/" + UUID.randomUUID();
        try (ConfigurableApplicationContext app =
                TestApp.start(
                        dir, "gan.queue.max-active-per-learner=20", "vaadin.productionMode=true")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            String base = "http://localhost:" + port + "/";
            RunService runs = app.getBean(RunService.class);
            var learner = app.getBean(TestAccounts.class).signedInLearner("bench password");
            long me = learner.id();
            ChromeDriver driver = BrowserIT.startChromium();
            BrowserIT.signIn(
                    driver, "http://localhost:" + port + "/", learner.username(), "bench password");
            boolean navOnly = args.length > 0 && args[0].equals("navigation");
            try {
                if (!navOnly) {
                    firstSnapshot(driver, base);
                }
            } catch (RuntimeException e) {
                java.nio.file.Files.write(
                        java.nio.file.Path.of("target", "bench-failure.png"),
                        driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
                throw e;
            }
            try {
                navigation(driver, base, runs, me);
                if (!navOnly) {
                    storage(app, runs, me);
                }
            } finally {
                driver.quit();
            }
        }
        System.exit(0);
    }

    private static void firstSnapshot(ChromeDriver driver, String base) {
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            driver.get(base + "?preset=ring-good&seed=" + (100 + i));
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(
                            ExpectedConditions.elementToBeClickable(
                                    By.xpath(
                                            "//vaadin-button[contains(., 'Launch run') and not(@disabled)]")));
            long t0 = System.nanoTime();
            driver.findElement(By.xpath("//vaadin-button[contains(., 'Launch run')]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(20))
                    // the timeline label appears with the first snapshot on screen
                    .until(
                            d ->
                                    (Boolean)
                                            driver.executeScript(
                                                    "return /iteration \\d+ \\(\\d+ of \\d+\\)/.test(document.body.innerText);"));
            ms.add((System.nanoTime() - t0) / 1_000_000);
            new WebDriverWait(driver, Duration.ofSeconds(120))
                    .until(d -> d.getPageSource().contains("Finished"));
        }
        System.out.println("launch_to_first_snapshot_ms=" + ms);
    }

    private static void navigation(ChromeDriver driver, String base, RunService runs, long me)
            throws InterruptedException {
        // one finished run, so the session list has a row to show
        Run done =
                runs.launch(
                        Settings.read(Map.of("domain", "points-2d", "iterations", "500")).orThrow(),
                        BENCH_RUN,
                        null);
        while (runs.find(done.getId()).orElseThrow().getStatus().isActive()) {
            Thread.sleep(100);
        }
        clickAround(driver, base, "navigation_idle");
        GanConfig slow =
                Settings.read(Map.of("domain", "creatures", "iterations", "3000")).orThrow();
        for (int i = 0; i < 10; i++) {
            runs.launch(
                    Settings.with(slow, Map.of("seed", Long.toString(i))).orThrow(),
                    "queued " + i,
                    null);
        }
        clickAround(driver, base, "navigation_with_10_queued");
        runs.runsOf().stream()
                .filter(r -> r.getStatus().isActive())
                .forEach(r -> runs.cancel(r.getId()));
    }

    /**
     * In-app navigation, as a learner clicks through the side menu; p50/p95 per page and overall.
     * Timed inside the page, from the click on the menu link to the first animation frame that
     * shows the page's mark, so WebDriver round trips are not counted. The server figure is the
     * summed duration of the page's requests. With -Dbench.detail each navigation is printed with
     * its requests as start-first byte-end, in ms after the click.
     */
    private static void clickAround(ChromeDriver driver, String base, String label) {
        driver.get(base + "about");
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> shows(d, "How deepfakes are made"));
        String[] items = {"Playground", "Sessions", "About"};
        String[] marks = {"Launch run", BENCH_RUN, "How deepfakes are made"};
        Map<String, List<Long>> perPage = new java.util.LinkedHashMap<>();
        Map<String, List<Long>> serverPerPage = new java.util.LinkedHashMap<>();
        List<Long> all = new ArrayList<>();
        // round 0 warms up (first visits compile code); the rounds after it are counted
        for (int round = 0; round <= ROUNDS; round++) {
            for (int p = 0; p < items.length; p++) {
                Navigation.Timed timed = Navigation.click(driver, items[p], marks[p]);
                if (System.getProperty("bench.detail") != null) {
                    System.out.println(
                            "  " + items[p] + " " + timed.ms() + " ms, requests " + timed.steps());
                }
                if (round == 0) {
                    continue;
                }
                perPage.computeIfAbsent(items[p], k -> new ArrayList<>()).add(timed.ms());
                serverPerPage
                        .computeIfAbsent(items[p], k -> new ArrayList<>())
                        .add(timed.serverMs());
                all.add(timed.ms());
            }
        }
        StringBuilder line = new StringBuilder(label + ": " + Navigation.percentiles(all));
        perPage.forEach(
                (page, ms) ->
                        line.append(" | ")
                                .append(page)
                                .append(' ')
                                .append(Navigation.percentiles(ms))
                                .append(" (server ")
                                .append(Navigation.percentiles(serverPerPage.get(page)))
                                .append(')'));
        System.out.println(line);
    }

    private static boolean shows(org.openqa.selenium.WebDriver d, String text) {
        return (Boolean)
                ((ChromeDriver) d)
                        .executeScript(
                                "return document.body.innerText.includes(arguments[0]);", text);
    }

    private static void storage(ConfigurableApplicationContext app, RunService runs, long me)
            throws Exception {
        GanConfig ring =
                Settings.read(Map.of("domain", "points-2d", "iterations", "2000")).orThrow();
        Run run = runs.launch(ring, "storage", null);
        while (runs.find(run.getId()).orElseThrow().getStatus() != RunStatus.COMPLETED) {
            Thread.sleep(200);
        }
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        Long snapshots =
                jdbc.queryForObject(
                        "select sum(octet_length(metrics_json) + coalesce(octet_length(fake_samples), 0)"
                                + " + coalesce(octet_length(real_samples), 0) + coalesce(octet_length(image_png), 0)"
                                + " + coalesce(octet_length(arrays), 0)) from run_snapshot where run_id = ?",
                        Long.class,
                        run.getId());
        Long checkpoint =
                jdbc.queryForObject(
                        "select octet_length(state) from run_checkpoint where run_id = ?",
                        Long.class,
                        run.getId());
        System.out.printf(
                Locale.ROOT,
                "ring_2000_it_storage: snapshots=%d bytes=%d checkpoint_bytes=%d%n",
                runs.snapshots(run.getId()).size(),
                snapshots,
                checkpoint);
    }
}
