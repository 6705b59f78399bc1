package org.ganplayground.engine;

import org.ganplayground.guardrails.PassRates;

/** Names of the scalar metrics every snapshot carries; domain quality metrics add their own. */
public final class Metrics {

    public static final String SCORE_REAL = "score_real";
    public static final String SCORE_FAKE = "score_fake";
    public static final String LOSS_INSPECTOR = "loss_inspector";
    public static final String LOSS_FORGER = "loss_forger";
    public static final String ACCURACY = "accuracy";

    /** Mean per-dimension standard deviation of the judged forgeries and reals. */
    public static final String SPREAD_FAKE = "spread_fake";

    public static final String SPREAD_REAL = "spread_real";

    /** Prefix of per-guardrail pass rates, written by the domain: {@code pass legs==8}. */
    public static final String PASS_PREFIX = PassRates.METRIC_PREFIX;

    private Metrics() {}
}
