package org.ganplayground.engine;

/** When a run has gone wrong beyond repair, and how to say so to a learner. */
final class Divergence {

    static final String NUMBERS_BLEW_UP =
            "The numbers blew up: a loss or a weight became infinite or"
                    + " not-a-number. The learning rate is probably too high for these networks; try a smaller one.";

    /** Below this spread (relative to the real data's) every forgery is the same sample. */
    static final double COLLAPSE_RATIO = 1e-3;

    private Divergence() {}

    /** A message when all forgeries collapsed to one sample, else null. */
    static String collapse(Snapshot s) {
        double fakeSpread = s.metric(Metrics.SPREAD_FAKE);
        double realSpread = s.metric(Metrics.SPREAD_REAL);
        if (Double.isFinite(fakeSpread)
                && Double.isFinite(realSpread)
                && fakeSpread < COLLAPSE_RATIO * realSpread) {
            return "Total mode collapse: every forgery became the same sample, so the forger can no longer"
                    + " learn anything new. Try a smaller forger learning rate or a different seed.";
        }
        return null;
    }
}
