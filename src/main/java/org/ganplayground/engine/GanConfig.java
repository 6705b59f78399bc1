package org.ganplayground.engine;

import java.util.List;
import org.ganplayground.domains.DomainSpec;
import org.ganplayground.guardrails.Guardrail;

/**
 * Everything that describes a run, seed included: the same config and seed give the same run. A
 * plain record: its serialised form, bounds and plain-language labels live in the settings
 * catalogue (src/main/java/org/ganplayground/settings/Catalogue.java), used alike for the URL, the
 * database and lesson presets.
 */
public record GanConfig(
        DomainSpec domain,
        List<Guardrail> guardrails,
        boolean guardrailsUpFront,
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

    public GanConfig {
        guardrails = List.copyOf(guardrails);
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
                forgerAverage,
                seed);
    }
}
