package org.ganplayground.engine;

/**
 * What the math of one run needs. The learner-facing run config (domain, guardrails, iterations)
 * lives elsewhere and maps onto this.
 *
 * @param labelSmoothing s in [0, 0.3]: the inspector's real target is 1 - s
 * @param packing m in [1, {@link #MAX_PACKING}]: the inspector judges packs of m samples at once
 *     (PacGAN, Lin et al. 2018), one verdict per pack; 1 is a plain inspector
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
        long seed) {

    /** PacGAN's experiments used packs of 2 to 4; wider packs only widen the input layer. */
    public static final int MAX_PACKING = 4;

    public TrainerSpec {
        if (forger == null
                || inspector == null
                || forgerOptimizer == null
                || inspectorOptimizer == null
                || loss == null
                || noise == null) {
            throw new IllegalArgumentException("all parts of a TrainerSpec are required");
        }
        if (forgerOutput != Activation.TANH && forgerOutput != Activation.IDENTITY) {
            throw new IllegalArgumentException("forger output must be TANH or IDENTITY");
        }
        if (inspectorSteps < 1 || batchSize < 1 || noiseDim < 1) {
            throw new IllegalArgumentException("inspectorSteps, batchSize, noiseDim must be >= 1");
        }
        if (!(labelSmoothing >= 0 && labelSmoothing <= 0.3)) {
            throw new IllegalArgumentException("labelSmoothing must be in [0, 0.3]");
        }
        if (packing < 1 || packing > MAX_PACKING) {
            throw new IllegalArgumentException("packing must be in [1, " + MAX_PACKING + "]");
        }
    }

    /** The reference ring task of FACTS.md: 2-32-32-2 vs 2-32-32-1, ReLU, Adam 1e-3/0.5. */
    public static TrainerSpec ringReference(long seed) {
        NetSpec net = NetSpec.of(Activation.RELU, 32, 32);
        OptimizerSpec adam = OptimizerSpec.adam(1e-3, 0.5);
        return new TrainerSpec(
                net,
                Activation.IDENTITY,
                net,
                adam,
                adam,
                LossKind.NON_SATURATING,
                1,
                64,
                2,
                NoiseKind.GAUSSIAN,
                0,
                1,
                seed);
    }
}
