package org.ganplayground.lessons;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.engine.Metrics;
import org.ganplayground.settings.ConfigError;
import org.ganplayground.settings.Presets;
import org.ganplayground.settings.Settings;
import org.ganplayground.training.Run;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one lesson file: YAML front-matter between two {@code ---} lines, then a Markdown body.
 * Checks everything a learner would trip over later (an unknown preset, an invalid config, a hidden
 * control that does not exist, a choice question whose answer is not a choice) and names the file
 * and line of the first problem.
 */
final class LessonParser {

    static final Pattern FILE_NAME = Pattern.compile("(\\d\\d)-([a-z0-9]+(?:-[a-z0-9]+)*)\\.md");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final String FENCE = "---";
    private static final Set<String> LESSON_KEYS =
            Set.of(
                    "title",
                    "order",
                    "minutes",
                    "objectives",
                    "experiment",
                    "also",
                    "sweep",
                    "hide",
                    "questions",
                    "class");
    private static final Set<String> QUESTION_KEYS =
            Set.of(
                    "id",
                    "when",
                    "type",
                    "ask",
                    "choices",
                    "answer",
                    "tolerance",
                    "explain",
                    "metric",
                    "outcome",
                    "min",
                    "max",
                    "model");

    /**
     * The metric names every snapshot of some domain carries (engine/Metrics.java, and the quality
     * reports of domains/PointsSetup.java, Spectra1d.java and Creatures.java), besides the pass
     * rates of the experiment's guardrails. LessonPointsTest checks each outcome against a real
     * run.
     */
    static final Set<String> OUTCOME_METRICS =
            Set.of(
                    Metrics.SCORE_REAL,
                    Metrics.SCORE_FAKE,
                    Metrics.ACCURACY,
                    Metrics.LOSS_INSPECTOR,
                    Metrics.LOSS_FORGER,
                    Metrics.SPREAD_FAKE,
                    Metrics.SPREAD_REAL,
                    "modes_covered",
                    "high_quality",
                    "kl",
                    "js",
                    "ks",
                    "wasserstein",
                    "feature_frechet");

    private LessonParser() {}

    static Lesson parse(String file, String text) {
        Matcher name = FILE_NAME.matcher(file);
        if (!name.matches()) {
            throw new LessonFormatException(
                    file, 1, "name a lesson file NN-slug.md, e.g. 01-forger-and-inspector.md");
        }
        if (name.group(2).length() > Run.LESSON_SLUG_MAX_LENGTH) {
            throw new LessonFormatException(
                    file, 1, "a slug has at most " + Run.LESSON_SLUG_MAX_LENGTH + " characters");
        }
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
            throw new LessonFormatException(file, 1, "a lesson starts with a '---' line");
        }
        int end = 1;
        while (end < lines.length && !lines[end].strip().equals(FENCE)) {
            end++;
        }
        if (end == lines.length) {
            throw new LessonFormatException(file, 1, "the front-matter needs a closing '---' line");
        }
        String yaml = String.join("\n", List.of(lines).subList(1, end));
        String body = String.join("\n", List.of(lines).subList(end + 1, lines.length));
        // YAML lines count from 0 and start on the file's line 2
        FrontMatter fm = new FrontMatter(file, 2, compose(file, yaml), LESSON_KEYS);

        int order = fm.integer("order");
        if (order != Integer.parseInt(name.group(1))) {
            throw fm.error("order", "is " + order + " but the file name says " + name.group(1));
        }
        int minutes = fm.integer("minutes");
        if (minutes < 1 || minutes > 240) {
            throw fm.error("minutes", "give the time a lesson takes, 1 to 240");
        }
        Map<String, String> experiment = fm.flatMap("experiment");
        GanConfig config = config(fm, experiment);
        List<String> also = fm.list("also");
        for (String id : also) {
            if (Presets.byId(id).isEmpty()) {
                throw fm.error("also", "no preset with id '" + id + "'");
            }
        }
        LessonSweep sweep = null;
        if (fm.has("sweep")) {
            try {
                sweep = LessonSweep.of(fm.flatMap("sweep"));
            } catch (IllegalArgumentException e) {
                throw fm.error("sweep", e.getMessage());
            }
        }
        List<String> hide = fm.list("hide");
        Set<String> keys = Settings.write(config).keySet();
        for (String key : hide) {
            if (!keys.contains(key)) {
                throw fm.error("hide", "'" + key + "' is not a setting of this experiment");
            }
        }
        List<Question> questions = questions(file, fm, config);
        Lesson.InClass inClass;
        try {
            inClass = Lesson.InClass.valueOf(fm.text("class").strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fm.error(
                    "class",
                    "say how the lesson's runs fit a class of 30: 'own' (each learner runs their"
                            + " own) or 'prepared' (the teacher prepares them before class)");
        }
        return new Lesson(
                name.group(2),
                file,
                order,
                fm.text("title"),
                minutes,
                fm.list("objectives"),
                experiment,
                also,
                sweep,
                hide,
                questions,
                Markdown.toHtml(body),
                inClass);
    }

    /** The YAML of a front matter as a node tree, or the file and line of its syntax error. */
    static Node compose(String file, String yaml) {
        try {
            Node root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
            if (root == null) {
                throw new LessonFormatException(file, 2, "the front-matter is empty");
            }
            return root;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine();
            throw new LessonFormatException(file, line + 2, e.getProblem());
        }
    }

    private static GanConfig config(FrontMatter fm, Map<String, String> experiment) {
        Settings.Reading reading = Lesson.read(experiment);
        if (!reading.valid()) {
            throw fm.error("experiment", describe(reading.errors()));
        }
        return reading.config();
    }

    private static String describe(List<ConfigError> errors) {
        return String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
    }

    private static List<Question> questions(String file, FrontMatter lesson, GanConfig config) {
        List<Question> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node node : lesson.nodes("questions")) {
            FrontMatter q = new FrontMatter(file, 2, node, QUESTION_KEYS);
            String id = q.text("id");
            if (!ID.matcher(id).matches() || !ids.add(id)) {
                throw q.error("id", "'" + id + "' must be unique, lower-case words joined by -");
            }
            Question.When when = choose(q, "when", Question.When.class);
            Question.Kind kind = choose(q, "type", Question.Kind.class);
            List<String> choices = q.list("choices");
            if ((kind == Question.Kind.CHOICE) != (choices.size() >= 2)) {
                throw q.error(
                        "choices", "a choice question has 2 or more choices, other types none");
            }
            String answer = q.optionalText("answer");
            boolean needsAnswer = when == Question.When.AFTER && kind != Question.Kind.TEXT;
            if (needsAnswer != (answer != null)) {
                throw q.error(
                        "answer",
                        needsAnswer
                                ? "an after-run choice or number question needs its answer"
                                : "predictions and reflections have no right answer");
            }
            if (kind == Question.Kind.CHOICE && answer != null && !choices.contains(answer)) {
                throw q.error("answer", "'" + answer + "' is not one of the choices");
            }
            if (kind == Question.Kind.NUMBER && answer != null) {
                try {
                    Question.number(answer);
                } catch (IllegalArgumentException e) {
                    throw q.error("answer", "must be a number");
                }
            }
            double tolerance = q.number("tolerance", 0);
            String metric = q.optionalText("metric");
            if (tolerance < 0 || (metric != null && !needsAnswer)) {
                throw q.error(
                        metric != null ? "metric" : "tolerance",
                        "tolerance is 0 or more; metric only on after-run number questions");
            }
            String outcome = outcome(q, when, config);
            double min = q.number("min", Double.NEGATIVE_INFINITY);
            double max = q.number("max", Double.POSITIVE_INFINITY);
            if ((q.has("min") || q.has("max")) && kind != Question.Kind.NUMBER) {
                throw q.error(q.has("min") ? "min" : "max", "only number questions have a range");
            }
            if (min > max) {
                throw q.error("min", "must not be above max");
            }
            if (answer != null
                    && kind == Question.Kind.NUMBER
                    && (Question.number(answer) < min || Question.number(answer) > max)) {
                throw q.error("answer", "must be from min to max");
            }
            out.add(
                    new Question(
                            id,
                            when,
                            kind,
                            q.text("ask"),
                            choices,
                            answer,
                            tolerance,
                            q.optionalText("explain"),
                            metric,
                            outcome,
                            min,
                            max,
                            model(q, kind, when)));
        }
        if (out.stream().noneMatch(qq -> qq.when() == Question.When.AFTER)) {
            throw lesson.error(
                    "questions",
                    "a lesson needs at least one after-run question (it marks it done)");
        }
        return out;
    }

    /** A reflection's model answer, for learners working alone. */
    private static String model(FrontMatter q, Question.Kind kind, Question.When when) {
        String model = q.optionalText("model");
        if (model != null && (kind != Question.Kind.TEXT || when != Question.When.AFTER)) {
            throw q.error(
                    "model", "only reflections (when: after, type: text) have a model answer");
        }
        return model;
    }

    /** A prediction's outcome metric: a known metric or the pass rate of one of its guardrails. */
    private static String outcome(FrontMatter q, Question.When when, GanConfig config) {
        String outcome = q.optionalText("outcome");
        if (outcome == null) {
            return null;
        }
        if (when != Question.When.BEFORE) {
            throw q.error("outcome", "only predictions (when: before) have an outcome");
        }
        List<String> passRates =
                config.guardrails().stream().map(g -> Metrics.PASS_PREFIX + g.text()).toList();
        if (!OUTCOME_METRICS.contains(outcome) && !passRates.contains(outcome)) {
            throw q.error(
                    "outcome",
                    "'"
                            + outcome
                            + "' is not a metric of the run; use one of "
                            + String.join(", ", new java.util.TreeSet<>(OUTCOME_METRICS))
                            + (passRates.isEmpty() ? "" : ", " + String.join(", ", passRates)));
        }
        return outcome;
    }

    private static <E extends Enum<E>> E choose(FrontMatter q, String key, Class<E> type) {
        String v = q.text(key);
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw q.error(
                    key,
                    "'"
                            + v
                            + "' is not one of "
                            + String.join(
                                    ", ",
                                    java.util.Arrays.stream(type.getEnumConstants())
                                            .map(c -> c.name().toLowerCase(Locale.ROOT))
                                            .toList()));
        }
    }
}
