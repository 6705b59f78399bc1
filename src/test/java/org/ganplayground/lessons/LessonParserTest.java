package org.ganplayground.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LessonParserTest {

    private static final String GOOD =
            """
            ---
            title: A lesson
            order: 3
            minutes: 10
            objectives: [one thing]
            experiment:
              preset: ring-good
              iterations: 500
            hide: [loss]
            questions:
              - id: guess
                when: before
                type: text
                ask: What will happen?
              - id: modes
                when: after
                type: number
                ask: How many?
                answer: 8
                tolerance: 1
            class: own
            ---
            # Hello
            """;

    /** A lesson whose experiment names every setting of {@code params}, quoted. */
    private static String withExperiment(java.util.Map<String, String> params) {
        StringBuilder yaml = new StringBuilder();
        params.forEach(
                (k, v) ->
                        yaml.append("  \"")
                                .append(k)
                                .append("\": \"")
                                .append(v.replace("\\", "\\\\").replace("\"", "\\\""))
                                .append("\"\n"));
        return GOOD.replace("  preset: ring-good\n  iterations: 500\n", yaml.toString())
                .replace("hide: [loss]\n", "");
    }

    static java.util.List<org.ganplayground.settings.BadValues.Case> badValues() {
        return org.ganplayground.settings.BadValues.all();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("badValues")
    void every_bad_setting_in_an_experiment_is_named_once_at_the_experiment(
            org.ganplayground.settings.BadValues.Case bad) {
        assertThat(parse(withExperiment(bad.base())).config()).isNotNull();
        assertThatThrownBy(() -> parse(withExperiment(bad.params())))
                .isInstanceOfSatisfying(
                        LessonFormatException.class,
                        e -> {
                            String message = e.getMessage();
                            assertThat(message).contains("experiment: " + bad.key() + ": ");
                            // one error: describe() joins several with "; "
                            assertThat(message.split("; ")).hasSize(1);
                        });
    }

    private static Lesson parse(String text) {
        return LessonParser.parse("03-a-lesson.md", text);
    }

    @Test
    void a_lesson_file_gives_slug_order_experiment_questions_and_html() {
        Lesson l = parse(GOOD);
        assertThat(l.slug()).isEqualTo("a-lesson");
        assertThat(l.order()).isEqualTo(3);
        assertThat(l.config().iterations()).isEqualTo(500);
        assertThat(l.config().domain().params()).containsEntry("shape", "ring8");
        assertThat(l.hidden()).containsExactly("loss");
        assertThat(l.before()).extracting(Question::id).containsExactly("guess");
        assertThat(l.after()).extracting(Question::id).containsExactly("modes");
        // "#" sits under the lesson page's H2 title
        assertThat(l.bodyHtml()).contains("<h3>Hello</h3>");
        assertThat(l.tryItQuery()).isEqualTo("preset=ring-good&iterations=500&lesson=a-lesson");
    }

    @Test
    void raw_html_and_script_links_in_lesson_text_are_not_rendered() {
        Lesson l =
                parse(
                        GOOD
                                + "<script>alert(1)</script>\n\n"
                                + "[click](javascript:alert(1)) <img src=x onerror=alert(1)>\n");
        assertThat(l.bodyHtml()).doesNotContain("<script").doesNotContain("<img");
        assertThat(l.bodyHtml()).contains("&lt;script&gt;").doesNotContain("javascript:");
    }

    @Test
    void an_invalid_preset_value_names_the_file_and_the_experiment_line() {
        assertThatThrownBy(() -> parse(GOOD.replace("iterations: 500", "iterations: 999999")))
                .isInstanceOf(LessonFormatException.class)
                .hasMessageStartingWith("03-a-lesson.md:7: experiment:")
                .hasMessageContaining("iterations");
    }

    @Test
    void a_sweep_is_read_and_refused_at_its_line_when_a_run_of_it_would_be() {
        String sweep =
                "hide: [loss]\nsweep:\n  preset: ring-good\n  over: inspector.steps\n"
                        + "  values: 1,2,5\n  seeds: 1-3\n";
        Lesson lesson = parse(GOOD.replace("hide: [loss]\n", sweep));
        assertThat(lesson.sweep().values()).containsExactly("1", "2", "5");
        assertThat(lesson.sweep().seeds()).containsExactly(1L, 2L, 3L);
        assertThat(lesson.sweep().runs()).isEqualTo(9);
        assertThat(lesson.sweep().baseConfig().seed()).isEqualTo(3); // ring-good's
        assertThatThrownBy(
                        () -> parse(GOOD.replace("hide: [loss]\n", sweep.replace("5\n", "50\n"))))
                .isInstanceOf(LessonFormatException.class)
                .hasMessage(
                        "03-a-lesson.md:11: sweep: Inspector steps per forger step must be from 1"
                                + " to 10.");
        assertThatThrownBy(() -> parse(GOOD.replace("hide: [loss]\n", sweep.replace("1-3", "1-5"))))
                .hasMessageContaining("12");
    }

    @Test
    void an_unknown_preset_id_is_refused() {
        assertThatThrownBy(() -> parse(GOOD.replace("ring-good", "ring-nope")))
                .hasMessageStartingWith("03-a-lesson.md:7:")
                .hasMessageContaining("ring-nope");
    }

    @Test
    void a_lesson_says_how_its_runs_fit_a_class() {
        assertThat(parse(GOOD).inClass()).isEqualTo(Lesson.InClass.OWN);
        assertThat(parse(GOOD.replace("class: own", "class: prepared")).inClass())
                .isEqualTo(Lesson.InClass.PREPARED);
        assertThatThrownBy(() -> parse(GOOD.replace("class: own", "class: shared")))
                .isInstanceOf(LessonFormatException.class)
                .hasMessageContaining("'own' (each learner runs their own) or 'prepared'");
        assertThatThrownBy(() -> parse(GOOD.replace("class: own\n", "")))
                .isInstanceOf(LessonFormatException.class)
                .hasMessageContaining("class");
    }

    @Test
    void a_yaml_syntax_error_names_its_line() {
        assertThatThrownBy(() -> parse(GOOD.replace("hide: [loss]", "hide: [loss")))
                .isInstanceOf(LessonFormatException.class)
                .hasMessageStartingWith("03-a-lesson.md:");
    }

    @Test
    void a_typo_in_a_question_key_is_refused_at_its_line() {
        assertThatThrownBy(() -> parse(GOOD.replace("tolerance: 1", "tolerence: 1")))
                .hasMessageStartingWith("03-a-lesson.md:20: unknown key 'tolerence'");
    }

    @Test
    void a_hidden_control_that_is_not_a_setting_is_refused() {
        assertThatThrownBy(() -> parse(GOOD.replace("hide: [loss]", "hide: [lossy]")))
                .hasMessageStartingWith("03-a-lesson.md:9: hide:")
                .hasMessageContaining("lossy");
    }

    private static String predicting(String outcome) {
        return GOOD.replace(
                "    type: text\n    ask: What will happen?",
                "    type: number\n    outcome: " + outcome + "\n    ask: What will happen?");
    }

    @Test
    void a_prediction_names_the_metric_that_measures_it() {
        assertThat(parse(predicting("modes_covered")).before().get(0).outcome())
                .isEqualTo("modes_covered");
        assertThat(parse(GOOD).before().get(0).outcome()).isNull();
        // a guardrail's pass rate, named as snapshots name it
        String guarded =
                predicting("pass radius<=5")
                        .replace(
                                "  iterations: 500\n",
                                "  iterations: 500\n  guardrails: radius<=5\n");
        assertThat(parse(guarded).before().get(0).outcome()).isEqualTo("pass radius<=5");
    }

    @Test
    void an_outcome_must_be_a_metric_of_the_run_and_only_on_a_prediction() {
        assertThatThrownBy(() -> parse(predicting("modes")))
                .isInstanceOf(LessonFormatException.class)
                .hasMessageStartingWith("03-a-lesson.md:14: outcome: 'modes' is not a metric")
                .hasMessageContaining("modes_covered");
        assertThatThrownBy(() -> parse(predicting("pass legs==8")))
                .hasMessageContaining("'pass legs==8' is not a metric");
        assertThatThrownBy(
                        () ->
                                parse(
                                        GOOD.replace(
                                                "tolerance: 1",
                                                "tolerance: 1\n    outcome: modes_covered")))
                .hasMessageContaining("outcome: only predictions");
    }

    @Test
    void a_choice_answer_must_be_one_of_the_choices() {
        String choice =
                GOOD.replace(
                        "type: number\n    ask: How many?\n    answer: 8",
                        "type: choice\n    ask: How many?\n    choices: [a, b]\n    answer: c");
        assertThatThrownBy(() -> parse(choice)).hasMessageContaining("'c' is not one of");
    }

    @Test
    void predictions_have_no_right_answer_and_a_lesson_needs_an_after_run_question() {
        assertThatThrownBy(
                        () ->
                                parse(
                                        GOOD.replace(
                                                "type: text\n    ask: What will happen?",
                                                "type: text\n    ask: What?\n    answer: x")))
                .hasMessageContaining("predictions and reflections have no right answer");
        String noAfter =
                GOOD.replace(
                        "when: after\n    type: number\n    ask: How many?\n    answer: 8\n    tolerance: 1",
                        "when: before\n    type: number\n    ask: How many?");
        assertThatThrownBy(() -> parse(noAfter))
                .hasMessageContaining("at least one after-run question");
    }

    @Test
    void the_order_must_match_the_file_number() {
        assertThatThrownBy(() -> LessonParser.parse("04-a-lesson.md", GOOD))
                .hasMessageStartingWith("04-a-lesson.md:3: order:");
    }

    @Test
    void answers_are_checked_with_a_tolerance_and_predictions_are_never_graded() {
        Lesson l = parse(GOOD);
        Question modes = l.after().get(0);
        assertThat(modes.check("7").correct()).isTrue();
        assertThat(modes.check("8,5").correct()).isTrue();
        assertThat(modes.check("5").correct()).isFalse();
        assertThat(modes.check("5").feedback()).contains("about 8");
        assertThatThrownBy(() -> modes.check("eight")).hasMessageContaining("Type a number");
        assertThat(l.before().get(0).check("it will work").correct()).isNull();
    }
}
