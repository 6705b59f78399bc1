package org.ganplayground.settings;

import static org.ganplayground.settings.Setting.Group.FORGER;
import static org.ganplayground.settings.Setting.Group.GUARDRAILS;
import static org.ganplayground.settings.Setting.Group.INSPECTOR;
import static org.ganplayground.settings.Setting.Group.TRAINING;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganplayground.domains.Domain;
import org.ganplayground.domains.DomainSpec;
import org.ganplayground.domains.Domains;
import org.ganplayground.engine.Activation;
import org.ganplayground.engine.Conditioning;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.engine.LossKind;
import org.ganplayground.engine.NetSpec;
import org.ganplayground.engine.NoiseKind;
import org.ganplayground.engine.OptimizerSpec;
import org.ganplayground.engine.TrainerSpec;
import org.ganplayground.guardrails.Guardrail;
import org.ganplayground.guardrails.Guardrails;

/**
 * Every setting of a run, in one table (TensorFlow Playground's {@code state.ts} is the model):
 * key, type, choices, bounds, label, hint, group and when it applies. A new setting is one entry
 * here, one line in {@link #assemble} and the engine code that uses it; the codec ({@link
 * Settings}), the validation, the playground form, the compare table and lesson checks loop over
 * this list.
 *
 * <p>The bounds keep a shared classroom server alive: at most 4 hidden layers of 512 units, batch 8
 * to 256, 20,000 iterations and 200 snapshots per run.
 */
public final class Catalogue {

    public static final String DOMAIN_PREFIX = "domain.";
    public static final int MAX_LAYERS = 4;
    public static final int MAX_UNITS = 512;
    public static final int MAX_SNAPSHOTS = 200;

    private static final Map<Activation, String> ACTIVATIONS =
            ordered(
                    Activation.RELU, "ReLU",
                    Activation.LEAKY_RELU, "Leaky ReLU",
                    Activation.TANH, "tanh",
                    Activation.SIGMOID, "sigmoid");
    private static final Map<OptimizerSpec.Kind, String> OPTIMIZERS =
            ordered(OptimizerSpec.Kind.ADAM, "Adam", OptimizerSpec.Kind.SGD, "Plain SGD");

    public static final Setting<String> DOMAIN =
            Setting.textChoice(
                    "domain",
                    "What is real",
                    "The kind of data the forger learns to fake.",
                    Setting.Group.DOMAIN,
                    domainTitles(),
                    c -> c.domain().id());

    public static final Setting<List<Guardrail>> GUARDRAIL_RULES =
            Setting.text(
                    "guardrails",
                    "Guardrails",
                    "Rules the real data obeys, measured on every forgery, e.g. legs==8.",
                    GUARDRAILS,
                    Guardrails.MAX_TEXT_LENGTH,
                    Guardrails::parse,
                    Guardrails::format,
                    GanConfig::guardrails);

    /**
     * The most attributes any domain can be given up front: a creature's legs, eyes, fangs, fur.
     */
    public static final int MAX_UP_FRONT = 4;

    public static final Setting<Integer> UP_FRONT =
            Setting.countOrAll(
                    "upfront",
                    "Given up front",
                    "Hand guardrails to both networks as a condition, instead of leaving the forger"
                            + " to learn them from examples: the first ones on legs, eyes, fangs, fur,"
                            + " mode or peak, in the order you wrote them.",
                    GUARDRAILS,
                    MAX_UP_FRONT,
                    GanConfig.ALL_UP_FRONT,
                    n ->
                            n == 0
                                    ? "none: learned from examples"
                                    : n == GanConfig.ALL_UP_FRONT
                                            ? "all that can be"
                                            : n == 1 ? "the first guardrail" : "the first " + n,
                    GanConfig::guardrailsUpFront);

    public static final Setting<Conditioning> CONDITIONING =
            Setting.choice(
                    "inspector.condition",
                    "How the inspector gets what is given up front",
                    "Beside the input: the inspector reads the label next to the sample (a"
                            + " conditional GAN). Projection: it compares the label with what it"
                            + " reads in the sample. Classifier: it also learns to tell each"
                            + " value from real samples, and the forger must be read as the value"
                            + " asked for.",
                    INSPECTOR,
                    ordered(
                            Conditioning.INPUT, "Beside the input",
                            Conditioning.PROJECTION, "Projection (compared with the sample)",
                            Conditioning.CLASSIFIER, "Classifier (read from the sample)"),
                    GanConfig::conditioning);

    public static final Setting<List<Integer>> FORGER_LAYERS =
            Setting.layers(
                    "forger.layers",
                    "Forger layers",
                    "Units per hidden layer, e.g. 32,32: a bigger forger can draw more.",
                    FORGER,
                    MAX_LAYERS,
                    MAX_UNITS,
                    c -> c.forger().hidden());

    public static final Setting<Activation> FORGER_ACTIVATION =
            Setting.choice(
                    "forger.activation",
                    "Forger activation",
                    "How each unit bends its input.",
                    FORGER,
                    ACTIVATIONS,
                    c -> c.forger().activation());

    public static final Setting<OptimizerSpec.Kind> FORGER_OPTIMIZER =
            optimizer("forger", "Forger", FORGER, c -> c.forgerOptimizer().kind());

    public static final Setting<Double> FORGER_LR =
            learningRate(
                    "forger",
                    "Forger",
                    "How big a step the forger takes after each round of feedback.",
                    FORGER,
                    c -> c.forgerOptimizer().learningRate());

    public static final Setting<Double> FORGER_BETA1 =
            beta1("forger", "Forger", FORGER, c -> c.forgerOptimizer().beta1());

    public static final Setting<List<Integer>> INSPECTOR_LAYERS =
            Setting.layers(
                    "inspector.layers",
                    "Inspector layers",
                    "Units per hidden layer: a bigger inspector notices more.",
                    INSPECTOR,
                    MAX_LAYERS,
                    MAX_UNITS,
                    c -> c.inspector().hidden());

    public static final Setting<Activation> INSPECTOR_ACTIVATION =
            Setting.choice(
                    "inspector.activation",
                    "Inspector activation",
                    "How each unit bends its input.",
                    INSPECTOR,
                    ACTIVATIONS,
                    c -> c.inspector().activation());

    public static final Setting<OptimizerSpec.Kind> INSPECTOR_OPTIMIZER =
            optimizer("inspector", "Inspector", INSPECTOR, c -> c.inspectorOptimizer().kind());

    public static final Setting<Double> INSPECTOR_LR =
            learningRate(
                    "inspector",
                    "Inspector",
                    "How fast the inspector learns: too fast and the forger gets no useful"
                            + " feedback.",
                    INSPECTOR,
                    c -> c.inspectorOptimizer().learningRate());

    public static final Setting<Double> INSPECTOR_BETA1 =
            beta1("inspector", "Inspector", INSPECTOR, c -> c.inspectorOptimizer().beta1());

    public static final Setting<Integer> INSPECTOR_STEPS =
            Setting.integer(
                    "inspector.steps",
                    "Inspector steps per forger step",
                    "How many rounds the inspector trains before the forger gets one.",
                    INSPECTOR,
                    1,
                    10,
                    GanConfig::inspectorSteps);

    public static final Setting<LossKind> LOSS =
            Setting.choice(
                    "loss",
                    "Loss",
                    "Non-saturating is the usual choice; minimax is the original game, whose"
                            + " feedback vanishes when the inspector wins.",
                    TRAINING,
                    ordered(
                            LossKind.NON_SATURATING, "Non-saturating",
                            LossKind.MINIMAX, "Minimax (the original game)",
                            LossKind.LEAST_SQUARES, "Least squares"),
                    GanConfig::loss);

    public static final Setting<Integer> ITERATIONS =
            Setting.integer(
                    "iterations",
                    "Iterations",
                    "Rounds of the game.",
                    TRAINING,
                    1,
                    20_000,
                    GanConfig::iterations);

    public static final Setting<Integer> SNAPSHOT_EVERY =
            Setting.integer(
                    "snapshot.every",
                    "Snapshot every",
                    "How often the run stores a picture of its state: at most "
                            + MAX_SNAPSHOTS
                            + " pictures a run.",
                    TRAINING,
                    1,
                    20_000,
                    GanConfig::snapshotEvery);

    public static final Setting<Integer> BATCH =
            Setting.integer(
                    "batch",
                    "Batch size",
                    "Samples the inspector sees per round.",
                    TRAINING,
                    8,
                    256,
                    GanConfig::batchSize);

    public static final Setting<Integer> NOISE_DIM =
            Setting.integer(
                    "noise.dim",
                    "Noise size",
                    "How many random numbers the forger starts each forgery from.",
                    TRAINING,
                    1,
                    128,
                    GanConfig::noiseDim);

    public static final Setting<NoiseKind> NOISE =
            Setting.choice(
                    "noise",
                    "Noise",
                    "Where the forger's random numbers come from.",
                    TRAINING,
                    ordered(
                            NoiseKind.GAUSSIAN, "Gaussian (bell curve)",
                            NoiseKind.UNIFORM, "Uniform (-1 to 1)"),
                    GanConfig::noise);

    public static final Setting<Double> SMOOTHING =
            Setting.decimal(
                    "smoothing",
                    "Label smoothing",
                    "Tells the inspector real is 1 minus this (0.9 at 0.1), not 1: a humbler inspector.",
                    TRAINING,
                    0,
                    0.3,
                    GanConfig::labelSmoothing);

    public static final Setting<Integer> PACKING =
            Setting.integer(
                    "inspector.packing",
                    "Inspector packing",
                    "How many samples the inspector judges at once (PacGAN): a pack of"
                            + " look-alike forgeries gives a collapsed forger away. 1 is a plain"
                            + " inspector.",
                    INSPECTOR,
                    1,
                    TrainerSpec.MAX_PACKING,
                    GanConfig::packing);

    public static final Setting<Double> FORGER_AVERAGE =
            Setting.decimal(
                    "forger.average",
                    "Forger averaging",
                    "Shows an average of the forger's recent weights (0.999: about the last 1,000"
                            + " steps) instead of the latest: steadier forgeries, same training."
                            + " 0 shows the forger as trained.",
                    FORGER,
                    0,
                    TrainerSpec.MAX_FORGER_AVERAGE,
                    GanConfig::forgerAverage);

    public static final Setting<Long> SEED =
            Setting.whole(
                    "seed",
                    "Seed",
                    "The same seed and settings give exactly the same run.",
                    TRAINING,
                    0,
                    1_000_000_000L,
                    GanConfig::seed);

    /** The settings every domain has, in the order the form and the serialised form use. */
    static final List<Setting<?>> GENERAL =
            List.of(
                    GUARDRAIL_RULES,
                    UP_FRONT,
                    FORGER_LAYERS,
                    FORGER_ACTIVATION,
                    FORGER_OPTIMIZER,
                    FORGER_LR,
                    FORGER_BETA1,
                    FORGER_AVERAGE,
                    INSPECTOR_LAYERS,
                    INSPECTOR_ACTIVATION,
                    INSPECTOR_OPTIMIZER,
                    INSPECTOR_LR,
                    INSPECTOR_BETA1,
                    INSPECTOR_STEPS,
                    PACKING,
                    CONDITIONING,
                    LOSS,
                    ITERATIONS,
                    SNAPSHOT_EVERY,
                    BATCH,
                    NOISE_DIM,
                    NOISE,
                    SMOOTHING,
                    SEED);

    /**
     * Per domain, the settings that differ from an entry's default: measured to train (README's
     * Benchmarks and the preset tests), so a link that names only a few keys still gets a sensible
     * run.
     */
    private static final Map<String, Map<String, String>> DOMAIN_DEFAULTS =
            Map.of(
                    "points-2d",
                    Map.of(),
                    "creatures",
                    Map.of(
                            "forger.layers", "128,256",
                            "inspector.layers", "256,128",
                            "forger.activation", "leaky_relu",
                            "inspector.activation", "leaky_relu",
                            "forger.lr", "0.0002",
                            "inspector.lr", "0.0002",
                            "noise.dim", "32",
                            "forger.average", "0.999",
                            "iterations", "5000",
                            "snapshot.every", "250"),
                    "spectra-1d",
                    Map.of(
                            "forger.activation", "leaky_relu",
                            "inspector.activation", "leaky_relu",
                            "batch", "128",
                            "noise.dim", "4",
                            "iterations", "3000",
                            "snapshot.every", "100"));

    /** The defaults every domain starts from. */
    private static final Map<String, String> BASE_DEFAULTS =
            ordered(
                    "domain", "points-2d",
                    "guardrails", "",
                    "upfront", "false",
                    "forger.layers", "32,32",
                    "forger.activation", "relu",
                    "forger.optimizer", "adam",
                    "forger.lr", "0.001",
                    "forger.beta1", "0.5",
                    "forger.average", "0",
                    "inspector.layers", "32,32",
                    "inspector.activation", "relu",
                    "inspector.optimizer", "adam",
                    "inspector.lr", "0.001",
                    "inspector.beta1", "0.5",
                    "inspector.steps", "1",
                    "inspector.packing", "1",
                    "inspector.condition", "input",
                    "loss", "non_saturating",
                    "iterations", "2000",
                    "snapshot.every", "50",
                    "batch", "64",
                    "noise.dim", "2",
                    "noise", "gaussian",
                    "smoothing", "0",
                    "seed", "1");

    private static final Map<String, List<Setting<?>>> BY_DOMAIN = byDomain();

    private Catalogue() {}

    /** Builds the config from values that each passed their own setting's checks. */
    static GanConfig assemble(Settings.Values v) {
        return new GanConfig(
                new DomainSpec(v.get(DOMAIN), v.domainParams()),
                v.get(GUARDRAIL_RULES),
                v.get(UP_FRONT),
                v.get(CONDITIONING),
                new NetSpec(v.get(FORGER_LAYERS), v.get(FORGER_ACTIVATION)),
                new NetSpec(v.get(INSPECTOR_LAYERS), v.get(INSPECTOR_ACTIVATION)),
                optimizerSpec(v.get(FORGER_OPTIMIZER), v.get(FORGER_LR), v.get(FORGER_BETA1)),
                optimizerSpec(
                        v.get(INSPECTOR_OPTIMIZER), v.get(INSPECTOR_LR), v.get(INSPECTOR_BETA1)),
                v.get(LOSS),
                v.get(INSPECTOR_STEPS),
                v.get(BATCH),
                v.get(NOISE_DIM),
                v.get(NOISE),
                v.get(SMOOTHING),
                v.get(PACKING),
                v.get(FORGER_AVERAGE),
                v.get(ITERATIONS),
                v.get(SNAPSHOT_EVERY),
                v.get(SEED));
    }

    /** Every setting of one domain: the domain, its own parameters, then the general ones. */
    public static List<Setting<?>> forDomain(String domainId) {
        List<Setting<?>> settings = BY_DOMAIN.get(domainId);
        if (settings == null) {
            throw new IllegalArgumentException("Unknown domain '" + domainId + "'");
        }
        return settings;
    }

    /** Built once: every read, write and form asks for a domain's settings. */
    private static Map<String, List<Setting<?>>> byDomain() {
        Map<String, List<Setting<?>>> out = new LinkedHashMap<>();
        for (Domain domain : Domains.all()) {
            List<Setting<?>> settings = new ArrayList<>();
            settings.add(DOMAIN);
            domain.params()
                    .forEach(
                            p ->
                                    settings.add(
                                            Setting.domainParam(domain.id(), domain.params(), p)));
            settings.addAll(GENERAL);
            out.put(domain.id(), List.copyOf(settings));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Every setting of every domain (domain parameters once per domain). */
    public static List<Setting<?>> all() {
        List<Setting<?>> out = new ArrayList<>();
        out.add(DOMAIN);
        BY_DOMAIN
                .values()
                .forEach(
                        settings ->
                                settings.stream()
                                        .filter(s -> s.key().startsWith(DOMAIN_PREFIX))
                                        .forEach(out::add));
        out.addAll(GENERAL);
        return out;
    }

    /** The serialised defaults of a domain (a known id). */
    public static Map<String, String> defaults(String domainId) {
        Map<String, String> out = new LinkedHashMap<>(BASE_DEFAULTS);
        out.put(DOMAIN.key(), domainId);
        out.putAll(DOMAIN_DEFAULTS.getOrDefault(domainId, Map.of()));
        Domains.byId(domainId)
                .params()
                .forEach(p -> out.put(DOMAIN_PREFIX + p.name(), p.defaultValue()));
        return out;
    }

    public static String defaultDomain() {
        return BASE_DEFAULTS.get(DOMAIN.key());
    }

    private static OptimizerSpec optimizerSpec(OptimizerSpec.Kind kind, double lr, double beta1) {
        return kind == OptimizerSpec.Kind.SGD
                ? new OptimizerSpec(OptimizerSpec.Kind.SGD, lr, 0)
                : OptimizerSpec.adam(lr, beta1);
    }

    private static Setting<OptimizerSpec.Kind> optimizer(
            String who,
            String label,
            Setting.Group group,
            java.util.function.Function<GanConfig, OptimizerSpec.Kind> get) {
        return Setting.choice(
                who + ".optimizer",
                label + " optimizer",
                "Adam adapts its step sizes; plain SGD takes the same step every time.",
                group,
                OPTIMIZERS,
                get);
    }

    private static Setting<Double> learningRate(
            String who,
            String label,
            String hint,
            Setting.Group group,
            java.util.function.Function<GanConfig, Double> get) {
        return Setting.decimal(who + ".lr", label + " learning rate", hint, group, 0.00001, 1, get);
    }

    /** Adam's momentum; it means nothing to plain SGD, so it is hidden there. */
    private static Setting<Double> beta1(
            String who,
            String label,
            Setting.Group group,
            java.util.function.Function<GanConfig, Double> get) {
        return Setting.decimal(
                        who + ".beta1",
                        label + " momentum (beta1)",
                        "How much Adam's last steps carry on into the next.",
                        group,
                        0,
                        0.99,
                        get)
                .onlyWhen(values -> !"sgd".equals(values.get(who + ".optimizer")));
    }

    private static Map<String, String> domainTitles() {
        Map<String, String> out = new LinkedHashMap<>();
        Domains.all().forEach(d -> out.put(d.id(), d.title()));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <K, V> Map<K, V> ordered(Object... pairs) {
        Map<K, V> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            out.put((K) pairs[i], (V) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
