package org.ganplayground;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.Limits;
import org.ganplayground.classroom.TestAccounts;
import org.ganplayground.settings.Settings;
import org.ganplayground.teaching.BoardTimings;
import org.ganplayground.training.RunService;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The class board with 30 learners whose runs all train at once (30 queue workers, so every tile
 * has news all the time): the teacher's board is open in Chromium for a minute. Printed, never
 * asserted: the server's time per board update (reading what is new, drawing pictures, changing the
 * page; aim under 300 ms) and, counted in the browser by a MutationObserver, how often each tile
 * changed (aim: at most once per second). Needs a production frontend in target/classes (run ./mvnw
 * verify first). Run: java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * org.ganplayground.BoardBenchmark
 */
public final class BoardBenchmark {

    private static final int LEARNERS = 30;
    private static final int WATCH_SECONDS = 60;
    private static final String PASSWORD = "benchmark password";

    /** Per tile, the times (ms) its subtree changed; one entry per batch of DOM changes. */
    private static final String OBSERVE =
            """
            window.gpTileChanges = {};
            const obs = new MutationObserver(records => {
              const now = performance.now();
              const touched = new Set();
              for (const r of records) {
                const tile = (r.target.nodeType === 1 ? r.target : r.target.parentElement)
                    ?.closest('.gp-tile');
                if (tile) touched.add(tile.dataset.learner);
              }
              touched.forEach(t => (window.gpTileChanges[t] ||= []).push(now));
            });
            obs.observe(document.querySelector('.gp-board'),
                {subtree: true, childList: true, characterData: true, attributes: true});
            """;

    /** Optional argument: queue workers (default 30: every run trains at once). */
    public static void main(String[] args) throws Exception {
        int workers = args.length > 0 ? Integer.parseInt(args[0]) : LEARNERS;
        System.out.println("BOARD with " + workers + " queue workers");
        String dir = "./target/bench-data/board-" + UUID.randomUUID();
        try (ConfigurableApplicationContext app =
                TestApp.start(
                        dir,
                        "vaadin.productionMode=true",
                        "gan.queue.workers=" + workers,
                        "logging.level.org.atmosphere=OFF")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            TestAccounts accounts = app.getBean(TestAccounts.class);
            accounts.ensureSetUp();
            TestAccounts.ClassOf klass = accounts.classOf(LEARNERS, PASSWORD);
            accounts.setLimits(klass.classId(), new Limits(1, LEARNERS, 3600, klass.classId()));
            ChromeDriver driver = BrowserIT.startChromium();
            try {
                String base = "http://localhost:" + port + "/";
                BrowserIT.signIn(driver, base, klass.teacher().username(), PASSWORD);
                driver.get(base + "classes/" + klass.classId() + "/board");
                new WebDriverWait(driver, Duration.ofSeconds(30))
                        .until(d -> d.findElements(By.cssSelector(".gp-tile")).size() == LEARNERS);
                driver.executeScript(OBSERVE);
                launchAll(app.getBean(RunService.class), klass);
                BoardTimings timings = app.getBean(BoardTimings.class);
                timings.clear();
                Thread.sleep(WATCH_SECONDS * 1000L);
                report(timings.millis(), tileChanges(driver));
            } finally {
                driver.quit();
            }
        }
        System.exit(0);
    }

    private static void launchAll(RunService runs, TestAccounts.ClassOf klass) throws Exception {
        // long enough that every run is still training when the minute is over
        Map<String, String> params =
                new java.util.HashMap<>(
                        org.ganplayground.settings.Presets.byId("ring-good")
                                .orElseThrow()
                                .params());
        params.put("iterations", "20000");
        params.put("snapshot.every", "100");
        var config = Settings.read(params).orThrow();
        List<Thread> threads = new ArrayList<>();
        for (Caller learner : klass.learners()) {
            Thread t =
                    new Thread(
                            () -> {
                                TestAccounts.signIn(learner);
                                runs.launch(config, null, null);
                            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        Thread.sleep(5000); // every run reaches its first snapshots
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<Number>> tileChanges(ChromeDriver driver) {
        return (Map<String, List<Number>>) driver.executeScript("return window.gpTileChanges");
    }

    private static void report(double[] ms, Map<String, List<Number>> changes) {
        System.out.printf(
                "BOARD server time per update over %d updates: median %.1f ms, p95 %.1f ms,"
                        + " max %.1f ms (aim: under 300 ms)%n",
                ms.length, at(ms, 0.5), at(ms, 0.95), ms.length == 0 ? 0 : ms[ms.length - 1]);
        int mostInASecond = 0;
        double shortestGap = Double.MAX_VALUE;
        long total = 0;
        for (List<Number> times : changes.values()) {
            total += times.size();
            for (int i = 0; i < times.size(); i++) {
                double t = times.get(i).doubleValue();
                int inSecond = 0;
                for (int j = i; j < times.size() && times.get(j).doubleValue() < t + 1000; j++) {
                    inSecond++;
                }
                mostInASecond = Math.max(mostInASecond, inSecond);
                if (i > 0) {
                    shortestGap = Math.min(shortestGap, t - times.get(i - 1).doubleValue());
                }
            }
        }
        System.out.printf(
                "BOARD browser: %d tiles changed %d times in %d s (%.2f per tile per second);"
                        + " most changes of one tile within any 1 s: %d; shortest gap %.0f ms"
                        + " (aim: at most 1 per tile per second)%n",
                changes.size(),
                total,
                WATCH_SECONDS,
                total / (double) Math.max(1, changes.size()) / WATCH_SECONDS,
                mostInASecond,
                shortestGap);
    }

    private static double at(double[] sorted, double q) {
        return sorted.length == 0
                ? 0
                : sorted[(int) Math.min(sorted.length - 1, q * sorted.length)];
    }
}
