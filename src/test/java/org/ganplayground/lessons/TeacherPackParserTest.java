package org.ganplayground.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A broken teacher pack is refused when the course is read, with its file and line. */
class TeacherPackParserTest {

    private static final String FILE = "01-forger-and-inspector.md";
    private static String lesson;
    private static String pack;

    @BeforeAll
    static void readTheRealFirstLesson() throws IOException {
        lesson = Files.readString(Path.of("lessons", FILE));
        pack = Files.readString(Path.of("lessons", "teacher", FILE));
    }

    private static LessonLibrary withPack(String text) {
        return LessonLibrary.parse(Map.of(FILE, lesson), Map.of(FILE, text));
    }

    @Test
    void the_real_pack_is_read_with_its_timed_flow() {
        LessonLibrary ok = withPack(pack);
        assertThat(ok.problems()).isEmpty();
        TeacherPack p = ok.packs().get("forger-and-inspector");
        assertThat(p.flow())
                .extracting(s -> s.phase().label() + " " + s.from() + "-" + s.to())
                .containsExactly(
                        "Hook 0-3",
                        "Predict 3-6",
                        "Run 6-12",
                        "Discuss 12-18",
                        "Exit ticket 18-20");
        assertThat(p.misconceptions()).containsExactly(Misconception.COPIES_DATA);
    }

    @Test
    void a_lesson_without_a_pack_is_a_problem_naming_the_file_to_write() {
        LessonLibrary none = LessonLibrary.parse(Map.of(FILE, lesson), Map.of());
        assertThat(none.problems())
                .containsExactly(FILE + ":1: no teacher pack: write teacher/" + FILE);
    }

    @Test
    void a_pack_for_another_or_an_unknown_lesson_is_refused() {
        assertThat(
                        withPack(pack.replace("lesson: forger-and-inspector", "lesson: guardrails"))
                                .problems())
                .singleElement()
                .asString()
                .startsWith("teacher/" + FILE + ":2: lesson: 'guardrails' is not");
        LessonLibrary orphan =
                LessonLibrary.parse(Map.of(FILE, lesson), Map.of(FILE, pack, "12-x.md", pack));
        assertThat(orphan.problems())
                .singleElement()
                .asString()
                .contains("teacher/12-x.md", "no lesson 12-x.md");
    }

    @Test
    void a_flow_that_does_not_fill_the_lessons_minutes_or_skips_a_phase_is_refused() {
        assertThat(withPack(pack.replace("exit: 2", "exit: 5")).problems())
                .singleElement()
                .asString()
                .contains("flow: the phases add up to 23 minutes but the lesson takes 20");
        assertThat(withPack(pack.replace("  discuss: 6\n", "")).problems())
                .singleElement()
                .asString()
                .contains("give the phases hook, predict, run, discuss, exit, in this order");
    }

    @Test
    void an_unknown_or_unexplained_misconception_is_refused() {
        assertThat(
                        withPack(pack.replace("[copies-data]", "[copies-data, gans-are-magic]"))
                                .problems())
                .singleElement()
                .asString()
                .contains("no misconception 'gans-are-magic'");
        assertThat(
                        withPack(pack.replace("[copies-data]", "[copies-data, stronger-inspector]"))
                                .problems())
                .singleElement()
                .asString()
                .contains("Misconceptions to watch: name 'stronger-inspector'");
    }

    @Test
    void a_missing_section_or_a_rubric_without_the_lessons_reflection_is_refused() {
        assertThat(withPack(pack.replace("## Extension", "## More")).problems())
                .singleElement()
                .asString()
                .contains("exactly these '## ' sections");
        assertThat(withPack(pack.replace("For `reflect`", "For the reflection")).problems())
                .singleElement()
                .asString()
                .contains("Rubric: name 'reflect'");
    }

    @Test
    void raw_html_in_a_pack_is_shown_as_text() {
        TeacherPack p =
                withPack(pack.replace("## Support\n", "## Support\n\n<script>x()</script>\n"))
                        .packs()
                        .get("forger-and-inspector");
        assertThat(p.sections().get(6).html())
                .contains("&lt;script&gt;")
                .doesNotContain("<script>");
    }
}
