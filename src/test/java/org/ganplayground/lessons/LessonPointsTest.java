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
 * number question tied to a metric, and the lesson's point in a cheap property. Creature runs take
 * minutes each on this machine, so lessons on creatures are skipped (reported as skipped).
 */
class LessonPointsTest {

    private final Map<GanConfig, Snapshot> finals = new HashMap<>();

    /** The last snapshot of a run; runs shared by several lessons are trained once. */
    private Snapshot end(GanConfig config) {
        return finals.computeIfAbsent(
                config,
                c -> {
                    Snapshot[] last = new Snapshot[1];
                    RunOutcome outcome = GanRun.start(c).runToEnd(s -> last[0] = s, () -> false);
                    assertThat(outcome.kind()).isEqualTo(RunOutcome.Kind.COMPLETED);
                    return last[0];
                });
    }

    private Snapshot preset(String id) {
        return end(Presets.byId(id).orElseThrow().config());
    }

    private final Map<String, Consumer<Snapshot>> points =
            Map.of(
                    "forger-and-inspector",
                    s -> assertThat(s.metric("modes_covered")).isGreaterThanOrEqualTo(7),
                    "reading-the-scores",
                    s -> {
                        // "0.5 means can't tell": a good run ends near it
                        assertThat(s.metric("score_real") - s.metric("score_fake")).isLessThan(0.1);
                        assertThat(s.metric("accuracy")).isBetween(0.4, 0.65);
                    },
                    "when-forgeries-go-wrong",
                    s -> {
                        assertThat(s.metric("modes_covered")).isLessThanOrEqualTo(2);
                        assertThat(preset("ring-minimax").metric("modes_covered"))
                                .isLessThan(preset("ring-good").metric("modes_covered"));
                        assertThat(preset("ring-minimax").metric("score_fake")).isLessThan(0.2);
                        assertThat(preset("ring-fast-inspector").metric("accuracy"))
                                .isGreaterThan(0.75);
                    },
                    "how-good-is-a-forgery",
                    s -> {
                        // fidelity without diversity: as many good forgeries, fewer blobs
                        Snapshot narrow = preset("ring-fast-inspector");
                        assertThat(narrow.metric("high_quality"))
                                .isGreaterThanOrEqualTo(s.metric("high_quality") - 0.05);
                        assertThat(narrow.metric("modes_covered"))
                                .isLessThan(s.metric("modes_covered"));
                    },
                    "beyond-pictures",
                    s -> assertThat(s.metric("ks")).isLessThan(0.15),
                    "fix-it",
                    this::everyRepairCoversMore,
                    "design-your-own-experiment",
                    s -> assertThat(s.iteration()).isEqualTo(3000));

    /**
     * Lesson 10's point: the broken run covers next to nothing, and every repair it offers (its
     * other presets, the sweep's other losses) covers at least two blobs more at the same seed
     * (measured at seed 1: 3 to 8 against 0; README "Fix it").
     */
    private void everyRepairCoversMore(Snapshot broken) {
        assertThat(broken.metric("modes_covered")).isLessThanOrEqualTo(1);
        Lesson fixIt =
                LessonFilesTest.COURSE.lessons().stream()
                        .filter(l -> l.slug().equals("fix-it"))
                        .findFirst()
                        .orElseThrow();
        Map<String, GanConfig> repairs = new java.util.LinkedHashMap<>();
        fixIt.alsoTry().forEach(id -> repairs.put(id, Presets.byId(id).orElseThrow().config()));
        for (String value : fixIt.sweep().values()) {
            Map<String, String> params = new java.util.LinkedHashMap<>(fixIt.sweep().base());
            params.put(fixIt.sweep().over(), value);
            GanConfig config = Lesson.read(params).orThrow();
            if (!config.equals(fixIt.config())) {
                repairs.put(fixIt.sweep().over() + "=" + value, config);
            }
        }
        assertThat(repairs).hasSize(6);
        repairs.forEach(
                (name, config) ->
                        assertThat(end(config).metric("modes_covered"))
                                .as(name)
                                .isGreaterThanOrEqualTo(broken.metric("modes_covered") + 2));
    }

    @TestFactory
    List<DynamicTest> each_lesson_run_shows_what_the_lesson_says() {
        Function<Lesson, DynamicTest> test =
                lesson ->
                        DynamicTest.dynamicTest(
                                lesson.file(),
                                () -> {
                                    Assumptions.assumeFalse(
                                            lesson.config().domain().id().equals("creatures"),
                                            "creature runs take minutes: only parsed and validated");
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
}
