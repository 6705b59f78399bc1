package org.ganplayground.lessons;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        String teacherNotes,
        String bodyHtml) {

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

    /** Where a learner is: done once every after-run question has an answer, else opened or not. */
    public Progress progress(boolean opened, Set<String> answeredQuestionIds) {
        if (after().stream().allMatch(q -> answeredQuestionIds.contains(q.id()))) {
            return Progress.DONE;
        }
        return opened ? Progress.STARTED : Progress.NOT_STARTED;
    }
}
