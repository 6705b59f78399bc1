package org.ganplayground.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ganplayground.BrowserIT;
import org.ganplayground.classroom.AccountService;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.Role;
import org.ganplayground.classroom.TestAccounts;
import org.ganplayground.training.RunService;
import org.ganplayground.training.RunSharing;
import org.ganplayground.training.StepSessions;
import org.ganplayground.training.TestRuns;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page of the app, opened by the role that uses it, passes axe-core's WCAG 2.1 A/AA rules and
 * its best practices (landmarks, heading order), and shows a learner's markup as text. Each person
 * browses on their own loopback address, so one Chromium holds every session at once (as in
 * teaching/ui/ClassSessionIT.java). Keyboard focus and reduced motion, which axe-core does not
 * check, have a test of their own.
 */
class AccessibilityIT extends BrowserIT {

    /**
     * TODO(lead): violations inside the run, step and compare pages' own components (RunView,
     * StepView, CompareView, RunCharts, LineChart, PlaneCanvas, SnapshotPanel), page -> rule ids.
     * They are still printed, marked "known"; remove each entry once fixed.
     */
    /** Rules known to fail on a page and left for later, by page name: none. */
    static final Map<String, Set<String>> LEAD_OWNED_KNOWN = Map.of();

    /** Markup a learner might type into a run's name; no page may turn it into an element. */
    static final String INJECTED = "<b class=\"gp-injected\">first</b>";

    @Autowired RunService runs;
    @Autowired TestRuns testRuns;
    @Autowired StepSessions stepSessions;
    @Autowired RunSharing sharing;
    @Autowired org.ganplayground.sweeps.SweepService sweeps;
    @Autowired AccountService accountService;
    @Autowired org.ganplayground.game.GameService games;
    @Autowired org.ganplayground.game.ClassGames classGames;

    private int checked;

    /** A page as one person sees it; {@code then}, if any, is done there before the check. */
    private record Page(String name, String base, String path, String title, Runnable then) {
        Page(String name, String base, String path, String title) {
            this(name, base, path, title, null);
        }
    }

    @Test
    void every_page_passes_axe_core_wcag_21_aa_and_best_practices_for_the_role_that_opens_it()
            throws Exception {
        long started = System.nanoTime();
        TestAccounts.ClassOf c = accounts.classOf(2, PASSWORD);
        Caller ada = c.learners().get(0);
        Caller bob = c.learners().get(1);
        Caller admin = accounts.createWithPassword("admin", Role.ADMIN, null, PASSWORD);
        as(c.teacher(), () -> accountService.setSharing(c.classId(), true));
        // a name with markup in it: shown as text everywhere, never as HTML
        long a =
                as(
                        ada,
                        () ->
                                runs.launch(
                                                TestRuns.ring(1, 300),
                                                "ada's " + INJECTED + " ring",
                                                null)
                                        .getId());
        long b =
                as(
                        ada,
                        () ->
                                runs.launch(TestRuns.ring(2, 300), "ada's second ring", null)
                                        .getId());

        String out = base(1);
        String adas = base(2);
        String bobs = base(3);
        String teachers = base(4);
        String admins = base(5);
        String guests = base(6);
        List<Page> pages = new ArrayList<>();
        pages.add(new Page("sign in", out, "login", "Sign in"));
        pages.add(new Page("sign in, wrong password", out, "login?error", "Sign in"));
        pages.add(new Page("sign up", out, "signup", "Sign up"));
        pages.add(new Page("join a class", out, "signup?join", "Sign up"));
        pages.add(new Page("about, signed out", out, "about", "Welcome"));
        pages.add(
                new Page(
                        "a guest's account",
                        guests,
                        "login",
                        "Sign in",
                        () -> {
                            click(By.xpath("//vaadin-button[contains(., 'Try without')]"));
                            new WebDriverWait(driver, Duration.ofSeconds(20))
                                    .until(d -> d.getTitle().startsWith("Playground |"));
                            driver.get(guests + "account");
                            new WebDriverWait(driver, Duration.ofSeconds(20))
                                    .until(d -> d.getTitle().startsWith("My account |"));
                        }));
        List<String> found = new ArrayList<>(check(pages));

        as(
                ada,
                () -> {
                    testRuns.waitUntilDone(a);
                    testRuns.waitUntilDone(b);
                    return null;
                });
        as(ada, () -> sharing.share(a, true));
        long step = as(ada, () -> stepSessions.open(TestRuns.ring(3, 300), null).getId());
        long sweep =
                as(
                        ada,
                        () ->
                                sweeps.start(
                                                TestRuns.ring(5, 300),
                                                org.ganplayground.sweeps.SweepRequest.seeds(
                                                        List.of(1L, 2L)),
                                                null)
                                        .getId());
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofMinutes(3))
                .until(
                        () ->
                                as(
                                        ada,
                                        () ->
                                                sweeps.rows(sweep).stream()
                                                        .allMatch(
                                                                r ->
                                                                        r.status() != null
                                                                                && !r.status()
                                                                                        .isActive())));
        var options =
                new org.ganplayground.game.GameOptions(
                        org.ganplayground.game.Format.PAIR,
                        org.ganplayground.game.Walk.EARLY_TO_LATE,
                        5,
                        0,
                        true);
        long playing = as(ada, () -> games.start(a, options).getId());
        long played =
                as(
                        ada,
                        () -> {
                            long id = games.start(a, options).getId();
                            for (int place = 0; place < 5; place++) {
                                games.answer(
                                        id,
                                        place,
                                        place % 2 == 0
                                                ? org.ganplayground.game.Answer.FIRST
                                                : org.ganplayground.game.Answer.SECOND,
                                        900);
                            }
                            return id;
                        });
        long classGame = as(c.teacher(), () -> classGames.start(c.classId(), a, options).getId());
        as(
                bob,
                () -> {
                    long id = classGames.join(classGame).getId();
                    games.answer(id, 0, org.ganplayground.game.Answer.FIRST, 900);
                    return id;
                });
        long training =
                as(
                        bob,
                        () ->
                                runs.launch(TestRuns.ring(4, 20_000), "bob's long ring", null)
                                        .getId());

        signIn(driver, adas, ada.username(), PASSWORD);
        signIn(driver, bobs, bob.username(), PASSWORD);
        signIn(driver, teachers, c.teacher().username(), PASSWORD);
        signIn(driver, admins, admin.username(), PASSWORD);
        String cls = "classes/" + c.classId();
        pages.clear();
        pages.add(new Page("playground", adas, "", "Playground"));
        pages.add(
                new Page(
                        "playground, creatures with a rule",
                        adas,
                        "?preset=creatures-8legs",
                        "Playground"));
        pages.add(
                new Page(
                        "playground, the sweep dialog",
                        adas,
                        "?preset=tarantula-upfront",
                        "Playground",
                        () -> {
                            click(By.xpath("//vaadin-button[starts-with(.,'Sweep')]"));
                            waitFor(By.cssSelector("vaadin-dialog-overlay[opened]"));
                        }));
        pages.add(new Page("lessons", adas, "lessons", "Lessons"));
        pages.add(new Page("a lesson", adas, "lessons/forger-and-inspector", "Lesson"));
        pages.add(new Page("sessions", adas, "sessions", "Sessions"));
        pages.add(
                new Page(
                        "sessions, one run ticked",
                        adas,
                        "sessions",
                        "Sessions",
                        () -> {
                            click(By.cssSelector("vaadin-grid vaadin-checkbox"));
                            waitFor(By.xpath("//vaadin-button[.='Save']"));
                        }));
        pages.add(new Page("account", adas, "account", "My account"));
        pages.add(new Page("my data", adas, "account/data", "My data"));
        pages.add(new Page("gallery", bobs, "gallery", "Class gallery"));
        pages.add(new Page("about", adas, "about", "Welcome"));
        pages.add(new Page("no such page", adas, "no-such-page", "No such page"));
        pages.add(new Page("finished run", adas, "runs/" + a, "Run"));
        pages.add(new Page("compare", adas, "compare?runs=" + a + "," + b, "Compare"));
        pages.add(
                new Page(
                        "detector lab, a result",
                        adas,
                        "detector-lab?inspector=" + a + "&forger=" + b,
                        "Detector lab",
                        () -> {
                            click(By.xpath("//vaadin-button[.='Test the inspector']"));
                            waitFor(By.cssSelector(".gp-lab-result:not([hidden])"));
                        }));
        pages.add(new Page("be the inspector", adas, "inspector", "Be the inspector"));
        pages.add(new Page("a game's round", adas, "inspector/" + playing, "Inspector game"));
        pages.add(
                new Page(
                        "a game's round, answered",
                        adas,
                        "inspector/" + playing,
                        "Inspector game",
                        () -> {
                            click(By.id("gp-look"));
                            click(By.id("gp-answer-A"));
                            waitFor(By.id("gp-next"));
                        }));
        pages.add(new Page("a game's result", adas, "inspector/" + played, "Inspector game"));
        pages.add(
                new Page(
                        "a class game's board",
                        teachers,
                        "inspector/class/" + classGame,
                        "Class game"));
        pages.add(new Page("sweeps", adas, "sweeps", "Sweeps"));
        pages.add(new Page("a sweep", adas, "sweeps/" + sweep, "Sweep"));
        pages.add(new Page("a lesson with a sweep", adas, "lessons/given-up-front", "Lesson"));
        pages.add(new Page("step mode", adas, "step/" + step, "Step mode"));
        pages.add(new Page("shared run", bobs, "runs/" + a, "Run"));
        pages.add(new Page("classes", teachers, "classes", "My classes"));
        pages.add(new Page("class", teachers, cls, "Class"));
        pages.add(new Page("board", teachers, cls + "/board", "Live board"));
        pages.add(new Page("projector", teachers, cls + "/projector", "Projector"));
        pages.add(new Page("progress", teachers, cls + "/progress", "Progress"));
        pages.add(new Page("predictions", teachers, cls + "/predictions", "Class predictions"));
        pages.add(new Page("class gallery", teachers, cls + "/gallery", "Class gallery"));
        pages.add(new Page("class data", teachers, cls + "/data", "Data and retention"));
        pages.add(new Page("learners' sessions", teachers, "sessions?whose=learners", "Sessions"));
        pages.add(new Page("teachers", admins, "teachers", "Teachers"));
        found.addAll(check(pages));
        // the setup page only opens before the first teacher exists, which BrowserIT creates
        as(bob, () -> runs.cancel(training));
        System.out.printf(
                "A11Y checked %d pages in %d s%n",
                checked, (System.nanoTime() - started) / 1_000_000_000);

        assertThat(found)
                .as("axe-core violations and markup shown as HTML, page -> rule -> elements")
                .isEmpty();
    }

    /** Opens each page, waits until it has rendered, and lists what axe-core finds there. */
    private List<String> check(List<Page> pages) {
        List<String> found = new ArrayList<>();
        for (Page p : pages) {
            driver.get(p.base() + p.path());
            waitUntilRendered(p);
            if (p.then() != null) {
                p.then().run();
                waitUntilIdle();
            }
            Results results =
                    new AxeBuilder()
                            .withTags(
                                    List.of(
                                            "wcag2a",
                                            "wcag2aa",
                                            "wcag21a",
                                            "wcag21aa",
                                            "best-practice"))
                            // Vaadin's own reconnect indicator sits outside every landmark
                            .exclude("vaadin-connection-indicator")
                            .analyze(driver);
            assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
            checked++;
            if (Boolean.TRUE.equals(
                    driver.executeScript("return !!document.querySelector('.gp-injected');"))) {
                found.add(p.name() + " (/" + p.path() + ") -> a learner's text shown as HTML\n");
            }
            Set<String> known = LEAD_OWNED_KNOWN.getOrDefault(p.name(), Set.of());
            for (Rule r : results.getViolations()) {
                String line = describe(p, r);
                if (known.contains(r.getId())) {
                    System.out.println("A11Y known (lead-owned): " + line);
                } else {
                    System.out.println("A11Y " + line);
                    found.add(line);
                }
            }
        }
        return found;
    }

    @Test
    void keyboard_focus_rings_links_and_reduced_motion_stills_the_busy_bar() {
        driver.get(base(1) + "login");
        waitUntilRendered(new Page("sign in", base(1), "login", "Sign in"));
        // Tab from the top until a plain link has the focus
        String focused = "";
        for (int i = 0; i < 12 && !"A".equals(focused); i++) {
            new org.openqa.selenium.interactions.Actions(driver)
                    .sendKeys(org.openqa.selenium.Keys.TAB)
                    .perform();
            focused = (String) driver.executeScript("return document.activeElement.tagName");
        }
        assertThat(focused).as("a link reached with Tab").isEqualTo("A");
        assertThat(
                        driver.executeScript(
                                "const s = getComputedStyle(document.activeElement);"
                                        + " return s.outlineStyle + ' ' + s.outlineWidth;"))
                .isEqualTo("solid 2px");

        driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of(
                        "features",
                        List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        Object animation =
                driver.executeScript(
                        "const bar = document.createElement('vaadin-progress-bar');"
                                + " bar.indeterminate = true; document.body.appendChild(bar);"
                                + " const value = bar.shadowRoot.querySelector('[part=value]');"
                                + " return getComputedStyle(value).animationName + ' '"
                                + " + getComputedStyle(value, '::before').animationName;");
        assertThat(animation).isEqualTo("none none");
    }

    /**
     * Does {@code work} as {@code who} on a thread of its own. A run event can be applied to an
     * open page inside ui.access on the thread that caused it, and the
     * DelegatingSecurityContextRunnable around it (training/ui/RunView.java,
     * teaching/ui/Secured.java) then leaves that page's user in the thread's security context: a
     * page an earlier test left open would take this one over.
     */
    private static <T> T as(Caller who, java.util.concurrent.Callable<T> work) throws Exception {
        java.util.concurrent.FutureTask<T> task =
                new java.util.concurrent.FutureTask<>(
                        () -> {
                            TestAccounts.signIn(who);
                            return work.call();
                        });
        new Thread(task, "as-" + who.username()).start();
        try {
            return task.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static void as(Caller who, Runnable work) throws Exception {
        as(
                who,
                () -> {
                    work.run();
                    return null;
                });
    }

    private void click(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(by))
                .click();
    }

    private static String describe(Page p, Rule r) {
        String targets =
                r.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget()))
                        .collect(Collectors.joining(" | "));
        boolean wcag = r.getTags().stream().anyMatch(t -> t.startsWith("wcag"));
        return p.name()
                + " (/"
                + p.path()
                + ") -> "
                + r.getId()
                + (wcag ? "" : " [best practice]")
                + " ("
                + r.getHelp()
                + ") -> "
                + targets
                + "\n";
    }

    /**
     * The page's title is set once its view has entered, and the Vaadin client is then idle: every
     * round trip for the view's content (grid rows, pushed snapshots) is done.
     */
    private void waitUntilRendered(Page p) {
        new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(100))
                .withMessage(
                        () ->
                                p.name()
                                        + " did not render: title '"
                                        + driver.getTitle()
                                        + "' at "
                                        + driver.getCurrentUrl())
                .until(d -> d.getTitle().startsWith(p.title() + " |"));
        waitUntilIdle();
    }

    private void waitUntilIdle() {
        new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(100))
                .withMessage(() -> "Vaadin stayed busy at " + driver.getCurrentUrl())
                .until(
                        d ->
                                Boolean.TRUE.equals(
                                        driver.executeScript(
                                                "const f = window.Vaadin && window.Vaadin.Flow;"
                                                        + " return !!(f && f.clients) && Object.values(f.clients)"
                                                        + ".every(c => !c.isActive || !c.isActive());")));
    }

    private String base(int n) {
        return "http://127.0.0." + n + ":" + port + "/";
    }
}
