package org.ganplayground;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A class of 30 on a freshly started server: 30 learners signed in, each in a tab of one Chromium
 * (each tab on its own loopback address, 127.0.0.2 to .31, so each has its own session cookie),
 * press Launch on the ring preset (3,000 iterations) within the same second. Printed, never
 * asserted: how many were accepted, refused and finished, the time until the last finished, each
 * learner's wait before their run started (min/median/max: fairness), navigation times of a 31st
 * learner meanwhile, and ERROR lines in the log. Needs a production frontend in target/classes (run
 * ./mvnw verify first). Run: java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * org.ganplayground.ClassBenchmark
 */
public final class ClassBenchmark {

    private static final int LEARNERS = 30;
    private static final String PASSWORD = "benchmark password";

    public static void main(String[] args) throws Exception {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(log);
        String dir = "./target/bench-data/class-" + UUID.randomUUID();
        try (ConfigurableApplicationContext app =
                TestApp.start(dir, "vaadin.productionMode=true")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            TestAccounts accounts = app.getBean(TestAccounts.class);
            accounts.ensureSetUp();
            TestAccounts.ClassOf klass = accounts.classOf(LEARNERS + 1, PASSWORD);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            if (args.length > 0 && args[0].equals("server")) {
                serverOnly(app, klass, jdbc);
                return;
            }
            ChromeDriver driver = BrowserIT.startChromium();
            try {
                run(driver, port, klass, jdbc, log);
            } finally {
                driver.quit();
            }
        }
        System.exit(0);
    }

    private static void run(
            ChromeDriver driver,
            int port,
            TestAccounts.ClassOf klass,
            JdbcTemplate jdbc,
            ListAppender<ILoggingEvent> log)
            throws Exception {
        List<String> tabs = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < LEARNERS; i++) {
            if (i > 0) {
                driver.switchTo().newWindow(WindowType.TAB);
            }
            String base = "http://127.0.0." + (i + 2) + ":" + port + "/";
            BrowserIT.signIn(driver, base, klass.learners().get(i).username(), PASSWORD);
            driver.get(base + "?preset=ring-good&iterations=3000");
            new WebDriverWait(driver, Duration.ofSeconds(60))
                    .until(
                            d ->
                                    d.findElements(
                                                            By.xpath(
                                                                    "//vaadin-button[contains(., 'Launch run') and not(@disabled)]"))
                                                    .size()
                                            > 0);
            tabs.add(driver.getWindowHandle());
        }
        System.out.printf(
                "signed in %d learners, each with the ring preset open, in %.1f s%n",
                LEARNERS, (System.nanoTime() - t0) / 1e9);

        // every tab presses Launch at the same instant, by its own timer
        long at = System.currentTimeMillis() + 4000;
        for (String tab : tabs) {
            driver.switchTo().window(tab);
            ((JavascriptExecutor) driver)
                    .executeScript(
                            """
                    const at = arguments[0];
                    setTimeout(() => [...document.querySelectorAll('vaadin-button')]
                        .find(b => b.textContent.includes('Launch run')).click(), at - Date.now());
                    """,
                            at);
        }
        int errorsBefore = errors(log).size();

        // a 31st learner clicks around meanwhile
        driver.switchTo().newWindow(WindowType.TAB);
        String observerBase = "http://127.0.0.40:" + port + "/";
        BrowserIT.signIn(driver, observerBase, klass.learners().get(LEARNERS).username(), PASSWORD);
        driver.get(observerBase + "about");
        List<Long> nav = new ArrayList<>();
        List<Long> ids = klass.learners().subList(0, LEARNERS).stream().map(Caller::id).toList();
        String in = String.join(",", ids.stream().map(String::valueOf).toList());
        String[] items = {"Playground", "Sessions", "Lessons", "About"};
        String[] marks = {
            "Launch run", "Your sessions", "The forger and the inspector", "How deepfakes are made"
        };
        long deadline = System.currentTimeMillis() + 600_000;
        int k = 0;
        Thread.sleep(Math.max(0, at - System.currentTimeMillis()));
        while (System.currentTimeMillis() < deadline) {
            Navigation.Timed t =
                    Navigation.click(driver, items[k % items.length], marks[k % items.length]);
            if (k >= items.length) {
                nav.add(t.ms()); // the first round warms up
            }
            k++;
            Long active =
                    jdbc.queryForObject(
                            "select count(*) from run where owner_id in ("
                                    + in
                                    + ") and status in ('QUEUED', 'RUNNING')",
                            Long.class);
            Long all =
                    jdbc.queryForObject(
                            "select count(*) from run where owner_id in (" + in + ")", Long.class);
            if (active == 0 && all > 0 && System.currentTimeMillis() > at + 3000) {
                break;
            }
        }

        List<Map<String, Object>> rows =
                jdbc.queryForList(
                        "select owner_id, status, created_at, started_at, finished_at from run where owner_id in ("
                                + in
                                + ")");
        long accepted = rows.size();
        long finished = rows.stream().filter(r -> "COMPLETED".equals(r.get("status"))).count();
        long learnersWithRun = rows.stream().map(r -> r.get("owner_id")).distinct().count();
        List<Long> waits = new ArrayList<>();
        long lastFinished = 0;
        for (Map<String, Object> r : rows) {
            Timestamp created = (Timestamp) r.get("created_at");
            Timestamp started = (Timestamp) r.get("started_at");
            Timestamp done = (Timestamp) r.get("finished_at");
            if (started != null) {
                waits.add(started.getTime() - created.getTime());
            }
            if (done != null) {
                lastFinished = Math.max(lastFinished, done.getTime());
            }
        }
        System.out.printf(
                "accepted=%d of %d learners (%d learners got a run), refused=%d, finished=%d%n",
                accepted, LEARNERS, learnersWithRun, LEARNERS - learnersWithRun, finished);
        System.out.printf(
                "time from the launch instant to the last finished: %.1f s%n",
                (lastFinished - at) / 1000.0);
        if (!waits.isEmpty()) {
            System.out.println(
                    "wait before start, ms: "
                            + Navigation.percentiles(waits)
                            + " min_ms="
                            + waits.stream().min(Long::compare).orElseThrow());
        }
        if (!nav.isEmpty()) {
            System.out.println("navigation meanwhile: " + Navigation.percentiles(nav));
        }
        List<String> errs = errors(log);
        System.out.println(
                "ERROR lines in the log during the class: " + (errs.size() - errorsBefore));
        errs.stream().skip(errorsBefore).limit(5).forEach(e -> System.out.println("  " + e));
    }

    /**
     * The same 30 launches through the service from 30 threads, with no browser on the machine:
     * what the server alone needs, to tell it apart from the 31 tabs' own CPU use.
     */
    private static void serverOnly(
            ConfigurableApplicationContext app, TestAccounts.ClassOf klass, JdbcTemplate jdbc)
            throws Exception {
        ClassRuns r =
                launchAtOnce(
                        app.getBean(org.ganplayground.training.RunService.class),
                        klass.learners().subList(0, LEARNERS),
                        jdbc);
        System.out.printf(
                "server only: finished=%d, time to the last finished %.1f s, CPU per run %.1f s%n",
                r.completed(), r.secondsToLastFinished(), r.cpuPerRunSeconds());
    }

    /** What a class's runs launched at once came to; {@code owners} is their ids, for SQL. */
    record ClassRuns(
            long completed, double secondsToLastFinished, double cpuPerRunSeconds, String owners) {}

    /**
     * Each learner launches the ring preset (3,000 iterations) from their own thread in the same
     * second, through the service; returns once every run has ended.
     */
    static ClassRuns launchAtOnce(
            org.ganplayground.training.RunService runs, List<Caller> learners, JdbcTemplate jdbc)
            throws Exception {
        var config = org.ganplayground.settings.Presets.byId("ring-good").orElseThrow().config();
        long at = System.currentTimeMillis() + 1000;
        List<Thread> threads = new ArrayList<>();
        for (Caller learner : learners) {
            Thread t =
                    new Thread(
                            () -> {
                                TestAccounts.signIn(learner);
                                try {
                                    Thread.sleep(Math.max(0, at - System.currentTimeMillis()));
                                    runs.launch(config, null, null);
                                } catch (Exception e) {
                                    System.out.println("refused: " + e.getMessage());
                                }
                            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        String in = String.join(",", learners.stream().map(c -> String.valueOf(c.id())).toList());
        while (jdbc.queryForObject(
                        "select count(*) from run where owner_id in ("
                                + in
                                + ") and status in ('QUEUED', 'RUNNING')",
                        Long.class)
                > 0) {
            Thread.sleep(200);
        }
        Timestamp last =
                jdbc.queryForObject(
                        "select max(finished_at) from run where owner_id in (" + in + ")",
                        Timestamp.class);
        Long cpu =
                jdbc.queryForObject(
                        "select sum(cpu_ms) from run where owner_id in (" + in + ")", Long.class);
        Long n =
                jdbc.queryForObject(
                        "select count(*) from run where owner_id in ("
                                + in
                                + ") and status = 'COMPLETED'",
                        Long.class);
        return new ClassRuns(n, (last.getTime() - at) / 1000.0, cpu / 1000.0 / Math.max(1, n), in);
    }

    private static List<String> errors(ListAppender<ILoggingEvent> log) {
        synchronized (log) {
            return log.list.stream()
                    .filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                    .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage())
                    .toList();
        }
    }
}
