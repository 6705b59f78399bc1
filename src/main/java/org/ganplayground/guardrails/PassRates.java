package org.ganplayground.guardrails;

import java.util.ArrayList;
import java.util.List;

/** How many samples of a batch pass each guardrail, and all of them together. */
public final class PassRates {

    /** One line of the checklist a learner sees: the rule and the share of samples passing it. */
    public record Check(String rule, double passRate) {}

    /** Names a rule's pass rate among a snapshot's metrics: {@code pass legs==8}. */
    public static final String METRIC_PREFIX = "pass ";

    /** Names the share of samples passing every rule at once among a snapshot's metrics. */
    public static final String ALL = "pass_all";

    private PassRates() {}

    /**
     * Measures {@code n} samples (row-major in {@code samples}) against each rule. For a
     * conditioned run, pass the rules the forger was asked for (the sampler's requested rules).
     */
    public static List<Check> of(FeatureSet set, List<Guardrail> rules, float[] samples, int n) {
        int[] index = new int[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            index[r] = set.features().indexOf(Guardrails.feature(set, rules.get(r)));
        }
        int[] passed = new int[rules.size()];
        for (int i = 0; i < n; i++) {
            double[] values = set.measure(samples, i * set.sampleSize());
            for (int r = 0; r < rules.size(); r++) {
                if (rules.get(r).passes(values[index[r]])) {
                    passed[r]++;
                }
            }
        }
        List<Check> checks = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            double rate = n == 0 ? 0 : passed[r] / (double) n;
            checks.add(new Check(rules.get(r).text(), rate));
        }
        return checks;
    }

    /** Share of the {@code n} samples that pass every rule at once. */
    public static double all(FeatureSet set, List<Guardrail> rules, float[] samples, int n) {
        int passed = 0;
        for (int i = 0; i < n; i++) {
            if (passesAll(set, rules, set.measure(samples, i * set.sampleSize()))) {
                passed++;
            }
        }
        return n == 0 ? 0 : passed / (double) n;
    }

    public static boolean passesAll(FeatureSet set, List<Guardrail> rules, double[] values) {
        for (Guardrail rule : rules) {
            if (!rule.passes(values[set.indexOf(rule.feature())])) {
                return false;
            }
        }
        return true;
    }
}
