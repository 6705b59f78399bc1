package org.ganplayground.game;

/** The order rounds take the run's snapshots in. */
public enum Walk {
    EARLY_TO_LATE("From early to late in the run"),
    RANDOM("In random order");

    private final String label;

    Walk(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
