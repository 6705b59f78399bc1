package org.ganplayground.domains;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.ganplayground.guardrails.Comparison;
import org.ganplayground.guardrails.FeatureInfo;
import org.ganplayground.guardrails.Guardrail;
import org.ganplayground.guardrails.Guardrails;

/**
 * Real samples that obey the learner's guardrails. Unconditioned, every sample passes every rule.
 * Conditioned, a rule on a conditionable attribute (legs, mode, in_peak) does not narrow the real
 * set: samples span every value the parameters allow, each row's condition is the one-hot of its
 * value, and the forger is asked for the rule's value. Attributes are set directly where the domain
 * can; other rules are met by redrawing, which the constructor checks is cheap enough.
 */
public final class GuardedSampler implements RealSampler {

    private static final int PILOT = 400;
    private static final double MIN_PASS_RATE = 0.02;
    private static final int MAX_TRIES = 5000;

    private final DomainSetup setup;
    private final List<Guardrail> rules;
    private final List<Guardrail> realRules;
    private final int[] feature;
    private final int[][] values;
    private final double[][] cumulative;
    private final boolean[] inCondition;
    private final int[] requested;
    private final int conditionSize;

    private GuardedSampler(
            DomainSetup setup,
            List<Guardrail> rules,
            List<Guardrail> realRules,
            int[] feature,
            int[][] values,
            double[][] cumulative,
            boolean[] inCondition,
            int[] requested) {
        this.setup = setup;
        this.rules = List.copyOf(rules);
        this.realRules = List.copyOf(realRules);
        this.feature = feature;
        this.values = values;
        this.cumulative = cumulative;
        this.inCondition = inCondition;
        this.requested = requested;
        int size = 0;
        for (int a = 0; a < feature.length; a++) {
            size += inCondition[a] ? allowed(a).size() : 0;
        }
        this.conditionSize = size;
    }

    static GuardedSampler build(DomainSetup setup, List<Guardrail> rules, boolean conditioned) {
        Guardrails.check(rules, setup);
        List<FeatureInfo> features = setup.features();
        List<Integer> attributes = new ArrayList<>();
        for (int f = 0; f < features.size(); f++) {
            if (features.get(f).conditionable()) {
                attributes.add(f);
            }
        }
        int count = attributes.size();
        int[] feature = attributes.stream().mapToInt(Integer::intValue).toArray();
        int[][] values = new int[count][];
        double[][] cumulative = new double[count][];
        boolean[] inCondition = new boolean[count];
        int[] requested = new int[count];
        List<Guardrail> realRules = new ArrayList<>(rules);
        for (int a = 0; a < count; a++) {
            FeatureInfo info = features.get(feature[a]);
            List<Guardrail> on =
                    rules.stream().filter(r -> r.feature().equals(info.name())).toList();
            List<Integer> passing = passing(info, on);
            inCondition[a] = conditioned && !on.isEmpty();
            List<Integer> drawn = inCondition[a] ? info.values() : passing;
            values[a] = drawn.stream().mapToInt(Integer::intValue).toArray();
            cumulative[a] = cumulative(setup, info.name(), values[a]);
            requested[a] = passing.get(0);
            if (inCondition[a]) {
                realRules.removeAll(on);
            }
        }
        GuardedSampler sampler =
                new GuardedSampler(
                        setup,
                        rules,
                        realRules,
                        feature,
                        values,
                        cumulative,
                        inCondition,
                        requested);
        sampler.checkPassRate();
        return sampler;
    }

    /** The attribute values that pass every rule on it; refuses rules no drawn value passes. */
    private static List<Integer> passing(FeatureInfo info, List<Guardrail> on) {
        List<Integer> passing =
                info.values().stream().filter(v -> on.stream().allMatch(r -> r.passes(v))).toList();
        if (!passing.isEmpty()) {
            return passing;
        }
        String drawn =
                info.values().stream().map(String::valueOf).collect(Collectors.joining(", "));
        for (Guardrail rule : on) {
            if (info.values().stream().noneMatch(rule::passes)) {
                throw new IllegalArgumentException(
                        rule.text()
                                + ": real samples here only have "
                                + info.name()
                                + " "
                                + drawn
                                + " (change the domain's settings or the rule)");
            }
        }
        throw new IllegalArgumentException(
                on.stream().map(Guardrail::text).collect(Collectors.joining(" and "))
                        + " cannot all hold at once: no "
                        + info.name()
                        + " among "
                        + drawn
                        + " passes them all");
    }

    private static double[] cumulative(DomainSetup setup, String name, int[] values) {
        double[] c = new double[values.length];
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += setup.weight(name, values[i]);
            c[i] = sum;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] /= sum;
        }
        return c;
    }

    /** Refuses rules the domain's own draws almost never meet, naming the weakest rule. */
    private void checkPassRate() {
        SplittableRandom rng = new SplittableRandom(1);
        int size = setup.sampleSize();
        float[] x = new float[size];
        int[] attributes = new int[feature.length];
        int[] passedEach = new int[realRules.size()];
        double[][] range = new double[realRules.size()][];
        int passedAll = 0;
        for (int i = 0; i < PILOT; i++) {
            pick(rng, attributes);
            setup.drawOne(rng, attributes, x, 0);
            double[] m = setup.measure(x, 0);
            boolean all = agrees(m, attributes);
            for (int r = 0; r < realRules.size(); r++) {
                double v = m[setup.indexOf(realRules.get(r).feature())];
                range[r] =
                        range[r] == null
                                ? new double[] {v, v}
                                : new double[] {Math.min(range[r][0], v), Math.max(range[r][1], v)};
                if (realRules.get(r).passes(v)) {
                    passedEach[r]++;
                } else {
                    all = false;
                }
            }
            passedAll += all ? 1 : 0;
        }
        if (passedAll >= MIN_PASS_RATE * PILOT) {
            return;
        }
        int weakest = 0;
        for (int r = 1; r < realRules.size(); r++) {
            weakest = passedEach[r] < passedEach[weakest] ? r : weakest;
        }
        if (!realRules.isEmpty() && passedEach[weakest] < MIN_PASS_RATE * PILOT) {
            Guardrail rule = realRules.get(weakest);
            throw new IllegalArgumentException(
                    String.format(
                            "%s: almost no real sample passes it (%s of real samples here goes"
                                    + " from %.3g to %.3g)",
                            rule.text(), rule.feature(), range[weakest][0], range[weakest][1]));
        }
        throw new IllegalArgumentException(
                Guardrails.format(realRules)
                        + ": almost no real sample passes these rules together");
    }

    private void pick(SplittableRandom rng, int[] attributes) {
        for (int a = 0; a < feature.length; a++) {
            double u = rng.nextDouble();
            int i = 0;
            while (i < values[a].length - 1 && u >= cumulative[a][i]) {
                i++;
            }
            attributes[a] = values[a][i];
        }
    }

    private boolean agrees(double[] measured, int[] attributes) {
        for (int a = 0; a < feature.length; a++) {
            if (measured[feature[a]] != attributes[a]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int sampleSize() {
        return setup.sampleSize();
    }

    @Override
    public int conditionSize() {
        return conditionSize;
    }

    @Override
    public void draw(SplittableRandom rng, int n, float[] x, float[] c) {
        int size = setup.sampleSize();
        int[] attributes = new int[feature.length];
        for (int i = 0; i < n; i++) {
            int tries = 0;
            do {
                if (++tries > MAX_TRIES) {
                    throw new IllegalStateException(
                            "Could not draw a real sample passing "
                                    + Guardrails.format(realRules)
                                    + " in "
                                    + MAX_TRIES
                                    + " tries");
                }
                // picked anew each try: another rule may exclude some attribute values
                pick(rng, attributes);
                setup.drawOne(rng, attributes, x, i * size);
            } while (!passes(setup.measure(x, i * size), attributes));
            if (conditionSize > 0) {
                oneHot(attributes, c, i * conditionSize);
            }
        }
    }

    private boolean passes(double[] measured, int[] attributes) {
        if (!agrees(measured, attributes)) {
            return false;
        }
        for (Guardrail rule : realRules) {
            if (!rule.passes(measured[setup.indexOf(rule.feature())])) {
                return false;
            }
        }
        return true;
    }

    private void oneHot(int[] attributes, float[] c, int offset) {
        Arrays.fill(c, offset, offset + conditionSize, 0f);
        int start = offset;
        for (int a = 0; a < feature.length; a++) {
            if (inCondition[a]) {
                List<Integer> all = allowed(a);
                c[start + all.indexOf(attributes[a])] = 1f;
                start += all.size();
            }
        }
    }

    @Override
    public void requestedCondition(int n, float[] c) {
        for (int i = 0; i < n && conditionSize > 0; i++) {
            oneHot(requested, c, i * conditionSize);
        }
    }

    /** The same sampler asking the forger for another attribute value, e.g. six legs. */
    public GuardedSampler withRequest(String name, int value) {
        for (int a = 0; a < feature.length; a++) {
            if (inCondition[a] && name(a).equals(name)) {
                if (!allowed(a).contains(value)) {
                    throw new IllegalArgumentException(
                            name
                                    + "="
                                    + value
                                    + ": the forger can be asked for "
                                    + name
                                    + " "
                                    + allowed(a));
                }
                int[] asked = requested.clone();
                asked[a] = value;
                return new GuardedSampler(
                        setup, rules, realRules, feature, values, cumulative, inCondition, asked);
            }
        }
        throw new IllegalArgumentException(
                name + ": this run is not conditioned on it; conditioned on " + conditionedOn());
    }

    /**
     * The rules a forgery must pass: the learner's rules, with each conditioned attribute's rules
     * replaced by {@code feature==requested value}.
     */
    public List<Guardrail> requestedRules() {
        List<Guardrail> out = new ArrayList<>(realRules);
        for (int a = 0; a < feature.length; a++) {
            if (inCondition[a]) {
                out.add(new Guardrail(name(a), Comparison.EQ, requested[a], 0));
            }
        }
        return out;
    }

    /** The learner's rules as given. */
    public List<Guardrail> rules() {
        return rules;
    }

    /** One label per condition entry, e.g. {@code legs=4, legs=6, legs=8}. */
    public List<String> conditionLabels() {
        List<String> labels = new ArrayList<>();
        for (int a = 0; a < feature.length; a++) {
            if (inCondition[a]) {
                for (int v : allowed(a)) {
                    labels.add(name(a) + "=" + v);
                }
            }
        }
        return labels;
    }

    public List<String> conditionedOn() {
        List<String> names = new ArrayList<>();
        for (int a = 0; a < feature.length; a++) {
            if (inCondition[a]) {
                names.add(name(a));
            }
        }
        return names;
    }

    public DomainSetup setup() {
        return setup;
    }

    private String name(int a) {
        return setup.features().get(feature[a]).name();
    }

    private List<Integer> allowed(int a) {
        return setup.features().get(feature[a]).values();
    }
}
