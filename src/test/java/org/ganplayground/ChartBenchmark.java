package org.ganplayground;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ganplayground.classroom.TestAccounts;
import org.ganplayground.settings.Settings;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunService;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Is {@code <gp-line-chart>} smooth with 10,000 points per line? Opens a finished run's page in
 * Chromium, loads the scores chart with lines of 10,000 points through the same call the server
 * uses, and prints (never asserts) how long that takes and how long frames take while a replay
 * cursor sweeps across and while the pointer hovers (tooltips search the points). Needs a
 * production frontend in target/classes, as {@link AppBenchmark}. Run: java -cp
 * target/test-classes:target/classes:$(cat target/cp.txt) org.ganplayground.ChartBenchmark
 */
public final class ChartBenchmark {

    private static final String SCRIPT =
            """
            const [points, lines, done] = arguments;
            const chart = [...document.querySelectorAll('gp-line-chart')]
                .find(c => c.chartTitle.startsWith("Inspector's scores"));
            const series = [];
            for (let l = 0; l < lines; l++) {
              const p = [];
              for (let i = 0; i < points; i++) {
                p.push([i * 2, 0.5 + 0.4 * Math.sin(i / 300 + l) * Math.exp(-i / points) + 0.05 * Math.sin(i * 7.3 + l)]);
              }
              series.push({name: 'line ' + l, color: 'hsl(' + l * 90 + ',60%,40%)', points: p});
            }
            const json = JSON.stringify(series);
            const frames = (n, step) => new Promise(resolve => {
              const times = [];
              let last = performance.now(), i = 0;
              const tick = () => {
                const now = performance.now();
                if (i > 0) times.push(now - last);
                last = now;
                if (i++ >= n) { resolve(times); return; }
                step(i);
                requestAnimationFrame(tick);
              };
              requestAnimationFrame(tick);
            });
            const nextFrame = () => new Promise(r => requestAnimationFrame(() => r()));
            (async () => {
              await nextFrame();
              const loads = [];
              for (let k = 0; k < 5; k++) {
                const t0 = performance.now();
                chart.setSeries(json);
                await nextFrame();
                loads.push(performance.now() - t0);
              }
              const sweep = await frames(120, i => { chart.cursor = (i / 120) * points * 2; });
              const canvas = chart.shadowRoot.querySelector('canvas');
              const box = canvas.getBoundingClientRect();
              const hover = await frames(120, i => canvas.dispatchEvent(new MouseEvent('mousemove', {
                  clientX: box.left + box.width * i / 121, clientY: box.top + box.height / 2, bubbles: true})));
              done({loads, sweep, hover, width: Math.round(box.width), counts: chart.pointCounts()});
            })();
            """;

    public static void main(String[] args) throws Exception {
        String dir = "./target/bench-data/" + UUID.randomUUID();
        try (ConfigurableApplicationContext app =
                TestApp.start(dir, "vaadin.productionMode=true")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            RunService runs = app.getBean(RunService.class);
            var learner = app.getBean(TestAccounts.class).signedInLearner("bench password");
            long me = learner.id();
            Run run =
                    runs.launch(
                            Settings.read(Map.of("domain", "points-2d", "iterations", "200"))
                                    .orThrow(),
                            "chart bench",
                            null);
            while (runs.find(run.getId()).orElseThrow().getStatus().isActive()) {
                Thread.sleep(100);
            }
            ChromeDriver driver = BrowserIT.startChromium();
            BrowserIT.signIn(
                    driver, "http://localhost:" + port + "/", learner.username(), "bench password");
            try {
                driver.get("http://localhost:" + port + "/runs/" + run.getId());
                new WebDriverWait(driver, Duration.ofSeconds(30))
                        .until(
                                d ->
                                        (Boolean)
                                                driver.executeScript(
                                                        "return document.body.innerText.includes('Finished');"));
                driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
                for (int lines : new int[] {1, 4}) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> r =
                            (Map<String, Object>) driver.executeAsyncScript(SCRIPT, 10_000, lines);
                    System.out.printf(
                            "chart_10000_points lines=%d width_px=%s held=%s | setSeries_ms %s |"
                                    + " cursor_sweep_frame_ms %s | hover_frame_ms %s%n",
                            lines,
                            r.get("width"),
                            r.get("counts"),
                            stats(r.get("loads")),
                            stats(r.get("sweep")),
                            stats(r.get("hover")));
                }
            } finally {
                driver.quit();
            }
        }
        System.exit(0);
    }

    private static String stats(Object values) {
        List<Double> ms =
                ((List<?>) values).stream().map(v -> ((Number) v).doubleValue()).sorted().toList();
        return String.format(
                java.util.Locale.ROOT,
                "n=%d p50=%.1f p95=%.1f max=%.1f",
                ms.size(),
                ms.get(ms.size() / 2),
                ms.get((int) Math.ceil(ms.size() * 0.95) - 1),
                ms.get(ms.size() - 1));
    }
}
