package org.ganplayground.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ganplayground.domains.DomainSpec;
import org.ganplayground.guardrails.Guardrail;
import org.ganplayground.guardrails.Guardrails;

/**
 * The serialised form of a {@link GanConfig}: a flat map of strings with readable keys ({@code
 * forger.lr=0.001}). Missing keys take the domain's defaults, so a lesson preset or a hand-edited
 * link names only what matters. Parsing collects every problem before it fails.
 */
public final class ConfigForm {

    public static final String DOMAIN = "domain";
    public static final String DOMAIN_PREFIX = "domain.";
    public static final String GUARDRAILS = "guardrails";
    public static final String UP_FRONT = "upfront";
    public static final String LOSS = "loss";
    public static final String INSPECTOR_STEPS = "inspector.steps";
    public static final String BATCH = "batch";
    public static final String NOISE = "noise";
    public static final String NOISE_DIM = "noise.dim";
    public static final String SMOOTHING = "smoothing";
    public static final String ITERATIONS = "iterations";
    public static final String SNAPSHOT_EVERY = "snapshot.every";
    public static final String SEED = "seed";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConfigForm() {}

    static Map<String, String> format(GanConfig c) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(DOMAIN, c.domain().id());
        new TreeMap<>(c.domain().params()).forEach((k, v) -> out.put(DOMAIN_PREFIX + k, v));
        out.put(GUARDRAILS, Guardrails.format(c.guardrails()));
        out.put(UP_FRONT, Boolean.toString(c.guardrailsUpFront()));
        net(out, "forger", c.forger(), c.forgerOptimizer());
        net(out, "inspector", c.inspector(), c.inspectorOptimizer());
        out.put(LOSS, lower(c.loss()));
        out.put(INSPECTOR_STEPS, Integer.toString(c.inspectorSteps()));
        out.put(BATCH, Integer.toString(c.batchSize()));
        out.put(NOISE, lower(c.noise()));
        out.put(NOISE_DIM, Integer.toString(c.noiseDim()));
        out.put(SMOOTHING, num(c.labelSmoothing()));
        out.put(ITERATIONS, Integer.toString(c.iterations()));
        out.put(SNAPSHOT_EVERY, Integer.toString(c.snapshotEvery()));
        out.put(SEED, Long.toString(c.seed()));
        return out;
    }

    private static void net(Map<String, String> out, String who, NetSpec net, OptimizerSpec opt) {
        out.put(
                who + ".layers",
                net.hidden().stream().map(String::valueOf).collect(Collectors.joining(",")));
        out.put(who + ".activation", lower(net.activation()));
        out.put(who + ".optimizer", lower(opt.kind()));
        out.put(who + ".lr", num(opt.learningRate()));
        out.put(who + ".beta1", num(opt.beta1()));
    }

    /**
     * Reads the serialised form; unknown keys and unreadable values are refused.
     *
     * @throws InvalidConfigException listing every problem, by key
     */
    static GanConfig parse(Map<String, String> params) {
        Reader r = new Reader(params);
        String domainId = r.raw(DOMAIN, Defaults.DOMAIN);
        GanConfig d = Defaults.forDomain(domainId);
        Map<String, String> domainParams = new TreeMap<>();
        params.forEach(
                (k, v) -> {
                    if (k.startsWith(DOMAIN_PREFIX)) {
                        domainParams.put(k.substring(DOMAIN_PREFIX.length()), v);
                        r.seen(k);
                    }
                });
        List<Guardrail> rules = r.get(GUARDRAILS, d.guardrails(), Guardrails::parse);
        GanConfig c =
                new GanConfig(
                        new DomainSpec(
                                domainId,
                                domainParams.isEmpty() ? d.domain().params() : domainParams),
                        rules,
                        r.get(UP_FRONT, d.guardrailsUpFront(), ConfigForm::bool),
                        r.net("forger", d.forger()),
                        r.net("inspector", d.inspector()),
                        r.optimizer("forger", d.forgerOptimizer()),
                        r.optimizer("inspector", d.inspectorOptimizer()),
                        r.get(LOSS, d.loss(), v -> enumOf(LossKind.class, v)),
                        r.get(INSPECTOR_STEPS, d.inspectorSteps(), Integer::parseInt),
                        r.get(BATCH, d.batchSize(), Integer::parseInt),
                        r.get(NOISE_DIM, d.noiseDim(), Integer::parseInt),
                        r.get(NOISE, d.noise(), v -> enumOf(NoiseKind.class, v)),
                        r.get(SMOOTHING, d.labelSmoothing(), Double::parseDouble),
                        1, // packing: no settings key yet, so a parsed config packs nothing
                        r.get(ITERATIONS, d.iterations(), Integer::parseInt),
                        r.get(SNAPSHOT_EVERY, d.snapshotEvery(), Integer::parseInt),
                        r.get(SEED, d.seed(), Long::parseLong));
        r.refuseUnknown();
        if (!r.errors.isEmpty()) {
            throw new InvalidConfigException(r.errors);
        }
        return c;
    }

    static Map<String, String> readJson(String json) {
        try {
            Map<String, Object> raw =
                    JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
            Map<String, String> out = new LinkedHashMap<>();
            raw.forEach((k, v) -> out.put(k, v == null ? "" : String.valueOf(v)));
            return out;
        } catch (JsonProcessingException e) {
            throw new InvalidConfigException(
                    List.of(
                            new ConfigError(
                                    "json",
                                    "This is not a GAN Playground config: "
                                            + e.getOriginalMessage())));
        }
    }

    static String writeJson(Map<String, String> params) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(params);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String writeQuery(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** Reads a query string; repeated keys keep the last value. */
    public static Map<String, String> readQuery(String query) {
        Map<String, String> out = new LinkedHashMap<>();
        if (query == null || query.isBlank()) {
            return out;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            out.put(
                    URLDecoder.decode(k, StandardCharsets.UTF_8),
                    URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15
                ? Long.toString((long) v)
                : Double.toString(v);
    }

    private static boolean bool(String v) {
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off", "" -> false;
            default -> throw new IllegalArgumentException("use true or false");
        };
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String v) {
        try {
            return Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "choose one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(ConfigForm::lower)
                                    .collect(Collectors.joining(", ")));
        }
    }

    /** Reads keys, remembers which it used, and collects problems instead of stopping. */
    private static final class Reader {
        final Map<String, String> params;
        final List<ConfigError> errors = new ArrayList<>();
        final java.util.Set<String> used = new java.util.HashSet<>();

        Reader(Map<String, String> params) {
            this.params = params;
        }

        void seen(String key) {
            used.add(key);
        }

        String raw(String key, String fallback) {
            used.add(key);
            String v = params.get(key);
            return v == null || v.isBlank() ? fallback : v.strip();
        }

        <T> T get(String key, T fallback, Function<String, T> parse) {
            used.add(key);
            String v = params.get(key);
            if (v == null) {
                return fallback;
            }
            try {
                return parse.apply(v.strip());
            } catch (RuntimeException e) {
                String why =
                        e instanceof NumberFormatException ? "must be a number" : e.getMessage();
                errors.add(new ConfigError(key, "'" + v + "' is not valid here: " + why));
                return fallback;
            }
        }

        NetSpec net(String who, NetSpec fallback) {
            List<Integer> layers = get(who + ".layers", fallback.hidden(), ConfigForm::layers);
            Activation act =
                    get(
                            who + ".activation",
                            fallback.activation(),
                            v -> enumOf(Activation.class, v));
            return new NetSpec(layers, act);
        }

        OptimizerSpec optimizer(String who, OptimizerSpec fallback) {
            OptimizerSpec.Kind kind =
                    get(
                            who + ".optimizer",
                            fallback.kind(),
                            v -> enumOf(OptimizerSpec.Kind.class, v));
            double lr = get(who + ".lr", fallback.learningRate(), Double::parseDouble);
            double beta1 = get(who + ".beta1", fallback.beta1(), Double::parseDouble);
            if (!(lr >= ConfigRules.MIN_LR && lr <= ConfigRules.MAX_LR)) {
                errors.add(new ConfigError(who + ".lr", ConfigRules.LR_MESSAGE));
                lr = fallback.learningRate();
            }
            if (!(beta1 >= 0 && beta1 <= ConfigRules.MAX_BETA1)) {
                errors.add(new ConfigError(who + ".beta1", ConfigRules.BETA1_MESSAGE));
                beta1 = fallback.beta1();
            }
            return new OptimizerSpec(kind, lr, kind == OptimizerSpec.Kind.SGD ? 0 : beta1);
        }

        void refuseUnknown() {
            params.keySet().stream()
                    .filter(k -> !used.contains(k))
                    .sorted()
                    .forEach(k -> errors.add(new ConfigError(k, "Unknown setting '" + k + "'")));
        }
    }

    private static List<Integer> layers(String v) {
        if (v.isBlank()) {
            throw new IllegalArgumentException("give at least one layer, e.g. 32,32");
        }
        List<Integer> out = new ArrayList<>();
        for (String part : v.split(",")) {
            int units = Integer.parseInt(part.strip());
            if (units < 1 || units > ConfigRules.MAX_UNITS) {
                throw new IllegalArgumentException(ConfigRules.UNITS_MESSAGE);
            }
            out.add(units);
        }
        if (out.size() > ConfigRules.MAX_LAYERS) {
            throw new IllegalArgumentException(ConfigRules.LAYERS_MESSAGE);
        }
        return out;
    }
}
