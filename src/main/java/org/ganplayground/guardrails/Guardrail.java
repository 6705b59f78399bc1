package org.ganplayground.guardrails;

import java.math.BigDecimal;

/**
 * A rule the real data obeys, measured on every real and forged sample: {@code feature comparison
 * target}, e.g. {@code legs == 8}. Its compact text form {@code legs==8} (or {@code fur>=0.5},
 * {@code radius==2~0.3} with a tolerance) is what configs, URLs and lesson presets store.
 */
public record Guardrail(String feature, Comparison comparison, double target, double tolerance) {

    /** NaN would pass or fail every sample silently, and infinities have no text form. */
    public Guardrail {
        if (!Double.isFinite(target) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException(
                    "The rule on "
                            + feature
                            + ": "
                            + (Double.isFinite(target) ? tolerance : target)
                            + " is not a number we can use");
        }
    }

    public boolean passes(double value) {
        return comparison.holds(value, target, tolerance);
    }

    /** The text form, with the tolerance written whenever it is not 0. */
    public String text() {
        return text(0);
    }

    /** The text form, leaving out a tolerance equal to the feature's default. */
    public String text(double defaultTolerance) {
        String base = feature + comparison.symbol() + number(target);
        boolean usesTolerance = comparison == Comparison.EQ || comparison == Comparison.NE;
        return usesTolerance && tolerance != defaultTolerance
                ? base + "~" + number(tolerance)
                : base;
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
