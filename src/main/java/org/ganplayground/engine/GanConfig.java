package org.ganplayground.engine;

import java.util.List;
import org.ganplayground.domains.DomainSpec;
import org.ganplayground.guardrails.Guardrail;

/**
 * Everything that describes a run, seed included: the same config and seed give the same run. A
 * plain record: its serialised form, bounds and plain-language labels live in the settings
 * catalogue (src/main/java/org/ganplayground/settings/Catalogue.java), used alike for the URL, the
 * database and lesson presets.
 *
 * @param guardrailsUpFront how many of the guardrails are given up front: the first that many
 *     guardrails on attributes the domain draws directly, in the order written; {@link
 *     #ALL_UP_FRONT} for all of them, 0 for none
 * @param conditioning how the inspector takes what is given up front
 */
public record GanConfig(
        DomainSpec domain,
        List<Guardrail> guardrails,
        int guardrailsUpFront,
        Conditioning conditioning,
        NetSpec forger,
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
        double forgerAverage,
        int iterations,
        int snapshotEvery,
        long seed) {

    /** Every guardrail that can be given up front is. */
    public static final int ALL_UP_FRONT = Integer.MAX_VALUE;

    public GanConfig {
        guardrails = List.copyOf(guardrails);
    }

    /**
     * Whether any guardrail is given up front (whether the domain can take it is the sampler's).
     */
    public boolean anyUpFront() {
        return guardrailsUpFront > 0;
    }

    /**
     * The math the trainer needs; the forger ends in tanh when the domain's samples are bounded.
     */
    public TrainerSpec trainerSpec(boolean boundedOutput) {
        return new TrainerSpec(
                forger,
                boundedOutput ? Activation.TANH : Activation.IDENTITY,
                inspector,
                forgerOptimizer,
                inspectorOptimizer,
                loss,
                inspectorSteps,
                batchSize,
                noiseDim,
                noise,
                labelSmoothing,
                packing,
                conditioning,
                forgerAverage,
                seed);
    }
}
