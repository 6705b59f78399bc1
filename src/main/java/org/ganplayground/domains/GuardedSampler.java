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
 * Real samples that obey the learner's guardrails. Unconditioned, every sample passes every rule. A
 * rule given up front, on a conditionable attribute (legs, eyes, fangs, fur, mode, in_peak), does
 * not narrow the real set: samples span every value the parameters allow, each row's condition
 * holds the one-hot of its value (one one-hot per attribute given up front, side by side), and the
 * forger is asked for the rule's value. Which attributes are given up front: the first {@code
 * upFront} of {@link #upFrontCandidates} (the order the rules name them). Attributes are set
 * directly where the domain can; other rules are met by redrawing, which {@link #build} checks is
 * cheap enough.
 */
public final class GuardedSampler implements RealSampler {

    private static final int PILOT = 400;
    private static final double MIN_PASS_RATE = 0.02;
    private static final int MAX_TRIES = 5000;

    private final DomainSetup setup;
    private final List<Guardrail> rules;
    private final List<Guardrail> realRules;
    private final int[] realRuleFeature;
    private final Attributes attributes;

    private GuardedSampler(
            DomainSetup setup,
            List<Guardrail> rules,
            List<Guardrail> realRules,
            Attributes attributes) {
        this.setup = setup;
        this.rules = List.copyOf(rules);
        this.realRules = List.copyOf(realRules);
        this.realRuleFeature =
                realRules.stream().mapToInt(r -> setup.indexOf(r.feature())).toArray();
        this.attributes = attributes;
    }

    static GuardedSampler build(DomainSetup setup, List<Guardrail> rules, int upFront) {
        Guardrails.check(rules, setup);
        List<String> candidates = upFrontCandidates(setup, rules);
        List<String> given =
                candidates.subList(0, Math.min(Math.max(upFront, 0), candidates.size()));
        List<FeatureInfo> features = setup.features();
        List<Integer> indices = new ArrayList<>();
        List<List<Integer>> drawn = new ArrayList<>();
        List<Boolean> inCondition = new ArrayList<>();
        List<Integer> requested = new ArrayList<>();
        List<Guardrail> realRules = new ArrayList<>(rules);
        for (int f = 0; f < features.size(); f++) {
            FeatureInfo info = features.get(f);
            if (!info.conditionable()) {
                continue;
            }
            List<Guardrail> on =
                    rules.stream().filter(r -> r.feature().equals(info.name())).toList();
            List<Integer> passing = passing(info, on);
            boolean condition = given.contains(info.name());
            indices.add(f);
            drawn.add(condition ? info.values() : passing);
            inCondition.add(condition);
            requested.add(passing.get(0));
            if (condition) {
                realRules.removeAll(on);
            }
        }
        boolean[] flags = new boolean[inCondition.size()];
        for (int a = 0; a < flags.length; a++) {
            flags[a] = inCondition.get(a);
        }
        Attributes attributes =
                new Attributes(
                        setup,
                        indices.stream().mapToInt(Integer::intValue).toArray(),
                        drawn,
                        flags,
                        requested.stream().mapToInt(Integer::intValue).toArray());
        GuardedSampler sampler = new GuardedSampler(setup, rules, realRules, attributes);
        sampler.checkPassRate();
        return sampler;
    }

    /**
     * The attributes the rules name that could be given up front (the domain draws them directly),
     * each once, in the order the rules first name them.
     */
    static List<String> upFrontCandidates(DomainSetup setup, List<Guardrail> rules) {
        List<String> out = new ArrayList<>();
        for (Guardrail rule : rules) {
            int f = setup.indexOf(rule.feature());
            if (f >= 0
                    && setup.features().get(f).conditionable()
                    && !out.contains(rule.feature())) {
                out.add(rule.feature());
            }
        }
        return out;
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

    /** Refuses rules the domain's own draws almost never meet, naming the weakest rule. */
    private void checkPassRate() {
        SplittableRandom rng = new SplittableRandom(1);
        float[] x = new float[setup.sampleSize()];
        int[] picked = new int[attributes.count()];
        int[] passedEach = new int[realRules.size()];
        double[] low = new double[realRules.size()];
        double[] high = new double[realRules.size()];
        Arrays.fill(low, Double.POSITIVE_INFINITY);
        Arrays.fill(high, Double.NEGATIVE_INFINITY);
        int passedAll = 0;
        for (int i = 0; i < PILOT; i++) {
            attributes.pick(rng, picked);
            setup.drawOne(rng, picked, x, 0);
            double[] m = setup.measure(x, 0);
            boolean all = attributes.agree(m, picked);
            for (int r = 0; r < realRules.size(); r++) {
                double v = m[realRuleFeature[r]];
                low[r] = Math.min(low[r], v);
                high[r] = Math.max(high[r], v);
                boolean passes = realRules.get(r).passes(v);
                passedEach[r] += passes ? 1 : 0;
                all &= passes;
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
                            rule.text(), rule.feature(), low[weakest], high[weakest]));
        }
        throw new IllegalArgumentException(
                Guardrails.format(realRules)
                        + ": almost no real sample passes these rules together");
    }

    @Override
    public int sampleSize() {
        return setup.sampleSize();
    }

    @Override
    public int conditionSize() {
        return attributes.conditionSize();
    }

    @Override
    public void draw(SplittableRandom rng, int n, float[] x, float[] c) {
        int size = setup.sampleSize();
        int[] picked = new int[attributes.count()];
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
                attributes.pick(rng, picked);
                setup.drawOne(rng, picked, x, i * size);
            } while (!passes(setup.measure(x, i * size), picked));
            if (conditionSize() > 0) {
                attributes.oneHot(picked, c, i * conditionSize());
            }
        }
    }

    private boolean passes(double[] measured, int[] picked) {
        if (!attributes.agree(measured, picked)) {
            return false;
        }
        for (int r = 0; r < realRules.size(); r++) {
            if (!realRules.get(r).passes(measured[realRuleFeature[r]])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void requestedCondition(int n, float[] c) {
        for (int i = 0; i < n && conditionSize() > 0; i++) {
            attributes.requestedOneHot(c, i * conditionSize());
        }
    }

    /**
     * The rules a forgery must pass: the learner's rules, with each conditioned attribute's rules
     * replaced by {@code feature==requested value}.
     */
    public List<Guardrail> requestedRules() {
        List<Guardrail> out = new ArrayList<>(realRules);
        for (int[] request : attributes.requests()) {
            out.add(new Guardrail(attributes.name(request[0]), Comparison.EQ, request[1], 0));
        }
        return out;
    }

    /** The learner's rules as given. */
    public List<Guardrail> rules() {
        return rules;
    }

    /** The attributes the condition vector holds, e.g. {@code [legs]}. */
    public List<String> conditionedOn() {
        return attributes.conditionedOn();
    }

    public DomainSetup setup() {
        return setup;
    }
}
