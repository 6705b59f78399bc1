package org.ganplayground;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Several machines (README.md, "Several machines"), each node in its own JVM on one embedded
 * PostgreSQL: two web nodes and a worker. A run launched in Chromium on web node 1 is trained by
 * the worker and watched live on web node 2 (another host name, so another session); the worker is
 * killed with SIGKILL mid-run; a new worker started after it resumes the run from its last
 * checkpoint, and the page on web node 2, never reloaded, shows it finish. Every snapshot stored
 * before the kill is kept, unchanged.
 */
class ClusterIT {

    private static final String TEACHER = "msrivera";
    private static final String PASSWORD = "correct horse battery";
    private static final int ITERATIONS = 20_000;
    private static final int EVERY = 400;

    private final Path dir = Path.of("target", "cluster-it", UUID.randomUUID().toString());
    private final List<AppNode> nodes = new ArrayList<>();
    private ChromeDriver driver;
    private String dbUrl;

    /** One app node: a JVM started from this test's class path, its log in a file. */
    private record AppNode(String name, Process process, Path log, int port) {
        String base(String host) {
            return "http://" + host + ":" + port + "/";
        }
    }

    private AppNode start(String name, String role) throws IOException {
        int port = role.equals("worker") ? 0 : freePort();
        Path log = dir.resolve(name + ".log");
        List<String> cmd =
                List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx1g",
                        "-Dvaadin.productionMode=true",
                        // a gone node is noticed within seconds, not the default 15 s
                        "-Dgan.node.heartbeat-ms=1000",
                        "-Dgan.node.gone-ms=5000",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Application.class.getName());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("GAN_DB_URL", dbUrl);
        env.put("GAN_DB_USER", "postgres");
        env.put("GAN_DB_PASSWORD", "");
        env.put("GAN_DB_POOL", "8");
        env.put("GAN_NODE_ROLE", role);
        env.put("GAN_NODE_NAME", name);
        env.put("GAN_DATA_DIR", dir.resolve(name).toString());
        env.put("PORT", String.valueOf(port));
        AppNode node = new AppNode(name, pb.start(), log, port);
        nodes.add(node);
        return node;
    }

    @Test
    void
            a_run_launched_on_one_web_node_trains_on_a_worker_is_watched_on_the_other_and_outlives_a_killed_worker()
                    throws Exception {
        Files.createDirectories(dir);
        dbUrl = PostgresForTests.urlOfNewDatabase(dir.toAbsolutePath().toString());
        // the first node makes the tables; the others then start side by side
        AppNode web1 = start("web1", "web");
        waitUntil(Duration.ofMinutes(3), () -> answers(web1), web1);
        AppNode web2 = start("web2", "web");
        AppNode worker1 = start("worker1", "worker");
        waitUntil(Duration.ofMinutes(3), () -> answers(web2), web2);
        waitUntil(Duration.ofMinutes(3), () -> registered("worker@worker1"), worker1);

        driver = BrowserIT.startChromium();
        String base1 = web1.base("localhost");
        // another host name: its own cookies, so its own session on the other node
        String base2 = web2.base("127.0.0.1");
        setUpTeacher(base1);
        BrowserIT.signIn(driver, base1, TEACHER, PASSWORD);
        driver.get(
                base1 + "?preset=ring-good&iterations=" + ITERATIONS + "&snapshot.every=" + EVERY);
        WebElement launch =
                new WebDriverWait(driver, Duration.ofSeconds(60))
                        .until(
                                d ->
                                        d
                                                .findElements(
                                                        By.xpath(
                                                                "//vaadin-button[contains(., 'Launch run')]"))
                                                .stream()
                                                .filter(b -> b.getAttribute("disabled") == null)
                                                .findFirst()
                                                .orElse(null));
        launch.click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().matches(".*/runs/\\d+$"));
        long runId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/runs/", ""));

        BrowserIT.signIn(driver, base2, TEACHER, PASSWORD);
        driver.get(base2 + "runs/" + runId);
        // live on web node 2: progress and chart points arrive with no reload
        BrowserIT.waitUntilLive(driver, Duration.ofSeconds(120), Duration.ofMillis(100));
        screenshot("cluster-web2-live");
        assertThat(nodeOf(runId)).startsWith("worker@worker1");

        // SIGKILL mid-run, once a few snapshots are stored
        waitUntil(Duration.ofMinutes(2), () -> snapshots(runId).size() >= 6, worker1);
        assertThat(status(runId)).isEqualTo("RUNNING");
        worker1.process().destroyForcibly().waitFor();
        Map<Integer, String> beforeKill = snapshots(runId);
        assertThat(beforeKill.keySet()).allMatch(i -> i < ITERATIONS);

        AppNode worker2 = start("worker2", "worker");
        // the page on web node 2, never reloaded, shows the run finish
        new WebDriverWait(driver, Duration.ofMinutes(4), Duration.ofMillis(250))
                .until(
                        d ->
                                d.getPageSource()
                                        .contains(
                                                String.format(
                                                        java.util.Locale.ROOT,
                                                        "Finished %,d iterations",
                                                        ITERATIONS)));
        screenshot("cluster-web2-finished");
        assertThat(status(runId)).isEqualTo("COMPLETED");
        assertThat(nodeOf(runId)).startsWith("worker@worker2");
        Map<Integer, String> after = snapshots(runId);
        assertThat(after).hasSize(ITERATIONS / EVERY + 1);
        // every snapshot completed before the kill is kept, unchanged (the one at the checkpoint
        // is taken again, identically: resumes are bit-identical)
        beforeKill.forEach(
                (iteration, metrics) -> assertThat(after).containsEntry(iteration, metrics));
        // one of the web nodes (whichever looked first) declared the worker gone
        assertThat(Files.readString(web1.log()) + Files.readString(web2.log()))
                .contains("Node worker@worker1")
                .contains("stopped beating and is gone");
        assertThat(worker2.process().isAlive()).isTrue();
    }

    private void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(
                dir.resolve(name + ".png"),
                driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    private void setUpTeacher(String base) {
        driver.get(base + "setup");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(d -> d.getPageSource().contains("Create the first teacher account"));
        driver.findElement(By.cssSelector("vaadin-text-field input")).sendKeys(TEACHER);
        for (WebElement e : driver.findElements(By.cssSelector("vaadin-password-field input"))) {
            e.sendKeys(PASSWORD, Keys.TAB);
        }
        driver.findElement(
                        By.xpath(
                                "//vaadin-button[contains(., 'Create the first teacher account')]"))
                .click();
        wait.until(d -> !d.getCurrentUrl().contains("/setup"));
    }

    private Connection db() throws SQLException {
        return DriverManager.getConnection(dbUrl, "postgres", "");
    }

    private boolean registered(String idPrefix) {
        try (Connection c = db();
                PreparedStatement s =
                        c.prepareStatement("select count(*) from node where id like ?")) {
            s.setString(1, idPrefix + "%");
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        } catch (SQLException e) {
            return false; // not migrated yet
        }
    }

    private String status(long runId) throws SQLException {
        return column(runId, "status");
    }

    private String nodeOf(long runId) throws SQLException {
        return column(runId, "node_id");
    }

    private String column(long runId, String column) throws SQLException {
        try (Connection c = db();
                PreparedStatement s =
                        c.prepareStatement("select " + column + " from run where id = ?")) {
            s.setLong(1, runId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The run's stored snapshots: iteration to metrics (losses and scores included). */
    private Map<Integer, String> snapshots(long runId) {
        Map<Integer, String> out = new LinkedHashMap<>();
        try (Connection c = db();
                PreparedStatement s =
                        c.prepareStatement(
                                "select iteration, metrics_json from run_snapshot where run_id = ?"
                                        + " order by iteration")) {
            s.setLong(1, runId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getInt(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static boolean answers(AppNode node) {
        try {
            HttpURLConnection c =
                    (HttpURLConnection)
                            URI.create(node.base("localhost") + "login").toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(5000);
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static void waitUntil(Duration timeout, BooleanSupplier ready, AppNode node)
            throws InterruptedException, IOException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!ready.getAsBoolean()) {
            if (!node.process().isAlive()) {
                throw new IllegalStateException(node.name() + " exited:\n" + tail(node.log(), 60));
            }
            if (System.nanoTime() > end) {
                throw new IllegalStateException(
                        node.name() + " not ready in " + timeout + ":\n" + tail(node.log(), 60));
            }
            Thread.sleep(250);
        }
    }

    private static String tail(Path log, int lines) throws IOException {
        List<String> all = Files.readAllLines(log);
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @AfterEach
    void stopEverything() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        for (AppNode n : nodes) {
            n.process().destroyForcibly();
        }
        for (AppNode n : nodes) {
            System.out.println("---- " + n.name() + " (last lines of " + n.log() + ")");
            System.out.println(tail(n.log(), 15));
        }
    }
}
