package org.ganplayground.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.ganplayground.BrowserIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Classroom devices: the app used by touch on an iPad (1024x768 and 768x1024), a Chromebook
 * (1366x768) and a phone (390x844), emulated in one Chromium through DevTools (device metrics and
 * touch; every tap is a real touch event, so a control covered by another one fails to react).
 *
 * <p>On every page, at every size:
 *
 * <ul>
 *   <li><b>No sideways scrolling</b>: neither the page ({@code document.documentElement}), nor the
 *       app frame's content area, nor a grid is wider than what it shows. A failure names the
 *       widest element sticking out.
 *   <li><b>Tap targets of 44 x 44 px</b> (WCAG 2.5.5): every visible control (links, buttons, check
 *       boxes and radio buttons with their label, tabs, side navigation items, sliders, {@code
 *       role=button}, sort headers, the input area of selects and text fields) is at least 44 px
 *       wide and tall. The one exception is WCAG's own: a link that is {@code display: inline}
 *       inside a paragraph or list item ({@code p}, {@code li}, {@code dd}, {@code blockquote})
 *       holding more text than the link, i.e. a link inside a sentence, whose height is the line's.
 *       A link standing alone (a list of runs, "Download all my data") acts as a control and must
 *       be 44 px.
 *   <li><b>Navigation by touch</b>: each page is reached by tapping, as a learner would: the side
 *       navigation (opened with the drawer toggle where it is an overlay), a lesson from the list,
 *       a run from the sessions list.
 * </ul>
 *
 * Each page leaves a full-height screenshot named after the viewport in target/screenshots.
 */
class DevicesIT extends BrowserIT {

    /**
     * The run page is being rewritten on its own (training/ui/RunView.java): its problems are
     * written to target/screenshots/DevicesIT-run-page-findings-*.txt instead of failing this test.
     * Set to false once the run page passes the same checks.
     */
    static final boolean RUN_PAGE_PENDING = false;

    record Viewport(String name, int width, int height, boolean mobile) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Viewport> VIEWPORTS =
            List.of(
                    new Viewport("ipad-landscape-1024x768", 1024, 768, true),
                    new Viewport("ipad-portrait-768x1024", 768, 1024, true),
                    new Viewport("chromebook-1366x768", 1366, 768, false),
                    new Viewport("phone-390x844", 390, 844, true));

    static final Viewport PHONE = VIEWPORTS.get(3);

    /** Smallest tap target, in CSS pixels (WCAG 2.5.5, Apple's and Google's guidelines). */
    static final int TARGET = 44;

    private final List<String> problems = new ArrayList<>();
    private final List<String> runPageFindings = new ArrayList<>();

    @Test
    void every_page_fits_the_screen_and_is_usable_by_touch_on_classroom_devices()
            throws IOException {
        signInAsNewLearner();
        // a small finished run for the run page and the sessions list
        open("?preset=ring-good&iterations=300&snapshot.every=100");
        launchRun();
        String runPath = runPath();
        new WebDriverWait(driver, Duration.ofSeconds(120))
                .until(d -> d.getPageSource().contains("Finished 300 iterations"));

        for (Viewport v : VIEWPORTS) {
            emulate(v);
            open("");
            settle();
            check(v, "playground");

            navigate("Lessons", "/lessons");
            check(v, "lessons");

            tap(waitFor(By.xpath("//a[starts-with(normalize-space(.), '1.')]")));
            waitForUrl("/lessons/");
            waitFor(By.xpath("//h2[starts-with(normalize-space(.), '1.')]"));
            settle();
            check(v, "lesson");

            navigate("Sessions", "/sessions");
            WebElement runLink = waitFor(By.cssSelector("vaadin-grid a[href='" + runPath + "']"));
            settle();
            check(v, "sessions");
            tap(runLink);
            waitForUrl("/" + runPath);
            settle();
            check(v, "run");

            navigate("My account", "/account");
            check(v, "account");

            navigate("Class gallery", "/gallery");
            check(v, "gallery");

            navigate("About", "/about");
            check(v, "about");
        }
        writeRunPageFindings("pages");
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void on_a_phone_a_learner_taps_from_the_lessons_to_a_ring_run_and_watches_it_finish()
            throws IOException {
        emulate(PHONE);
        signInAsNewLearner();
        open("lessons");
        settle();
        navigate("Playground", "/");

        tap(waitFor(By.cssSelector("vaadin-select")));
        tap(
                waitFor(
                        By.xpath(
                                "//vaadin-select-overlay//vaadin-select-item[contains(., 'Ring of 8: a healthy game')]")));
        // the list closes on the tap and the preset's settings are in the link
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(
                        d ->
                                (Boolean)
                                        driver.executeScript(
                                                "return !document.querySelector('vaadin-select-overlay:is([opened], [closing])');"));
        assertThat(driver.getCurrentUrl()).contains("ring8");
        settle();
        check(PHONE, "playground-ring");

        WebElement launch = waitFor(By.xpath("//vaadin-button[contains(., 'Launch run')]"));
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> launch.getAttribute("disabled") == null);
        tap(launch);
        waitForUrl("/runs/");
        String runPath = runPath();
        new WebDriverWait(driver, Duration.ofSeconds(150))
                .until(d -> d.getPageSource().contains("Finished 3,000 iterations"));
        settle();
        check(PHONE, "run-ring-finished");

        // and back to it later, from the sessions list
        navigate("Sessions", "/sessions");
        check(PHONE, "sessions-with-ring");
        tap(waitFor(By.cssSelector("vaadin-grid a[href='" + runPath + "']")));
        waitForUrl("/" + runPath);
        waitFor(By.xpath("//*[contains(text(), 'Finished 3,000 iterations')]"));

        writeRunPageFindings("phone-ring");
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    /** The browser becomes the given device: its size, and a touch screen. */
    private void emulate(Viewport v) {
        emulateSize(v, v.height());
        driver.executeCdpCommand(
                "Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
    }

    private void emulateSize(Viewport v, int height) {
        emulateSize(driver, v, height);
    }

    /** The browser's window becomes the device's (also used by KeyboardWalkIT). */
    static void emulateSize(
            org.openqa.selenium.chrome.ChromeDriver driver, Viewport v, int height) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of(
                        "width",
                        v.width(),
                        "height",
                        height,
                        "deviceScaleFactor",
                        1,
                        "mobile",
                        v.mobile()));
    }

    /**
     * Taps the middle of an element with a touch event, after checking that nothing else is drawn
     * over that point.
     */
    private void tap(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        // still where it was a frame ago: a drawer or an overlay has finished sliding in
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(
                        d ->
                                (Boolean)
                                        driver.executeAsyncScript(
                                                "const el = arguments[0], done = arguments[1];"
                                                        + " const at = () => JSON.stringify(el.getBoundingClientRect());"
                                                        + " const before = at();"
                                                        + " setTimeout(() => done(at() === before), 100);",
                                                element));
        // the element under the finger
        List<?> at =
                (List<?>)
                        driver.executeScript(
                                HIT_TEST
                                        + """
                                        const el = arguments[0];
                                        const r = el.getBoundingClientRect();
                                        const x = r.left + r.width / 2, y = r.top + r.height / 2;
                                        const hit = drawnAt(x, y);
                                        const ok = hit && (within(hit, el) || within(el, hit));
                                        return [x, y, ok ? '' : (hit ? hit.outerHTML.slice(0, 120) : 'nothing')];
                                        """,
                                element);
        assertThat((String) at.get(2))
                .as("covers the middle of " + element.getText() + " (nothing should)")
                .isEmpty();
        Map<String, Object> point = Map.of("x", at.get(0), "y", at.get(1));
        driver.executeCdpCommand(
                "Input.dispatchTouchEvent",
                Map.of("type", "touchStart", "touchPoints", List.of(point)));
        driver.executeCdpCommand(
                "Input.dispatchTouchEvent", Map.of("type", "touchEnd", "touchPoints", List.of()));
    }

    /**
     * Opens a page from the side navigation, as a finger would: through the drawer toggle where the
     * drawer is an overlay (narrow screens), directly where it stays beside the content.
     */
    private void navigate(String item, String urlEnd) {
        boolean overlay =
                (Boolean)
                        driver.executeScript(
                                "return document.querySelector('vaadin-app-layout').hasAttribute('overlay');");
        if (overlay) {
            tap(waitFor(By.cssSelector("vaadin-drawer-toggle")));
            waitForDrawerOpen();
        }
        tap(waitFor(By.xpath("//vaadin-side-nav-item[normalize-space(.)='" + item + "']")));
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().replaceAll("\\?.*", "").endsWith(urlEnd));
        settle();
        if (overlay) {
            // the overlay gets out of the way of the page it opened
            new WebDriverWait(driver, Duration.ofSeconds(5))
                    .until(
                            d ->
                                    !(Boolean)
                                            driver.executeScript(
                                                    "return document.querySelector('vaadin-app-layout').drawerOpened;"));
        }
    }

    private void waitForUrl(String part) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains(part));
    }

    /** "runs/17" of the run page the browser shows. */
    private String runPath() {
        String url = driver.getCurrentUrl();
        return url.substring(url.indexOf("runs/")).replaceAll("[?#].*", "");
    }

    /** The page's checks at this size, then its screenshot. */
    private void check(Viewport v, String page) throws IOException {
        List<String> found = new ArrayList<>();
        found.addAll(overflow());
        found.addAll(smallTargets());
        List<String> into = page.startsWith("run") && RUN_PAGE_PENDING ? runPageFindings : problems;
        found.forEach(p -> into.add(v.name() + " " + page + ": " + p));
        screenshot(v, page);
    }

    /** What scrolls sideways: the page, the app frame's content area, or a grid. */
    @SuppressWarnings("unchecked")
    private List<String> overflow() {
        return (List<String>)
                driver.executeScript(
                        """
                        const describe = el => el.localName + (el.id ? '#' + el.id : '')
                            + (el.className && typeof el.className === 'string'
                                ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                            + ' "' + (el.innerText || '').trim().slice(0, 30).replace(/\\s+/g, ' ') + '"';
                        const widest = (within, limit) => {
                          let worst = null;
                          for (const el of within.querySelectorAll('*')) {
                            const r = el.getBoundingClientRect();
                            if (r.width > 0 && r.right > limit + 1 && (!worst || r.width > worst.w)) {
                              worst = {el, w: r.width, right: r.right};
                            }
                          }
                          return worst ? describe(worst.el) + ' ' + Math.round(worst.w)
                              + ' px wide, reaching ' + Math.round(worst.right) + ' px' : 'nothing found';
                        };
                        const out = [];
                        const doc = document.documentElement;
                        if (doc.scrollWidth > innerWidth) {
                          out.push('page scrolls sideways (' + doc.scrollWidth + ' > ' + innerWidth
                              + '): ' + widest(document.body, innerWidth));
                        }
                        const layout = document.querySelector('vaadin-app-layout');
                        const content = layout && layout.shadowRoot.querySelector('[content]');
                        if (content && content.scrollWidth > content.clientWidth + 1) {
                          const right = content.getBoundingClientRect().left + content.clientWidth;
                          const main = [...layout.children].filter(c => !c.slot);
                          out.push('content scrolls sideways (' + content.scrollWidth + ' > '
                              + content.clientWidth + '): '
                              + main.map(m => widest(m, right)).join('; '));
                        }
                        for (const grid of document.querySelectorAll('vaadin-grid')) {
                          const table = grid.shadowRoot && grid.shadowRoot.querySelector('#table');
                          if (table && grid.checkVisibility()
                              && table.scrollWidth > table.clientWidth + 1) {
                            out.push(describe(grid) + ' scrolls sideways (' + table.scrollWidth
                                + ' > ' + table.clientWidth + ')');
                          }
                        }
                        return out;
                        """);
    }

    /** Visible controls smaller than 44 x 44 px, by the rule in this class's comment. */
    @SuppressWarnings("unchecked")
    private List<String> smallTargets() {
        return (List<String>)
                driver.executeScript(
                        """
                        const TARGET = arguments[0];
                        const CONTROLS = 'a[href], button, vaadin-button, vaadin-checkbox,'
                            + ' vaadin-radio-button, vaadin-tab, vaadin-side-nav-item,'
                            + ' vaadin-drawer-toggle, input[type=range], [role=button], vaadin-select,'
                            + ' vaadin-combo-box, vaadin-text-field, vaadin-text-area,'
                            + ' vaadin-password-field, vaadin-number-field, vaadin-integer-field,'
                            + ' vaadin-email-field, vaadin-grid-sorter, vaadin-details-summary';
                        const FIELDS = /^vaadin-(select|combo-box|text-field|text-area|password-field|number-field|integer-field|email-field)$/;
                        // the light DOM and our own components' shadow roots (not Vaadin's insides)
                        const found = new Set();
                        const collect = root => {
                          root.querySelectorAll(CONTROLS).forEach(el => found.add(el));
                          root.querySelectorAll('*').forEach(el => {
                            if (el.shadowRoot && el.localName.startsWith('gp-')) collect(el.shadowRoot);
                          });
                        };
                        collect(document);
                        const inSentence = el => {
                          if (el.localName !== 'a' || getComputedStyle(el).display !== 'inline') return false;
                          const block = el.parentElement && el.parentElement.closest('p, li, dd, blockquote');
                          return !!block && block.textContent.trim().length > el.textContent.trim().length;
                        };
                        const out = [];
                        for (const el of found) {
                          if (!el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})) continue;
                          if (el.closest('[aria-hidden=true], [inert]')) continue;
                          let box = el.getBoundingClientRect();
                          if (box.width === 0 || box.height === 0) continue;
                          // off to the side: a closed drawer
                          if (box.right <= 0 || box.left >= innerWidth) continue;
                          if (FIELDS.test(el.localName) && el.shadowRoot) {
                            const part = el.shadowRoot.querySelector('[part~=input-field]');
                            if (part) box = part.getBoundingClientRect();
                          }
                          if (inSentence(el)) continue;
                          if (box.width < TARGET - 0.5 || box.height < TARGET - 0.5) {
                            const text = (el.innerText || el.getAttribute('aria-label') || el.label || '')
                                .trim().slice(0, 40).replace(/\\s+/g, ' ');
                            out.push(el.localName + (el.id ? '#' + el.id : '')
                                + (el.getAttribute('theme') ? '[theme=' + el.getAttribute('theme') + ']' : '')
                                + ' "' + text + '" ' + Math.round(box.width) + 'x'
                                + Math.round(box.height));
                          }
                        }
                        return out;
                        """,
                        TARGET);
    }

    /**
     * The whole page at this width: the viewport made as tall as the content for the picture, then
     * put back.
     */
    private void screenshot(Viewport v, String page) throws IOException {
        long height =
                ((Number)
                                driver.executeScript(
                                        "const l = document.querySelector('vaadin-app-layout');"
                                                + " const c = l.shadowRoot.querySelector('[content]');"
                                                + " return Math.ceil(c.getBoundingClientRect().top + c.scrollHeight);"))
                        .longValue();
        emulateSize(v, (int) Math.min(4000, Math.max(v.height(), height)));
        settle();
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of());
        emulateSize(v, v.height());
        settle();
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(
                dir.resolve("DevicesIT-" + v.name() + "-" + page + ".png"),
                Base64.getDecoder().decode((String) shot.get("data")));
    }

    private void writeRunPageFindings(String test) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve("DevicesIT-run-page-findings-" + test + ".txt"), runPageFindings);
        runPageFindings.forEach(f -> System.out.println("run page (pending): " + f));
    }
}
