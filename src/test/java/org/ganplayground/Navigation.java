package org.ganplayground;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * In-app navigation timed inside the page, as a learner clicks a side-menu item: from the click to
 * the first animation frame that shows the page's mark, so WebDriver round trips are not counted.
 * The server figure is the summed duration of the page's requests.
 */
public final class Navigation {

    /** One navigation: ms until shown, ms spent in server requests, and each request's timing. */
    public record Timed(long ms, long serverMs, String steps) {}

    private Navigation() {}

    public static Timed click(ChromeDriver driver, String item, String mark) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object[] timed =
                ((List<?>)
                                driver.executeAsyncScript(
                                        """
                const [item, mark, done] = arguments;
                performance.clearResourceTimings();
                const link = [...document.querySelectorAll('vaadin-side-nav-item')]
                    .find(e => e.textContent.includes(item)).shadowRoot.querySelector('a');
                const t0 = performance.now();
                const check = () => {
                  if (document.body.innerText.includes(mark)) {
                    requestAnimationFrame(() => {
                      const requests = performance.getEntriesByType('resource')
                          .filter(e => e.name.includes('v-r=uidl'));
                      const server = requests.reduce((sum, e) => sum + e.duration, 0);
                      const steps = requests
                          .map(e => [e.startTime, e.responseStart, e.responseEnd]
                              .map(t => Math.round(t - t0)).join('-'))
                          .join(' ');
                      done([Math.round(performance.now() - t0), Math.round(server), steps]);
                    });
                  } else {
                    requestAnimationFrame(check);
                  }
                };
                link.click();
                requestAnimationFrame(check);
                """,
                                        item,
                                        mark))
                        .toArray();
        return new Timed(
                ((Number) timed[0]).longValue(),
                ((Number) timed[1]).longValue(),
                String.valueOf(timed[2]));
    }

    public static String percentiles(List<Long> values) {
        List<Long> ms = new ArrayList<>(values);
        Collections.sort(ms);
        return String.format(
                Locale.ROOT,
                "n=%d p50_ms=%d p95_ms=%d max_ms=%d",
                ms.size(),
                ms.get(ms.size() / 2),
                ms.get((int) Math.ceil(ms.size() * 0.95) - 1),
                ms.get(ms.size() - 1));
    }
}
