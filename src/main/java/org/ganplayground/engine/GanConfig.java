package org.ganplayground.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ganplayground.domains.DomainSpec;
import org.ganplayground.guardrails.Guardrail;

/**
 * Everything that describes a run, seed included: the same config and seed give the same run. Its
 * serialised form is a flat map of strings ({@link ConfigForm}), used alike in the URL, in the
 * database and in lesson presets.
 *
 * <p>Bounds keep a shared classroom server alive: at most 4 hidden layers of 512 units, batch 8 to
 * 256, 20,000 iterations and 200 snapshots per run. See {@link ConfigRules}.
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
        int iterations,
        int snapshotEvery,
        long seed) {

    public GanConfig {
        guardrails = List.copyOf(guardrails);
    }

    /** Every problem with this config in plain words; empty when it can be run. */
    public List<ConfigError> validate() {
        return ConfigRules.check(this);
    }

    public static GanConfig fromParams(Map<String, String> params) {
        return ConfigForm.parse(params);
    }

    public Map<String, String> toParams() {
        return ConfigForm.format(this);
    }

    public static GanConfig fromJson(String json) {
        return ConfigForm.parse(ConfigForm.readJson(json));
    }

    public String toJson() {
        return ConfigForm.writeJson(toParams());
    }

    /** The URL query string form: {@code domain=points-2d&domain.shape=ring8&...}. */
    public String toQuery() {
        return ConfigForm.writeQuery(toParams());
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
                seed);
    }

    /** A short name for lists: domain, shape or guardrails, and the seed. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        parts.add(domain.id());
        String shape = domain.params().get("shape");
        if (shape != null) {
            parts.add(shape);
        }
        if (!guardrails.isEmpty()) {
            parts.add((guardrailsUpFront ? "up front: " : "rules: ") + guardrails.size());
        }
        parts.add("seed " + seed);
        return String.join(" · ", parts);
    }

    /** This config with some settings replaced, given in the serialised form. */
    public GanConfig with(Map<String, String> changes) {
        Map<String, String> params = new java.util.LinkedHashMap<>(toParams());
        params.putAll(changes);
        return fromParams(params);
    }

    public GanConfig withSeed(long newSeed) {
        return with(Map.of(ConfigForm.SEED, Long.toString(newSeed)));
    }
}
