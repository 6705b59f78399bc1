package org.ganplayground.engine;

/**
 * What the math of one run needs. The learner-facing run config (domain, guardrails, iterations)
 * lives elsewhere and maps onto this.
 *
 * @param labelSmoothing s in [0, 1): the inspector's real target is 1 - s (learners' bounds are in
 *     the settings catalogue)
 * @param packing m in [1, {@link #MAX_PACKING}]: the inspector judges packs of m samples at once
 *     (PacGAN, Lin et al. 2018), one verdict per pack; 1 is a plain inspector
 * @param conditioning how the inspector takes the condition of a conditioned run
 * @param forgerAverage decay d in [0, {@link #MAX_FORGER_AVERAGE}]: what the run shows (forgeries,
 *     snapshots) comes from an exponential moving average of the forger's weights, updated by d
 *     after every forger step; training itself is unchanged. 0 shows the forger as trained
 */
public record TrainerSpec(
        NetSpec forger,
        Activation forgerOutput,
        NetSpec inspector,
        OptimizerSpec forgerOptimizer,
        OptimizerSpec inspectorOptimizer,
        LossKind loss,
        int inspectorSteps,
        int batchSize,
        int noiseDim,
        NoiseKind noise,
        double labelSmoothing,
        int packing,
        Conditioning conditioning,
        double forgerAverage,
        long seed) {

    /** PacGAN's experiments used packs of 2 to 4; wider packs only widen the input layer. */
    public static final int MAX_PACKING = 4;

    /** An average over about 10,000 steps already lags a 5,000-iteration run by most of it. */
    public static final double MAX_FORGER_AVERAGE = 0.9999;

    public TrainerSpec {
        if (forger == null
                || inspector == null
                || forgerOptimizer == null
                || inspectorOptimizer == null
                || loss == null
                || noise == null
                || conditioning == null) {
            throw new IllegalArgumentException("all parts of a TrainerSpec are required");
        }
        if (forgerOutput != Activation.TANH && forgerOutput != Activation.IDENTITY) {
            throw new IllegalArgumentException("forger output must be TANH or IDENTITY");
        }
        if (inspectorSteps < 1 || batchSize < 1 || noiseDim < 1) {
            throw new IllegalArgumentException("inspectorSteps, batchSize, noiseDim must be >= 1");
        }
        if (!(labelSmoothing >= 0 && labelSmoothing < 1)) {
            throw new IllegalArgumentException("labelSmoothing must be in [0, 1)");
        }
        if (!(forgerAverage >= 0 && forgerAverage <= MAX_FORGER_AVERAGE)) {
            throw new IllegalArgumentException(
                    "forgerAverage must be in [0, " + MAX_FORGER_AVERAGE + "]");
        }
        if (packing < 1 || packing > MAX_PACKING) {
            throw new IllegalArgumentException("packing must be in [1, " + MAX_PACKING + "]");
        }
    }
}
