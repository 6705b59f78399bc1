package org.ganplayground.guardrails;

/**
 * A rule the real data obeys, measured on every real and forged sample: {@code feature comparison
 * target}, e.g. {@code legs == 8}. Its compact text form {@code legs==8} (or {@code fur>=0.5},
 * {@code radius==2~0.3} with a tolerance) is what configs, URLs and lesson presets store.
 */
public record Guardrail(String feature, Comparison comparison, double target, double tolerance) {

    public boolean passes(double value) {
        return comparison.holds(value, target, tolerance);
    }
}
