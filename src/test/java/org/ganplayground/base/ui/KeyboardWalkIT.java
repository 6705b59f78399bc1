package org.ganplayground.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.ganplayground.BrowserIT;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 12, "every action works by keyboard alone with a visible focus": a new learner picks the
 * ring preset, launches it, replays the finished run, reads a box's explanation, opens lesson 1 and
 * answers all its questions, with nothing but Tab, Shift+Tab, Enter, Space, Escape, Home, the arrow
 * keys and typed text (no clicks; the browser is only pointed at an address to sign in and to open
 * the playground afterwards, as typing an address is keyboard too).
 *
 * <p>At every place the focus stops, the focused element (found through shadow roots) must be on
 * screen, not covered by anything else, and show that it has the focus: a Vaadin component marks
 * keyboard focus with its {@code focus-ring} attribute (which its theme draws), any other element
 * needs an outline or a box shadow. A step that is not reached within {@link #MAX_PRESSES} presses
 * fails, naming where the focus went. Run at the four classroom sizes of {@link DevicesIT}; each
 * leaves a picture of the run page and of the lesson, and the order in which the focus travelled,
 * in target/screenshots.
 */
class KeyboardWalkIT extends BrowserIT {

    /** A keyboard user gives up long before this. */
    static final int MAX_PRESSES = 60;

    /**
     * Where the focus is: the deepest focused element through shadow roots, the component it
     * belongs to (a Vaadin field's slotted input belongs to the field, a link in a side navigation
     * item's shadow root to the item), the component's label, and why the focus could not be seen
     * (empty when it can).
     */
    private static final String FOCUS =
            """
            let el = document.activeElement;
            while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
            if (!el || el === document.body || el === document.documentElement) {
              return {tag: 'body', label: '', question: '', checked: false,
                  problem: 'the focus is on the page itself: it was lost, or left every control'};
            }
            let comp = el;
            const root = el.getRootNode();
            if (el.localName.includes('-') && el.localName !== 'vaadin-select-value-button') {
              comp = el;
            } else if (root instanceof ShadowRoot && root.host.localName.startsWith('vaadin-')) {
              comp = root.host;
            } else if (el.slot && el.parentElement && el.parentElement.localName.startsWith('vaadin-')) {
              comp = el.parentElement;
            }
            const clean = s => (s || '').trim().replace(/\\s+/g, ' ').slice(0, 60);
            const label = clean(comp.label || comp.getAttribute('aria-label') || comp.accessibleName
                || comp.innerText || el.getAttribute('aria-label') || el.innerText);
            const card = comp.closest && comp.closest('[id^=q-]');
            const out = {tag: comp.localName, deep: el.localName, label,
                question: card ? card.id.slice(2) : '', checked: !!(el.checked || comp.checked),
                problem: ''};
            // the element that must be seen: the component when it draws the ring, else the element
            const ringed = comp.hasAttribute('focus-ring') ? comp : null;
            const style = getComputedStyle(el);
            const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
            const shadow = style.boxShadow && style.boxShadow !== 'none';
            if (!ringed && !outline && !shadow) {
              out.problem = 'shows no focus indicator (no focus-ring attribute on ' + comp.localName
                  + ', no outline or box-shadow on ' + el.localName + ')';
              return out;
            }
            const target = ringed || el;
            const r = target.getBoundingClientRect();
            if (r.width < 1 || r.height < 1) {
              out.problem = 'has no size on screen (' + r.width + 'x' + r.height + ')';
              return out;
            }
            const left = Math.max(r.left, 0), right = Math.min(r.right, innerWidth);
            const top = Math.max(r.top, 0), bottom = Math.min(r.bottom, innerHeight);
            if (right - left < 1 || bottom - top < 1) {
              out.problem = 'is off screen (at ' + Math.round(r.left) + ',' + Math.round(r.top)
                  + ' in a ' + innerWidth + 'x' + innerHeight + ' window)';
              return out;
            }
            const x = (left + right) / 2, y = (top + bottom) / 2;
            const hit = drawnAt(x, y);
            if (!hit || !(within(hit, target) || within(target, hit))) {
              out.problem = 'is covered by ' + (hit ? hit.outerHTML.slice(0, 100) : 'nothing drawn');
            }
            return out;
            """;

    private DevicesIT.Viewport viewport;

    static Stream<DevicesIT.Viewport> viewports() {
        return DevicesIT.VIEWPORTS.stream();
    }

    private final List<String> trail = new ArrayList<>();
    private int presses;

    @ParameterizedTest(name = "{0}")
    @MethodSource("viewports")
    void a_learner_runs_the_ring_and_answers_lesson_1_by_keyboard_with_a_visible_focus(
            DevicesIT.Viewport v) throws IOException {
        viewport = v;
        DevicesIT.emulateSize(driver, v, v.height());
        try {
            signInAsNewLearner();
            open("");
            choosePresetAndLaunch();
            replayTheRun();
            openLessonOne();
            answerLessonOne();
        } finally {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            trail.add(presses + " key presses in all");
            Files.write(dir.resolve("KeyboardWalkIT-" + v.name() + "-focus-order.txt"), trail);
        }
        assertThat(consoleErrors()).isEmpty();
    }

    /** Step 1: the preset chooser, the iterations, Launch run. */
    private void choosePresetAndLaunch() {
        waitFor(By.xpath("//vaadin-button[contains(., 'Launch run')]"));
        settle();
        step("the playground");
        // the skip link is the first stop, and takes the keyboard past the menu
        tabTo("the skip link", f -> is(f, "vaadin-button", "Skip to the page's content"));
        press(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> List.of("h1", "h2").contains(String.valueOf(focus().get("tag"))));
        tabTo("the preset chooser", f -> is(f, "vaadin-select", "Start from a preset"));
        press(Keys.ENTER);
        waitFor(By.cssSelector("vaadin-select-overlay[opened]"), Duration.ofSeconds(5));
        // the list opens with the focus on an item; the arrow keys walk it
        keyTo(
                Keys.ARROW_DOWN,
                "the ring preset in the list",
                f -> is(f, "vaadin-select-item", "Ring of 8: a healthy game"));
        press(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(
                        d ->
                                driver.getCurrentUrl().contains("ring8")
                                        && (Boolean)
                                                driver.executeScript(
                                                        "return !document.querySelector('vaadin-select-overlay:is([opened], [closing])');"));
        checkFocus("the preset chooser, closed again");

        // the Training group opens with Enter; its Iterations field takes a small number
        tabTo("the Training group", f -> is(f, "vaadin-details-summary", "Training"));
        press(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(
                        d ->
                                (Boolean)
                                        driver.executeScript(
                                                "return [...document.querySelectorAll('vaadin-text-field')]"
                                                        + ".some(f => f.label === 'Iterations' && f.checkVisibility());"));
        tabTo("the Iterations field", f -> is(f, "vaadin-text-field", "Iterations"));
        new Actions(driver)
                .keyDown(Keys.CONTROL)
                .sendKeys("a")
                .keyUp(Keys.CONTROL)
                .sendKeys("3000")
                .perform();
        assertThat(driver.executeScript("return document.activeElement.value;"))
                .as("the Iterations field after typing")
                .isEqualTo("3000");
        tabTo("Launch run", f -> is(f, "vaadin-button", "Launch run"));
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(
                        d ->
                                driver.getCurrentUrl().matches(".*[?&]iterations=3000(&.*|$)")
                                        && (Boolean)
                                                driver.executeScript(
                                                        "return !document.activeElement.hasAttribute('disabled');"));
        press(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("/runs/"));
    }

    /**
     * Step 2: pause the live view if the run is still going, then the finished run's timeline
     * (Home, Play, Pause) and the "?" of the verdict box (Enter, Escape).
     */
    private void replayTheRun() throws IOException {
        step("the run page");
        waitFor(By.cssSelector("vaadin-progress-bar"));
        if (visible("Pause live view")) {
            boolean reached =
                    tabTo(
                            "Pause live view (while the run lasts)",
                            f -> is(f, "vaadin-button", "Pause live view"),
                            () -> !visible("Pause live view"));
            if (reached) {
                press(Keys.ENTER);
                new WebDriverWait(driver, Duration.ofSeconds(10))
                        .until(d -> visible("Resume live view") || !visible("Pause live view"));
                if (visible("Resume live view")) {
                    try {
                        checkFocus("Resume live view");
                    } catch (AssertionError e) {
                        // the run may have ended meanwhile: the button goes, and the focus with it
                        if (visible("Resume live view")) {
                            throw e;
                        }
                    }
                    press(Keys.ENTER);
                    new WebDriverWait(driver, Duration.ofSeconds(10))
                            .until(
                                    d ->
                                            !visible("Resume live view")
                                                    && (visible("Pause live view") || finished()));
                }
            }
        }
        new WebDriverWait(driver, Duration.ofSeconds(150)).until(d -> finished());
        settle();
        if (!"body".equals(focus().get("tag"))) {
            checkFocus("where the focus was when the run finished");
        }

        tabTo(
                "the timeline's slider",
                f -> "input".equals(f.get("tag")) && "Snapshot timeline".equals(f.get("label")));
        assertThat(timelineLabel())
                .as("the timeline after the run")
                .startsWith("iteration 3,000 (");
        String before = planePicture();
        press(Keys.HOME);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> timelineLabel().startsWith("iteration 0 (1 of"));
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .withMessage("the plane is drawn again for iteration 0")
                .until(d -> !planePicture().equals(before));
        checkFocus("the slider at iteration 0");

        shiftTabTo("Play", f -> is(f, "vaadin-button", "Play"));
        press(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .withMessage("Play moves the timeline on")
                .until(d -> !timelineLabel().contains("(1 of"));
        checkFocus("Pause, while the timeline plays");
        press(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> "Play".equals(focus().get("label")));
        checkFocus("Play, stopped");

        shiftTabTo("the verdict box's explanation", f -> is(f, "vaadin-button", "Explain Verdict"));
        press(Keys.ENTER);
        waitFor(
                By.xpath("//vaadin-popover-overlay[@opened]//*[contains(., 'on forgeries: ')]"),
                Duration.ofSeconds(10));
        checkFocus("with the verdict's explanation open");
        screenshot("run");
        press(Keys.ESCAPE);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(
                        d ->
                                (Boolean)
                                        driver.executeScript(
                                                "return !document.querySelector('vaadin-popover-overlay[opened]');"));
        assertThat(focus().get("label"))
                .as("the focus goes back to the ? after Escape")
                .isEqualTo("Explain Verdict");
        checkFocus("the ? after Escape");
    }

    /**
     * Step 3: Lessons in the side navigation (behind the drawer toggle where the drawer is an
     * overlay), then lesson 1's link in the list.
     */
    private void openLessonOne() {
        boolean overlay =
                (Boolean)
                        driver.executeScript(
                                "return document.querySelector('vaadin-app-layout').hasAttribute('overlay');");
        if (overlay) {
            shiftTabTo("the drawer toggle", f -> "vaadin-drawer-toggle".equals(f.get("tag")));
            press(Keys.ENTER);
            waitForDrawerOpen();
            tabTo("Lessons in the drawer", f -> is(f, "vaadin-side-nav-item", "Lessons"));
        } else {
            shiftTabTo(
                    "Lessons in the side navigation",
                    f -> is(f, "vaadin-side-nav-item", "Lessons"));
        }
        press(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().replaceAll("\\?.*", "").endsWith("/lessons"));
        waitFor(By.id("lesson-forger-and-inspector"));
        settle();
        step("the lessons");
        tabTo(
                "lesson 1 in the list",
                f -> "a".equals(f.get("tag")) && String.valueOf(f.get("label")).startsWith("1. "));
        press(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("/lessons/forger-and-inspector"));
        waitFor(By.id("q-reflect"));
        settle();
    }

    /** Every question of lessons/01-forger-and-inspector.md, in the page's order. */
    private void answerLessonOne() throws IOException {
        step("lesson 1");
        choose("forger-sees", "Only random noise");
        submit("forger-sees", "Prediction saved");
        type("predict-blobs", "6");
        submit("predict-blobs", "Prediction saved");
        type("modes-covered", "8");
        submit("modes-covered", "Right.");
        choose("forger-saw", "Only random noise");
        submit("forger-saw", "Right.");
        screenshot("lesson");
        type("reflect", "It followed the inspector's arrows.");
        submit("reflect", "Saved.");
    }

    /** Tabs to the question's first choice, then the arrow keys to the one wanted, then Space. */
    private void choose(String question, String choice) {
        tabTo(
                "question " + question,
                f ->
                        question.equals(f.get("question"))
                                && "vaadin-radio-button".equals(f.get("tag")));
        keyTo(
                Keys.ARROW_DOWN,
                "the choice \"" + choice + "\" of " + question,
                f -> String.valueOf(f.get("label")).startsWith(choice));
        press(Keys.SPACE);
        assertThat(focus().get("checked")).as(choice + " chosen").isEqualTo(true);
    }

    private void type(String question, String text) {
        tabTo(
                "question " + question,
                f ->
                        question.equals(f.get("question"))
                                && ("vaadin-text-field".equals(f.get("tag"))
                                        || "vaadin-text-area".equals(f.get("tag"))));
        new Actions(driver).sendKeys(text).perform();
    }

    private void submit(String question, String feedback) {
        tabTo(
                "the button of question " + question,
                f -> question.equals(f.get("question")) && "vaadin-button".equals(f.get("tag")));
        press(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .withMessage("feedback \"" + feedback + "\" on " + question)
                .until(d -> d.findElement(By.id("q-" + question)).getText().contains(feedback));
        checkFocus("the button of " + question + " after its answer");
    }

    // ---- the keyboard, and the check at every stop ----

    private void tabTo(String what, Predicate<Map<String, Object>> arrived) {
        tabTo(what, arrived, () -> false);
    }

    /** Presses Tab until the focus is where wanted; false if {@code giveUp} says so first. */
    private boolean tabTo(
            String what,
            Predicate<Map<String, Object>> arrived,
            java.util.function.BooleanSupplier giveUp) {
        return walk(Keys.TAB, false, what, arrived, giveUp);
    }

    private void shiftTabTo(String what, Predicate<Map<String, Object>> arrived) {
        walk(Keys.TAB, true, what, arrived, () -> false);
    }

    /** Presses a key (an arrow) until the focus is where wanted. */
    private void keyTo(Keys key, String what, Predicate<Map<String, Object>> arrived) {
        walk(key, false, what, arrived, () -> false);
    }

    private boolean walk(
            Keys key,
            boolean shift,
            String what,
            Predicate<Map<String, Object>> arrived,
            java.util.function.BooleanSupplier giveUp) {
        String keyName = (shift ? "Shift+" : "") + keyName(key);
        for (int i = 0; i <= MAX_PRESSES; i++) {
            if (i > 0) {
                if (shift) {
                    new Actions(driver)
                            .keyDown(Keys.SHIFT)
                            .sendKeys(key)
                            .keyUp(Keys.SHIFT)
                            .perform();
                } else {
                    new Actions(driver).sendKeys(key).perform();
                }
                presses++;
            }
            if (giveUp.getAsBoolean()) {
                trail.add("  (gave up on " + what + ")");
                return false;
            }
            Map<String, Object> f = focus();
            if (i > 0 || !"body".equals(f.get("tag"))) {
                f = checkFocus(keyName + " towards " + what);
            }
            if (arrived.test(f)) {
                trail.add("  reached " + what + " after " + i + " x " + keyName);
                return true;
            }
        }
        fail(
                viewport
                        + ": "
                        + what
                        + " was not reached within "
                        + MAX_PRESSES
                        + " presses of "
                        + keyName
                        + ". The focus went:\n"
                        + String.join(
                                "\n", trail.subList(Math.max(0, trail.size() - 70), trail.size())));
        return false;
    }

    private void press(Keys key) {
        new Actions(driver).sendKeys(key).perform();
        presses++;
        trail.add("  pressed " + keyName(key));
    }

    /**
     * Waits a moment for the focus to be seen (a scroll, a ring drawn on the next frame), then
     * fails naming the element if it is not.
     */
    private Map<String, Object> checkFocus(String when) {
        Map<String, Object> f = focus();
        try {
            f =
                    new WebDriverWait(driver, Duration.ofSeconds(2))
                            .pollingEvery(Duration.ofMillis(100))
                            .until(
                                    d -> {
                                        Map<String, Object> now = focus();
                                        return "".equals(now.get("problem")) ? now : null;
                                    });
        } catch (TimeoutException e) {
            f = focus();
        }
        trail.add(describe(f) + (f.get("problem").equals("") ? "" : "  <-- " + f.get("problem")));
        if (!"".equals(f.get("problem"))) {
            fail(
                    viewport
                            + ", "
                            + when
                            + ": the focus on "
                            + describe(f)
                            + " cannot be seen: it "
                            + f.get("problem")
                            + ". The focus went:\n"
                            + String.join(
                                    "\n",
                                    trail.subList(Math.max(0, trail.size() - 70), trail.size())));
        }
        return f;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> focus() {
        return (Map<String, Object>) driver.executeScript(HIT_TEST + FOCUS);
    }

    private static boolean is(Map<String, Object> f, String tag, String label) {
        return tag.equals(f.get("tag")) && label.equals(f.get("label"));
    }

    private static String describe(Map<String, Object> f) {
        String q = "".equals(f.get("question")) ? "" : " in question " + f.get("question");
        String deep =
                f.get("deep") == null || f.get("deep").equals(f.get("tag"))
                        ? ""
                        : " (" + f.get("deep") + ")";
        return f.get("tag") + deep + " \"" + f.get("label") + "\"" + q;
    }

    private static String keyName(Keys key) {
        return switch (key) {
            case TAB -> "Tab";
            case ARROW_DOWN -> "ArrowDown";
            default -> key.name();
        };
    }

    private void step(String name) {
        trail.add(name + ":");
    }

    // ---- what the page shows ----

    private boolean visible(String buttonText) {
        return (Boolean)
                driver.executeScript(
                        "return [...document.querySelectorAll('vaadin-button')]"
                                + ".some(b => b.innerText.trim() === arguments[0] && b.checkVisibility());",
                        buttonText);
    }

    private boolean finished() {
        return driver.getPageSource().contains("Finished 3,000 iterations");
    }

    private String timelineLabel() {
        return (String)
                driver.executeScript(
                        "const s = document.querySelector('input[aria-label=\"Snapshot timeline\"]');"
                                + " return s && s.nextElementSibling ? s.nextElementSibling.innerText.trim() : '';");
    }

    /** What the run page's plane shows, as the canvas's pixels. */
    private String planePicture() {
        return (String)
                driver.executeScript(
                        "const p = document.querySelector('gp-plane');"
                                + " const c = p && p.shadowRoot && p.shadowRoot.querySelector('canvas');"
                                + " return c ? c.toDataURL() : '';");
    }

    /** What the learner sees at this moment, focus included. */
    private void screenshot(String page) throws IOException {
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of());
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(
                dir.resolve("KeyboardWalkIT-" + viewport.name() + "-" + page + ".png"),
                Base64.getDecoder().decode((String) shot.get("data")));
    }
}
