package org.ganplayground.engine;

import java.util.ArrayList;
import java.util.List;
import org.ganplayground.domains.DomainSetup;
import org.ganplayground.domains.Domains;

/**
 * The bounds of a run config and their messages. They keep one learner's run from starving a
 * classroom server: a run of the largest allowed size still finishes in minutes on one core.
 */
final class ConfigRules {

    static final double MIN_LR = 0.00001;
    static final double MAX_LR = 1;
    static final String LR_MESSAGE = "Learning rate must be between 0.00001 and 1";
    static final double MAX_BETA1 = 0.99;
    static final String BETA1_MESSAGE = "Beta1 (momentum) must be between 0 and 0.99";
    static final int MAX_LAYERS = 4;
    static final String LAYERS_MESSAGE = "A network can have 1 to 4 hidden layers";
    static final int MAX_UNITS = 512;
    static final String UNITS_MESSAGE = "A layer can have 1 to 512 units";
    static final int MIN_BATCH = 8;
    static final int MAX_BATCH = 256;
    static final int MAX_NOISE_DIM = 128;
    static final int MAX_INSPECTOR_STEPS = 10;
    static final int MAX_ITERATIONS = 20_000;
    static final int MAX_SNAPSHOTS = 200;
    static final double MAX_SMOOTHING = 0.3;

    private ConfigRules() {}

    static List<ConfigError> check(GanConfig c) {
        List<ConfigError> errors = new ArrayList<>();
        checkNet(errors, "forger", c.forger());
        checkNet(errors, "inspector", c.inspector());
        range(errors, ConfigForm.BATCH, c.batchSize(), MIN_BATCH, MAX_BATCH, "Batch size");
        range(errors, ConfigForm.NOISE_DIM, c.noiseDim(), 1, MAX_NOISE_DIM, "Noise size");
        range(
                errors,
                ConfigForm.INSPECTOR_STEPS,
                c.inspectorSteps(),
                1,
                MAX_INSPECTOR_STEPS,
                "Inspector steps");
        range(errors, ConfigForm.ITERATIONS, c.iterations(), 1, MAX_ITERATIONS, "Iterations");
        if (!(c.labelSmoothing() >= 0 && c.labelSmoothing() <= MAX_SMOOTHING)) {
            errors.add(
                    new ConfigError(
                            ConfigForm.SMOOTHING, "Label smoothing must be between 0 and 0.3"));
        }
        if (c.seed() < 0) {
            errors.add(
                    new ConfigError(
                            ConfigForm.SEED, "The seed must be 0 or a positive whole number"));
        }
        int minEvery = Math.max(1, (c.iterations() + MAX_SNAPSHOTS - 1) / MAX_SNAPSHOTS);
        if (c.snapshotEvery() < minEvery
                || c.snapshotEvery() > Math.max(minEvery, c.iterations())) {
            errors.add(
                    new ConfigError(
                            ConfigForm.SNAPSHOT_EVERY,
                            "Snapshot interval must be between "
                                    + minEvery
                                    + " and "
                                    + Math.max(minEvery, c.iterations())
                                    + " for "
                                    + c.iterations()
                                    + " iterations (at most 200 snapshots a run)"));
        }
        checkDomain(errors, c);
        return errors;
    }

    private static void checkDomain(List<ConfigError> errors, GanConfig c) {
        DomainSetup setup;
        try {
            setup = Domains.setup(c.domain());
        } catch (IllegalArgumentException e) {
            errors.add(new ConfigError(ConfigForm.DOMAIN, e.getMessage()));
            return;
        }
        try {
            // builds the real sampler: refuses unknown features and rules no real sample can obey
            setup.sampler(c.guardrails(), c.guardrailsUpFront());
        } catch (IllegalArgumentException e) {
            errors.add(new ConfigError(ConfigForm.GUARDRAILS, e.getMessage()));
        }
    }

    private static void checkNet(List<ConfigError> errors, String who, NetSpec net) {
        if (net.hidden().isEmpty() || net.hidden().size() > MAX_LAYERS) {
            errors.add(new ConfigError(who + ".layers", LAYERS_MESSAGE));
        }
        if (net.hidden().stream().anyMatch(u -> u > MAX_UNITS)) {
            errors.add(new ConfigError(who + ".layers", UNITS_MESSAGE));
        }
        if (net.activation() == Activation.IDENTITY) {
            errors.add(
                    new ConfigError(
                            who + ".activation",
                            "Hidden layers need a non-linear activation: relu, leaky_relu, tanh or sigmoid"));
        }
    }

    private static void range(
            List<ConfigError> errors, String key, int value, int min, int max, String what) {
        if (value < min || value > max) {
            errors.add(new ConfigError(key, what + " must be between " + min + " and " + max));
        }
    }
}
