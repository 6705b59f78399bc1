package org.ganplayground.lessons;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.settings.Presets;
import org.ganplayground.settings.Settings;

/**
 * One lesson of the course, read from {@code lessons/NN-slug.md}.
 *
 * @param experiment the run to try, in the URL's serialised form: {@code preset} (an id) and/or
 *     config keys
 * @param alsoTry more preset ids to compare with, each a "Try it" of its own
 * @param sweep the lesson's sweep, or null when it has none
 * @param hidden playground settings this lesson hides, by config key
 * @param bodyHtml the Markdown body as HTML, with any raw HTML in it escaped
 */
public record Lesson(
        String slug,
        String file,
        int order,
        String title,
        int minutes,
        List<String> objectives,
        Map<String, String> experiment,
        List<String> alsoTry,
        LessonSweep sweep,
        List<String> hidden,
        List<Question> questions,
        String bodyHtml,
        InClass inClass) {

    /**
     * How a lesson's runs fit a class of 30 on one 2-core server (LessonClassBenchmark measures
     * both): each learner's own runs, or runs the teacher prepares for the class before it starts.
     */
    public enum InClass {
        OWN(
                "In a class, everyone runs their own: the class's runs take a few minutes on the"
                        + " class's server (a lesson with creature runs about ten).",
                "Here each learner runs their own: preparing is optional, for a demonstration."),
        PREPARED(
                "In a class, your teacher prepares this lesson's runs before class: they appear"
                        + " below once you have made your predictions. Your own run joins the"
                        + " queue and may finish after the lesson; answer from either.",
                "This lesson needs it: 30 creature runs of its own do not fit a lesson on one"
                        + " 2-core server.");

        private final String sentence;
        private final String teacherAdvice;

        InClass(String sentence, String teacherAdvice) {
            this.sentence = sentence;
            this.teacherAdvice = teacherAdvice;
        }

        /** What the lesson page says about it to learners. */
        public String sentence() {
            return sentence;
        }

        /** What it says to the teacher beside Prepare. */
        public String teacherAdvice() {
            return teacherAdvice;
        }
    }

    static final String PRESET = "preset";
    static final String LESSON = "lesson";

    public Lesson {
        objectives = List.copyOf(objectives);
        experiment = Collections.unmodifiableMap(new LinkedHashMap<>(experiment));
        alsoTry = List.copyOf(alsoTry);
        hidden = List.copyOf(hidden);
        questions = List.copyOf(questions);
    }

    /**
     * The experiment's full config (the parser refuses a lesson whose experiment does not read).
     */
    public GanConfig config() {
        return read(experiment).orThrow();
    }

    /**
     * Every run a learner (or a teacher preparing the lesson) launches in it: the experiment, its
     * other presets, then its sweep's runs.
     */
    public List<GanConfig> runConfigs() {
        List<GanConfig> out = new java.util.ArrayList<>();
        out.add(config());
        alsoTry.forEach(id -> out.add(Presets.byId(id).orElseThrow().config()));
        if (sweep != null) {
            org.ganplayground.sweeps.SweepPlan.of(sweep.baseConfig(), sweep.request())
                    .members()
                    .forEach(m -> out.add(m.config()));
        }
        return out;
    }

    /** The experiment's config: the preset's keys, overridden by the lesson's own. */
    static Settings.Reading read(Map<String, String> experiment) {
        Map<String, String> params = new LinkedHashMap<>();
        String presetId = experiment.get(PRESET);
        if (presetId != null) {
            var preset = Presets.byId(presetId);
            if (preset.isEmpty()) {
                return Settings.Reading.refused(PRESET, "no preset with id '" + presetId + "'");
            }
            params.putAll(preset.get().params());
        }
        experiment.forEach(
                (k, v) -> {
                    if (!k.equals(PRESET)) {
                        params.put(k, v);
                    }
                });
        return Settings.read(params);
    }

    /**
     * The playground link of the experiment, lesson included: {@code preset=ring-good&lesson=x}.
     */
    public String tryItQuery() {
        return query(experiment);
    }

    /** The playground link of one of the {@link #alsoTry} presets. */
    public String tryItQuery(String presetId) {
        return query(Map.of(PRESET, presetId));
    }

    private String query(Map<String, String> params) {
        Map<String, String> all = new LinkedHashMap<>(params);
        all.put(LESSON, slug);
        return all.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public List<Question> before() {
        return questions.stream().filter(q -> q.when() == Question.When.BEFORE).toList();
    }

    public List<Question> after() {
        return questions.stream().filter(q -> q.when() == Question.When.AFTER).toList();
    }

    /**
     * Whether a run launched from this lesson is one of its other experiments rather than its own:
     * an "also" preset's, or its sweep's when the sweep starts from other settings (seeds and the
     * swept setting aside). Its "your run" questions and predictions go by the lesson's own.
     */
    public boolean isAnotherExperiment(GanConfig config) {
        Map<String, String> run = withoutSeed(config, null);
        if (run.equals(withoutSeed(config(), null))) {
            return false;
        }
        for (String id : alsoTry) {
            var preset = org.ganplayground.settings.Presets.byId(id);
            if (preset.isPresent() && run.equals(withoutSeed(preset.get().config(), null))) {
                return true;
            }
        }
        return sweep != null
                && withoutSeed(config, sweep.over())
                        .equals(withoutSeed(sweep.baseConfig(), sweep.over()));
    }

    private static Map<String, String> withoutSeed(GanConfig config, String alsoLeaveOut) {
        Map<String, String> keys =
                new LinkedHashMap<>(org.ganplayground.settings.Settings.write(config));
        keys.remove("seed");
        if (alsoLeaveOut != null) {
            keys.remove(alsoLeaveOut);
        }
        return keys;
    }

    /** Words a reflection needs to count: about a sentence. */
    public static final int REFLECTION_WORDS = 5;

    /** Of a lesson's graded questions, how many must be right (two in three, rounded up). */
    public int passMark() {
        long graded = after().stream().filter(Question::graded).count();
        return (int) ((2 * graded + 2) / 3);
    }

    /**
     * Where a learner is: done once {@link #missing} is empty, started once opened (or answered),
     * else not started.
     */
    public Progress progress(boolean opened, Map<String, Answered> answers, boolean ran) {
        if (missing(answers, ran).isEmpty()) {
            return Progress.DONE;
        }
        return opened || !answers.isEmpty() ? Progress.STARTED : Progress.NOT_STARTED;
    }

    /**
     * What is left before the lesson counts as done, in sentences: a finished run launched from it,
     * an answer to every after-run question, {@link #passMark} graded answers right, and at least a
     * sentence ({@link #REFLECTION_WORDS} words) for each reflection.
     */
    public List<String> missing(Map<String, Answered> answers, boolean ran) {
        List<String> out = new java.util.ArrayList<>();
        if (!ran) {
            out.add(
                    inClass == InClass.PREPARED
                            ? "Run the lesson's experiment to the end (Try it, then Launch), or"
                                    + " make your predictions and study the run your teacher"
                                    + " prepared once it has finished."
                            : "Run the lesson's experiment to the end (Try it, then Launch).");
        }
        long open = after().stream().filter(q -> !answers.containsKey(q.id())).count();
        if (open > 0) {
            out.add(
                    "Answer the "
                            + (open == 1 ? "last question" : open + " questions")
                            + " after the run.");
        }
        long graded = after().stream().filter(Question::graded).count();
        long right =
                after().stream()
                        .filter(Question::graded)
                        .filter(q -> answers.containsKey(q.id()))
                        .filter(q -> Boolean.TRUE.equals(answers.get(q.id()).correct()))
                        .count();
        if (needsRetake(answers)) {
            out.add(
                    "Get "
                            + share(passMark(), graded)
                            + " checked questions right: you got "
                            + right
                            + ". Read the explanations, look at your run again, and try the"
                            + " checked questions again.");
        } else if (right < passMark()) {
            out.add("Get " + share(passMark(), graded) + " checked questions right.");
        }
        boolean thin =
                after().stream()
                        .filter(q -> q.kind() == Question.Kind.TEXT)
                        .filter(q -> answers.containsKey(q.id()))
                        .anyMatch(q -> words(answers.get(q.id()).text()) < REFLECTION_WORDS);
        if (thin) {
            out.add(
                    "Write at least a sentence ("
                            + REFLECTION_WORDS
                            + " words or more) for each question you explain in your own words.");
        }
        return out;
    }

    /**
     * Whether every graded question is settled (right, or out of tries) with fewer than {@link
     * #passMark} right: the learner may then try the graded questions again.
     */
    public boolean needsRetake(Map<String, Answered> answers) {
        List<Question> graded = after().stream().filter(Question::graded).toList();
        boolean settled =
                graded.stream()
                        .allMatch(
                                q ->
                                        answers.containsKey(q.id())
                                                && (Boolean.TRUE.equals(
                                                                answers.get(q.id()).correct())
                                                        || answers.get(q.id()).tries()
                                                                >= Question.TRIES));
        long right =
                graded.stream()
                        .filter(q -> answers.containsKey(q.id()))
                        .filter(q -> Boolean.TRUE.equals(answers.get(q.id()).correct()))
                        .count();
        return !graded.isEmpty() && settled && right < passMark();
    }

    private static String share(int needed, long of) {
        if (needed == of) {
            return of == 2 ? "both" : "all " + of;
        }
        return "at least " + needed + " of the " + of;
    }

    private static int words(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
