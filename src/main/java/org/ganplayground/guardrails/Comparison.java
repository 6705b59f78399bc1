package org.ganplayground.guardrails;

/** How a guardrail compares a measured feature value with its target. */
public enum Comparison {
    EQ("=="),
    NE("!="),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** EQ and NE use the tolerance: equal means within {@code tolerance} of the target. */
    public boolean holds(double value, double target, double tolerance) {
        return switch (this) {
            case EQ -> Math.abs(value - target) <= tolerance;
            case NE -> Math.abs(value - target) > tolerance;
            case LT -> value < target;
            case LE -> value <= target;
            case GT -> value > target;
            case GE -> value >= target;
        };
    }

    public static Comparison fromSymbol(String symbol) {
        for (Comparison c : values()) {
            if (c.symbol.equals(symbol)) {
                return c;
            }
        }
        throw new IllegalArgumentException(
                "Unknown comparison '" + symbol + "': use ==, !=, <, <=, > or >=");
    }
}
