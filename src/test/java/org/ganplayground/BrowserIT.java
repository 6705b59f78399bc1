package org.ganplayground;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Whole-app tests: the production-built app on a random port, driven by Debian's Chromium through
 * Debian's chromedriver (no driver download). Each test leaves a screenshot in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserIT {

    @LocalServerPort protected int port;

    @org.springframework.beans.factory.annotation.Autowired
    protected org.ganplayground.classroom.TestAccounts accounts;

    protected static final String PASSWORD = "correct horse battery";

    protected ChromeDriver driver;
    private String testName;

    @BeforeEach
    void startBrowser(TestInfo info) throws IOException {
        testName =
                info.getTestClass().map(Class::getSimpleName).orElse("test")
                        + "-"
                        + info.getTestMethod().map(m -> m.getName()).orElse("");
        accounts.ensureSetUp();
        driver = startChromium();
    }

    /** A new learner of no class, signed in through the sign-in page. */
    protected org.ganplayground.classroom.Caller signInAsNewLearner() {
        var learner =
                accounts.createWithPassword(
                        "learner", org.ganplayground.classroom.Role.LEARNER, null, PASSWORD);
        signIn(learner.username(), PASSWORD);
        return learner;
    }

    /** Signs in through the sign-in page and waits for the app to open. */
    protected void signIn(String username, String password) {
        signIn(driver, "http://localhost:" + port + "/", username, password);
    }

    /** A run page's progress bar value, 0 to 1. */
    public static double progressOf(ChromeDriver driver) {
        Object v =
                driver.executeScript(
                        "const p = document.querySelector('vaadin-progress-bar');"
                                + " return p ? p.value : 0;");
        return v == null ? 0 : ((Number) v).doubleValue();
    }

    /** Points drawn in a run page's first chart (the inspector's scores), over all its lines. */
    public static long scoreChartPoints(ChromeDriver driver) {
        Object n =
                driver.executeScript(
                        "const c = [...document.querySelectorAll('gp-line-chart')]"
                                + ".find(c => c.chartTitle.startsWith(\"Inspector's scores\"));"
                                + " return c && c.pointCounts ? c.pointCounts().reduce((a, b) => a + b, 0) : 0;");
        return ((Number) n).longValue();
    }

    /**
     * Waits until the open run page is live: its progress bar has moved and its first chart has
     * points, then both advance again with no reload.
     */
    public static void waitUntilLive(ChromeDriver driver, Duration timeout, Duration poll) {
        WebDriverWait live = new WebDriverWait(driver, timeout, poll);
        live.until(d -> progressOf(driver) > 0 && scoreChartPoints(driver) >= 2);
        double progressBefore = progressOf(driver);
        long pointsBefore = scoreChartPoints(driver);
        live.until(
                d ->
                        progressOf(driver) > progressBefore
                                && scoreChartPoints(driver) > pointsBefore);
    }

    /** Signs in at {@code base} through its sign-in page and waits for the app to open. */
    public static void signIn(ChromeDriver driver, String base, String username, String password) {
        driver.get(base + "login");
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(password + org.openqa.selenium.Keys.ENTER);
        // signed in once the app's frame offers to sign out
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(
                        d ->
                                !d.getCurrentUrl().contains("/login")
                                        && d.findElements(
                                                                By.xpath(
                                                                        "//vaadin-button[contains(., 'Sign out')]"))
                                                        .size()
                                                > 0);
    }

    /** Debian's Chromium through Debian's chromedriver, headless, with a fresh profile. */
    public static ChromeDriver startChromium() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory("gp-chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(
                                Path.of(
                                                System.getProperty(
                                                        "chromedriver.binary",
                                                        "/usr/bin/chromedriver"))
                                        .toFile())
                        .usingAnyFreePort()
                        .build();
        return new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (driver == null) {
            return;
        }
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(testName + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } finally {
            driver.quit();
        }
    }

    protected void open(String path) {
        driver.get("http://localhost:" + port + "/" + path);
        waitFor(By.cssSelector("vaadin-app-layout"));
    }

    protected WebElement waitFor(By by) {
        return waitFor(by, Duration.ofSeconds(20));
    }

    protected WebElement waitFor(By by, Duration timeout) {
        return new WebDriverWait(driver, timeout)
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the app layout's drawer (an overlay on narrow screens) is open. */
    protected void waitForDrawerOpen() {
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(
                        d ->
                                (Boolean)
                                        driver.executeScript(
                                                "return document.querySelector('vaadin-app-layout').drawerOpened;"));
    }

    /** Presses "Launch run" on the playground once it is enabled and waits for the run page. */
    protected void launchRun() {
        WebElement launch = waitFor(By.xpath("//vaadin-button[contains(., 'Launch run')]"));
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> launch.getAttribute("disabled") == null);
        launch.click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("/runs/"));
    }

    /** Waits until the server has answered every request and the browser has drawn the result. */
    protected void settle() {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(
                        d ->
                                (Boolean)
                                        driver.executeScript(
                                                "return !!window.Vaadin && !!window.Vaadin.Flow"
                                                        + " && Object.values(window.Vaadin.Flow.clients)"
                                                        + ".every(c => !c.isActive || !c.isActive());"));
        driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + " requestAnimationFrame(() => requestAnimationFrame(() => done()));");
    }

    /**
     * Script functions for "is anything drawn over this element": {@code drawnAt(x, y)} is the
     * element on top at a point, looked for through shadow roots (an overlay shows its items
     * through one); {@code within(node, outer)} says whether a node is inside another, across slots
     * and shadow roots.
     */
    protected static final String HIT_TEST =
            """
            const drawnAt = (x, y) => {
              let hit = document.elementFromPoint(x, y);
              while (hit && hit.shadowRoot) {
                const inner = hit.shadowRoot.elementFromPoint(x, y);
                if (!inner || inner === hit) break;
                hit = inner;
              }
              return hit;
            };
            const within = (node, outer) => {
              for (let n = node; n; n = n.assignedSlot || n.parentNode || n.host) {
                if (n === outer) return true;
              }
              return false;
            };
            """;

    /** Severe entries of the browser console since the last call (errors, failed loads). */
    protected List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }
}
