package org.ganplayground.game;

/** How a round asks: a pair to pick the forgery from, or one sample to call real or forged. */
public enum Format {
    PAIR("Pick the forgery of a pair"),
    SINGLE("Real or forged? One at a time");

    private final String label;

    Format(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
