package org.ganplayground.engine;

import java.util.List;
import java.util.Map;
import org.ganplayground.domains.DomainSpec;

/**
 * Settings a config falls back to for each domain: measured to train (FACTS.md and the preset
 * tests), so a link or preset that names only a few keys still gets a sensible run.
 */
final class Defaults {

    static final String DOMAIN = "points-2d";

    private Defaults() {}

    static GanConfig forDomain(String domainId) {
        return switch (domainId) {
            case "creatures" ->
                    new GanConfig(
                            new DomainSpec("creatures", Map.of()),
                            List.of(),
                            false,
                            NetSpec.of(Activation.LEAKY_RELU, 128, 256),
                            NetSpec.of(Activation.LEAKY_RELU, 256, 128),
                            OptimizerSpec.adam(2e-4, 0.5),
                            OptimizerSpec.adam(2e-4, 0.5),
                            LossKind.NON_SATURATING,
                            1,
                            64,
                            32,
                            NoiseKind.GAUSSIAN,
                            0,
                            1,
                            5000,
                            250,
                            1);
            case "spectra-1d" ->
                    new GanConfig(
                            new DomainSpec("spectra-1d", Map.of()),
                            List.of(),
                            false,
                            NetSpec.of(Activation.LEAKY_RELU, 32, 32),
                            NetSpec.of(Activation.LEAKY_RELU, 32, 32),
                            OptimizerSpec.adam(1e-3, 0.5),
                            OptimizerSpec.adam(1e-3, 0.5),
                            LossKind.NON_SATURATING,
                            1,
                            128,
                            4,
                            NoiseKind.GAUSSIAN,
                            0,
                            1,
                            3000,
                            100,
                            1);
            default ->
                    new GanConfig(
                            new DomainSpec(domainId, Map.of("shape", "ring8")),
                            List.of(),
                            false,
                            NetSpec.of(Activation.RELU, 32, 32),
                            NetSpec.of(Activation.RELU, 32, 32),
                            OptimizerSpec.adam(1e-3, 0.5),
                            OptimizerSpec.adam(1e-3, 0.5),
                            LossKind.NON_SATURATING,
                            1,
                            64,
                            2,
                            NoiseKind.GAUSSIAN,
                            0,
                            1,
                            2000,
                            50,
                            1);
        };
    }
}
