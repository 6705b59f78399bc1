package org.ganplayground.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.engine.GanRun;
import org.ganplayground.engine.RunOutcome;
import org.ganplayground.engine.Snapshot;
import org.ganplayground.settings.Presets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs each lesson's experiment at its seed and checks what the lesson teaches: every after-run
 * number question tied to a metric, and the lesson's point in a cheap property, at its seed and the
 * two after it. Creature lessons run only when asked ({@link #CREATURES}).
 */
class LessonPointsTest {

    private final Map<GanConfig, Snapshot> finals = new HashMap<>();

    /** The seed each final snapshot was trained at, for points that compare runs at one seed. */
    private final Map<Snapshot, Long> seeds = new java.util.IdentityHashMap<>();

    /** The last snapshot of a run; runs shared by several lessons are trained once. */
    private Snapshot end(GanConfig config) {
        return finals.computeIfAbsent(
                config,
                c -> {
                    Snapshot[] last = new Snapshot[1];
                    RunOutcome outcome = GanRun.start(c).runToEnd(s -> last[0] = s, () -> false);
                    assertThat(outcome.kind()).isEqualTo(RunOutcome.Kind.COMPLETED);
                    seeds.put(last[0], c.seed());
                    return last[0];
                });
    }

    private Snapshot preset(String id) {
        return end(Presets.byId(id).orElseThrow().config());
    }

    private Snapshot reseededPreset(String id, long by) {
        return end(reseeded(Presets.byId(id).orElseThrow().config(), by));
    }

    /**
     * Creature runs take one to two minutes each (4 lessons x 3 seeds: about 15 minutes), too long
     * for the suite: they run with {@code -Dgan.lessons.creatures=true} (README "Lessons at other
     * seeds"); without it they are reported as skipped.
     */
    static final boolean CREATURES = Boolean.getBoolean("gan.lessons.creatures");

    private static void skipCreaturesUnlessAsked(Lesson lesson) {
        Assumptions.assumeTrue(
                CREATURES || !lesson.config().domain().id().equals("creatures"),
                "creature runs take minutes: run with -Dgan.lessons.creatures=true");
    }

    private final Map<String, Consumer<Snapshot>> points =
            Map.ofEntries(
                    // the forger learns "eight legs" from examples alone (99.6-100 % at seeds 1-8)
                    Map.entry(
                            "guardrails",
                            s -> assertThat(s.metric("pass legs==8")).isGreaterThan(0.95)),
                    // at the lesson's 1,500 iterations up front passes at least as often (every
                    // seed 1-16 measured), both near the ceiling
                    Map.entry(
                            "given-up-front",
                            s -> {
                                assertThat(s.metric("pass legs==8")).isGreaterThan(0.95);
                                Snapshot upfront =
                                        reseededPreset(
                                                "creatures-8legs-upfront",
                                                seeds.get(s)
                                                        - Presets.byId("creatures-8legs")
                                                                .orElseThrow()
                                                                .config()
                                                                .seed());
                                assertThat(upfront.metric("pass legs==8"))
                                        .isGreaterThanOrEqualTo(s.metric("pass legs==8"));
                            }),
                    // a short run already draws eight legs mostly: hard to spot by counting
                    Map.entry(
                            "deepfakes-and-society",
                            s -> assertThat(s.metric("pass legs==8")).isGreaterThan(0.8)),
                    Map.entry(
                            "human-versus-machine",
                            s -> assertThat(s.metric("pass legs==8")).isGreaterThan(0.9)),
                    Map.entry(
                            "forger-and-inspector",
                            s -> assertThat(s.metric("modes_covered")).isGreaterThanOrEqualTo(7)),
                    Map.entry(
                            "reading-the-scores",
                            s -> {
                                // "0.5 means can't tell": a good run ends near it (gap 0.08, 0.13,
                                // 0.08 at
                                // seeds 3, 4, 5)
                                assertThat(s.metric("score_real") - s.metric("score_fake"))
                                        .isLessThan(0.15);
                                assertThat(s.metric("accuracy")).isBetween(0.4, 0.65);
                            }),
                    Map.entry(
                            "when-forgeries-go-wrong",
                            s -> {
                                assertThat(s.metric("modes_covered")).isLessThanOrEqualTo(2);
                                assertThat(preset("ring-minimax").metric("modes_covered"))
                                        .isLessThan(preset("ring-good").metric("modes_covered"));
                                assertThat(preset("ring-minimax").metric("score_fake"))
                                        .isLessThan(0.2);
                                assertThat(preset("ring-fast-inspector").metric("accuracy"))
                                        .isGreaterThan(0.75);
                            }),
                    Map.entry(
                            "how-good-is-a-forgery",
                            s -> {
                                // fidelity without diversity: as many good forgeries, fewer blobs
                                Snapshot narrow = preset("ring-fast-inspector");
                                assertThat(narrow.metric("high_quality"))
                                        .isGreaterThanOrEqualTo(s.metric("high_quality") - 0.05);
                                assertThat(narrow.metric("modes_covered"))
                                        .isLessThan(s.metric("modes_covered"));
                                // a blind spot of "covered": the least-fed covered blob gets less
                                // than half of an even share (0.29, 0.45, 0.34 of it at seeds 3, 4,
                                // 5)
                                assertThat(leastCoveredShare(s) * s.metric("modes_total"))
                                        .isLessThan(0.5 * s.metric("high_quality"));
                            }),
                    Map.entry(
                            "beyond-pictures",
                            // KS 0.08, 0.17, 0.05 at seeds 1, 2, 3: close, as the lesson says, not
                            // a fixed
                            // value
                            s -> assertThat(s.metric("ks")).isLessThan(0.2)),
                    Map.entry("fix-it", this::everyRepairCoversMore),
                    Map.entry(
                            "design-your-own-experiment",
                            s -> assertThat(s.iteration()).isEqualTo(3000)));

    /** The share of all forgeries on the covered blob (1 % or more of them) that gets fewest. */
    static double leastCoveredShare(Snapshot s) {
        float[] counts = s.arrays().get("mode_counts");
        double highQuality = 0;
        for (float count : counts) {
            highQuality += count;
        }
        // the counts hold the high-quality forgeries only
        double forgeries = highQuality / s.metric("high_quality");
        double least = 1;
        for (float count : counts) {
            if (count >= 0.01 * forgeries) {
                least = Math.min(least, count / forgeries);
            }
        }
        return least;
    }

    /**
     * Lesson 10's point: the broken run covers next to nothing, and every repair it offers (its
     * other presets, the sweep's other losses) covers more blobs at the same seed (measured at
     * seeds 1, 2, 3: 3 to 8, 1 to 8, 2 to 7 against 0; README "Fix it").
     */
    private void everyRepairCoversMore(Snapshot broken) {
        assertThat(broken.metric("modes_covered")).isLessThanOrEqualTo(1);
        Lesson fixIt =
                LessonFilesTest.COURSE.lessons().stream()
                        .filter(l -> l.slug().equals("fix-it"))
                        .findFirst()
                        .orElseThrow();
        long by = seeds.get(broken) - fixIt.config().seed();
        Map<String, GanConfig> repairs = new java.util.LinkedHashMap<>();
        fixIt.alsoTry()
                .forEach(
                        id ->
                                repairs.put(
                                        id, reseeded(Presets.byId(id).orElseThrow().config(), by)));
        for (String value : fixIt.sweep().values()) {
            Map<String, String> params = new java.util.LinkedHashMap<>(fixIt.sweep().base());
            params.put(fixIt.sweep().over(), value);
            GanConfig config = reseeded(Lesson.read(params).orThrow(), by);
            if (!config.equals(reseeded(fixIt.config(), by))) {
                repairs.put(fixIt.sweep().over() + "=" + value, config);
            }
        }
        assertThat(repairs).hasSize(6);
        repairs.forEach(
                (name, config) ->
                        assertThat(end(config).metric("modes_covered"))
                                .as(name)
                                .isGreaterThan(broken.metric("modes_covered")));
    }

    @TestFactory
    List<DynamicTest> each_lesson_run_shows_what_the_lesson_says() {
        Function<Lesson, DynamicTest> test =
                lesson ->
                        DynamicTest.dynamicTest(
                                lesson.file(),
                                () -> {
                                    skipCreaturesUnlessAsked(lesson);
                                    Snapshot last = end(lesson.config());
                                    for (Question q : lesson.before()) {
                                        if (q.outcome() != null) {
                                            assertThat(last.metrics())
                                                    .as(lesson.file() + " " + q.id() + " outcome")
                                                    .containsKey(q.outcome());
                                        }
                                    }
                                    for (Question q : lesson.after()) {
                                        if (q.metric() != null) {
                                            assertThat(last.metric(q.metric()))
                                                    .as(lesson.file() + " " + q.id())
                                                    .isCloseTo(
                                                            Double.parseDouble(q.answer()),
                                                            org.assertj.core.data.Offset.offset(
                                                                    q.tolerance()));
                                        }
                                    }
                                    points.getOrDefault(lesson.slug(), s -> {}).accept(last);
                                });
        return LessonFilesTest.COURSE.lessons().stream().map(test).toList();
    }

    /**
     * Lessons whose experiment is meant to break: at other seeds the app stops it early as
     * collapsed (seeds 2 and 3 of ring-collapse, at 200 and 950 iterations), which is the point.
     */
    private static final java.util.Set<String> BREAKS =
            java.util.Set.of("when-forgeries-go-wrong", "fix-it");

    private Snapshot reseededEnd(Lesson lesson, long by) {
        GanConfig config = reseeded(lesson.config(), by);
        if (!BREAKS.contains(lesson.slug())) {
            return end(config);
        }
        Snapshot[] last = new Snapshot[1];
        RunOutcome outcome = GanRun.start(config).runToEnd(s -> last[0] = s, () -> false);
        assertThat(outcome.kind()).isIn(RunOutcome.Kind.COMPLETED, RunOutcome.Kind.DIVERGED);
        seeds.put(last[0], config.seed());
        return last[0];
    }

    /** The lesson's experiment at another seed: the same settings, seed moved by {@code by}. */
    private static GanConfig reseeded(GanConfig config, long by) {
        Map<String, String> keys =
                new java.util.LinkedHashMap<>(org.ganplayground.settings.Settings.write(config));
        keys.put("seed", Long.toString(config.seed() + by));
        return org.ganplayground.settings.Settings.read(keys).orThrow();
    }

    /**
     * A lesson's point must not hang on the seed it was tuned on: each one holds at the two seeds
     * after the lesson's own too (creature lessons are measured by their surveys instead: README).
     */
    @TestFactory
    List<DynamicTest> each_lessons_point_holds_at_two_more_seeds() {
        return LessonFilesTest.COURSE.lessons().stream()
                .filter(l -> points.containsKey(l.slug()))
                .flatMap(
                        lesson ->
                                java.util.stream.Stream.of(1L, 2L)
                                        .map(
                                                by ->
                                                        DynamicTest.dynamicTest(
                                                                lesson.file() + " at seed + " + by,
                                                                () -> {
                                                                    skipCreaturesUnlessAsked(
                                                                            lesson);
                                                                    points.get(lesson.slug())
                                                                            .accept(
                                                                                    reseededEnd(
                                                                                            lesson,
                                                                                            by));
                                                                })))
                .toList();
    }
}
