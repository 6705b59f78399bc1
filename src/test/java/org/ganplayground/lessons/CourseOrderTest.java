package org.ganplayground.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The course's order: no lesson uses a term that only a later lesson defines. A term is defined
 * where a lesson sets it in bold or in a heading; it is used wherever a learner reads it (the text,
 * the objectives, the questions, their choices, explanations and model answers).
 */
class CourseOrderTest {

    /** The terms learners meet, as they are written in the lessons. */
    static final List<String> GLOSSARY =
            List.of(
                    "generative adversarial network",
                    "seed",
                    "iteration",
                    "preset",
                    "modes covered",
                    "loss",
                    "batch",
                    "snapshot",
                    "replay",
                    "step mode",
                    "guardrail",
                    "pass rate",
                    "deepfake",
                    "conditional GAN",
                    "sweep",
                    "mode collapse",
                    "high quality",
                    "diversity",
                    "learning rate",
                    "minimax",
                    "non-saturating",
                    "fidelity",
                    "Frechet distance",
                    "KS statistic",
                    "Wasserstein distance",
                    "d′",
                    "label smoothing",
                    "least squares");

    @Test
    void no_lesson_uses_a_term_that_a_later_lesson_defines() {
        List<Lesson> course = LessonFilesTest.COURSE.lessons();
        List<String> problems = new ArrayList<>();
        for (String term : GLOSSARY) {
            Pattern used =
                    Pattern.compile("(?<![\\w-])" + Pattern.quote(term), Pattern.CASE_INSENSITIVE);
            Pattern defined =
                    Pattern.compile(
                            "<(strong|h[1-6])>[^<]*" + Pattern.quote(term),
                            Pattern.CASE_INSENSITIVE);
            int firstUse = -1;
            int firstDefinition = -1;
            for (Lesson l : course) {
                if (firstUse < 0 && used.matcher(readByLearners(l)).find()) {
                    firstUse = l.order();
                }
                if (firstDefinition < 0
                        && defined.matcher(l.bodyHtml().replaceAll("\\s+", " ")).find()) {
                    firstDefinition = l.order();
                }
            }
            if (firstDefinition < 0) {
                problems.add("'" + term + "' is never defined");
            } else if (firstUse >= 0 && firstUse < firstDefinition) {
                problems.add(
                        "'"
                                + term
                                + "' is used in lesson "
                                + firstUse
                                + " but defined only in lesson "
                                + firstDefinition);
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Everything of a lesson a learner reads, as plain text. */
    private static String readByLearners(Lesson l) {
        StringBuilder text =
                new StringBuilder(l.bodyHtml().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " "));
        l.objectives().forEach(o -> text.append('\n').append(o));
        for (Question q : l.questions()) {
            text.append('\n').append(q.prompt());
            q.choices().forEach(c -> text.append('\n').append(c));
            for (String s : new String[] {q.explanation(), q.model()}) {
                if (s != null) {
                    text.append('\n').append(s);
                }
            }
        }
        return text.toString();
    }
}
