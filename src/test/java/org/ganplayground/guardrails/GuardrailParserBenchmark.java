package org.ganplayground.guardrails;

import java.util.Arrays;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Time to read guardrail text, the worst imports included; a program, not a test (speed is never
 * asserted). Run with java -cp as the README's benchmarks section shows.
 */
public final class GuardrailParserBenchmark {

    /** The regular expression the parser used before the scanner, for comparison. */
    private static final Pattern OLD_RULE =
            Pattern.compile(
                    "([a-z_][a-z0-9_]*)\\s*(==|!=|<=|>=|<|>)\\s*([-+]?[0-9]*\\.?[0-9]+)"
                            + "(?:\\s*~\\s*([0-9]*\\.?[0-9]+))?");

    public static void main(String[] args) {
        String digits60k = "legs==" + "1".repeat(60_000) + "x";
        String rules60k = "legs==8;".repeat(7_500);
        StringBuilder valid = new StringBuilder();
        for (int i = 0; valid.length() < Guardrails.MAX_TEXT_LENGTH - 40; i++) {
            valid.append(valid.isEmpty() ? "" : ";")
                    .append("feature_with_a_long_name_")
                    .append(i)
                    .append(" == 12.345 ~ 0.25");
        }
        String valid2k = valid.toString();
        String digits2k = "legs==" + "1".repeat(1_993) + "x";

        report("60 kB rule of digits (refused)", () -> refused(digits60k), 2_000);
        report("60 kB list of 7,500 rules (refused)", () -> refused(rules60k), 2_000);
        report(
                "valid list of "
                        + valid2k.length()
                        + " characters, "
                        + Guardrails.parse(valid2k).size()
                        + " rules",
                () -> Guardrails.parse(valid2k).size(),
                2_000);
        report("2,000-character rule of digits (refused)", () -> refused(digits2k), 2_000);
        report(
                "old regex, same 2,000-character rule",
                () -> OLD_RULE.matcher(digits2k).matches() ? 1 : 0,
                20);
    }

    private static int refused(String text) {
        try {
            Guardrails.parse(text);
            throw new IllegalStateException("accepted");
        } catch (IllegalArgumentException e) {
            return e.getMessage().length();
        }
    }

    private static void report(String task, Supplier<Integer> parse, int rounds) {
        for (int i = 0; i < rounds; i++) {
            parse.get(); // warm-up
        }
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            parse.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(
                java.util.Locale.ROOT,
                "%-48s median %.4f ms, max %.4f ms (%d rounds)%n",
                task,
                ms[rounds / 2],
                ms[rounds - 1],
                rounds);
    }
}
