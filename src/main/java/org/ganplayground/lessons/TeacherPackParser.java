package org.ganplayground.lessons;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one teacher pack, {@code lessons/teacher/NN-slug.md}: front matter ({@code lesson}, {@code
 * flow}, {@code misconceptions}) between two {@code ---} lines, then one "## " section per {@link
 * TeacherPack#HEADINGS} entry. Refuses, with file and line, a pack for another or an unknown
 * lesson, a flow that is not the five phases in order summing to the lesson's minutes, an unknown
 * misconception or one the "Misconceptions to watch" section does not name, a missing section, and
 * a rubric that leaves out one of the lesson's free-text questions.
 */
final class TeacherPackParser {

    /** Where packs live, inside the lessons folder. */
    static final String FOLDER = "teacher";

    private static final String FENCE = "---";
    private static final Set<String> KEYS = Set.of("lesson", "flow", "misconceptions");

    private TeacherPackParser() {}

    /**
     * @param lesson the lesson of the same file name, or null when there is none
     */
    static TeacherPack parse(String file, String text, Lesson lesson) {
        String shown = FOLDER + "/" + file;
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
            throw new LessonFormatException(shown, 1, "a teacher pack starts with a '---' line");
        }
        int end = 1;
        while (end < lines.length && !lines[end].strip().equals(FENCE)) {
            end++;
        }
        if (end == lines.length) {
            throw new LessonFormatException(
                    shown, 1, "the front matter needs a closing '---' line");
        }
        FrontMatter fm =
                new FrontMatter(
                        shown,
                        2,
                        LessonParser.compose(
                                shown, String.join("\n", List.of(lines).subList(1, end))),
                        KEYS);
        String slug = fm.text("lesson");
        if (lesson == null) {
            throw fm.error("lesson", "no lesson " + file + " (or it did not parse) for this pack");
        }
        if (!slug.equals(lesson.slug())) {
            throw fm.error(
                    "lesson", "'" + slug + "' is not " + file + "'s slug '" + lesson.slug() + "'");
        }
        List<TeacherPack.Step> flow = flow(fm, lesson);
        List<Misconception> misconceptions = misconceptions(fm);
        List<TeacherPack.Section> sections =
                sections(shown, lines, end + 1, lesson, misconceptions);
        return new TeacherPack(slug, file, flow, misconceptions, sections);
    }

    private static List<TeacherPack.Step> flow(FrontMatter fm, Lesson lesson) {
        Map<String, String> given = fm.flatMap("flow");
        List<String> keys =
                java.util.Arrays.stream(TeacherPack.Phase.values())
                        .map(TeacherPack.Phase::key)
                        .toList();
        if (!List.copyOf(given.keySet()).equals(keys)) {
            throw fm.error(
                    "flow", "give the phases " + String.join(", ", keys) + ", in this order");
        }
        List<Integer> minutes = new ArrayList<>();
        for (String key : keys) {
            try {
                int m = Integer.parseInt(given.get(key));
                if (m < 1) {
                    throw new NumberFormatException();
                }
                minutes.add(m);
            } catch (NumberFormatException e) {
                throw fm.error("flow", key + " takes a whole number of minutes, 1 or more");
            }
        }
        int sum = minutes.stream().mapToInt(Integer::intValue).sum();
        if (sum != lesson.minutes()) {
            throw fm.error(
                    "flow",
                    "the phases add up to "
                            + sum
                            + " minutes but the lesson takes "
                            + lesson.minutes());
        }
        return TeacherPack.steps(minutes);
    }

    private static List<Misconception> misconceptions(FrontMatter fm) {
        Set<Misconception> out = new LinkedHashSet<>();
        for (String id : fm.list("misconceptions")) {
            Misconception m =
                    Misconception.byId(id)
                            .orElseThrow(
                                    () ->
                                            fm.error(
                                                    "misconceptions",
                                                    "no misconception '"
                                                            + id
                                                            + "' (known: "
                                                            + String.join(
                                                                    ", ",
                                                                    java.util.Arrays.stream(
                                                                                    Misconception
                                                                                            .values())
                                                                            .map(Misconception::id)
                                                                            .toList())
                                                            + ")"));
            if (!out.add(m)) {
                throw fm.error("misconceptions", "'" + id + "' is named twice");
            }
        }
        if (out.isEmpty()) {
            throw fm.error("misconceptions", "name at least one misconception to watch");
        }
        return List.copyOf(out);
    }

    private static List<TeacherPack.Section> sections(
            String file, String[] lines, int first, Lesson lesson, List<Misconception> named) {
        List<String> headings = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        boolean inCode = false;
        for (int i = first; i < lines.length; i++) {
            if (lines[i].strip().startsWith("```")) {
                inCode = !inCode;
            }
            if (!inCode && lines[i].startsWith("## ")) {
                headings.add(lines[i].substring(3).strip());
                starts.add(i);
            }
        }
        if (!headings.equals(TeacherPack.HEADINGS)) {
            int line = starts.isEmpty() ? first + 1 : starts.get(0) + 1;
            for (int i = 0; i < Math.min(headings.size(), TeacherPack.HEADINGS.size()); i++) {
                if (!headings.get(i).equals(TeacherPack.HEADINGS.get(i))) {
                    line = starts.get(i) + 1;
                    break;
                }
            }
            throw new LessonFormatException(
                    file,
                    line,
                    "a pack has exactly these '## ' sections, in this order: "
                            + String.join(", ", TeacherPack.HEADINGS)
                            + " (found: "
                            + String.join(", ", headings)
                            + ")");
        }
        List<TeacherPack.Section> out = new ArrayList<>();
        for (int s = 0; s < headings.size(); s++) {
            int from = starts.get(s) + 1;
            int to = s + 1 < starts.size() ? starts.get(s + 1) : lines.length;
            String markdown = String.join("\n", List.of(lines).subList(from, to));
            String heading = headings.get(s);
            if (markdown.isBlank()) {
                throw new LessonFormatException(file, from, heading + ": the section is empty");
            }
            if (heading.equals("Misconceptions to watch")) {
                for (Misconception m : named) {
                    requireNamed(file, from, heading, markdown, m.id());
                }
            }
            if (heading.equals("Rubric")) {
                for (Question q : lesson.questions()) {
                    if (q.kind() == Question.Kind.TEXT) {
                        requireNamed(file, from, heading, markdown, q.id());
                    }
                }
            }
            out.add(new TeacherPack.Section(heading, Markdown.toHtml(markdown)));
        }
        return out;
    }

    private static void requireNamed(
            String file, int line, String heading, String markdown, String id) {
        Pattern word = Pattern.compile("(?<![a-z0-9-])" + Pattern.quote(id) + "(?![a-z0-9-])");
        if (!word.matcher(markdown).find()) {
            throw new LessonFormatException(file, line, heading + ": name '" + id + "'");
        }
    }
}
