package org.ganplayground.engine;

/**
 * The reference ring task of the README's benchmarks: 2-32-32-2 vs 2-32-32-1, ReLU, Adam 1e-3/0.5,
 * batch 64.
 */
final class RingReference {

    private RingReference() {}

    static TrainerSpec spec(long seed) {
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
                Conditioning.INPUT,
                0,
                seed);
    }

    /** {@code s} with another packing and forger average, everything else the same. */
    static TrainerSpec with(TrainerSpec s, int packing, double forgerAverage) {
        return new TrainerSpec(
                s.forger(),
                s.forgerOutput(),
                s.inspector(),
                s.forgerOptimizer(),
                s.inspectorOptimizer(),
                s.loss(),
                s.inspectorSteps(),
                s.batchSize(),
                s.noiseDim(),
                s.noise(),
                s.labelSmoothing(),
                packing,
                s.conditioning(),
                forgerAverage,
                s.seed());
    }
}
