package org.ganplayground.game;

/** What a player answered in a round. */
public enum Answer {
    /** Pair: the first (left) sample is the forgery. */
    FIRST,
    /** Pair: the second (right) sample is the forgery. */
    SECOND,
    /** Single: the sample is real. */
    REAL,
    /** Single: the sample is forged. */
    FORGED,
    /** The round's time ran out: counted as wrong. */
    TIMEOUT;

    /** Whether this answer is right for a round (a timeout never is). */
    boolean rightFor(Format format, boolean fakeFirst, boolean showsFake) {
        return switch (this) {
            case FIRST -> format == Format.PAIR && fakeFirst;
            case SECOND -> format == Format.PAIR && !fakeFirst;
            case REAL -> format == Format.SINGLE && !showsFake;
            case FORGED -> format == Format.SINGLE && showsFake;
            case TIMEOUT -> false;
        };
    }

    boolean fits(Format format) {
        return this == TIMEOUT || (format == Format.PAIR) == (this == FIRST || this == SECOND);
    }
}
