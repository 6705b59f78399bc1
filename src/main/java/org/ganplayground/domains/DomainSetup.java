package org.ganplayground.domains;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ganplayground.guardrails.FeatureSet;
import org.ganplayground.guardrails.Guardrail;
import org.ganplayground.guardrails.Guardrails;
import org.ganplayground.guardrails.PassRates;

/**
 * A domain with its parameters checked: it draws one real sample at a time, measures samples and
 * compares real with forged batches. Guardrails and conditioning are handled once, for every
 * domain, by {@link GuardedSampler}.
 */
public abstract class DomainSetup implements FeatureSet {

    private final Domain domain;
    private final DomainSpec spec;

    protected DomainSetup(Domain domain, DomainSpec spec) {
        this.domain = domain;
        this.spec = spec;
    }

    public Domain domain() {
        return domain;
    }

    public DomainSpec spec() {
        return spec;
    }

    @Override
    public String name() {
        return domain.id();
    }

    @Override
    public int sampleSize() {
        return domain.sampleSize();
    }

    /**
     * Draws one sample in the network's scale at {@code offset}. {@code attributes} holds one value
     * per conditionable feature, in the order of {@link #features()}, and the drawn sample should
     * measure as those values. The sampler re-draws, attributes included, when one does not, so a
     * domain that misses often shifts the mix of attribute values away from its weights.
     */
    protected abstract void drawOne(SplittableRandom rng, int[] attributes, float[] x, int offset);

    /** How often the domain draws an attribute value when nothing asks for one. */
    protected double weight(String feature, int value) {
        return 1;
    }

    /** The sample in natural units for display: a point's x and y, an energy, ink per pixel. */
    public abstract double[] natural(float[] x, int offset);

    /** Domain-specific closeness of {@code n} forged samples to {@code n} real ones. */
    protected abstract QualityReport compare(float[] real, float[] fake, int n);

    public List<Guardrail> parse(String rules) {
        return Guardrails.parse(rules, this);
    }

    /**
     * The real samples for these rules, the first {@code upFront} of {@link #upFrontCandidates}
     * given up front (0: none; more than there are: all).
     */
    public GuardedSampler sampler(List<Guardrail> rules, int upFront) {
        return GuardedSampler.build(this, rules, upFront);
    }

    /**
     * The attributes these rules name that can be given up front, in the order the rules first name
     * them: the domain draws them directly (a leg count, a mode), not only measures them.
     */
    public List<String> upFrontCandidates(List<Guardrail> rules) {
        return GuardedSampler.upFrontCandidates(this, rules);
    }

    /**
     * Compares real and forged batches, adding one {@code pass <rule>} metric per rule and, with
     * two rules or more, {@link PassRates#ALL} (the share passing all of them at once). For a
     * conditioned run pass the sampler's {@link GuardedSampler#requestedRules()}.
     */
    public QualityReport quality(float[] real, float[] fake, int n, List<Guardrail> rules) {
        Map<String, Double> passes = new LinkedHashMap<>();
        for (PassRates.Check check : PassRates.of(this, rules, fake, n)) {
            passes.put(PassRates.METRIC_PREFIX + check.rule(), check.passRate());
        }
        if (rules.size() > 1) {
            passes.put(PassRates.ALL, PassRates.all(this, rules, fake, n));
        }
        return compare(real, fake, n).plus(passes);
    }

    /** Measures {@code n} samples: one row of feature values per sample. */
    public double[][] measureAll(float[] samples, int n) {
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = measure(samples, i * sampleSize());
        }
        return rows;
    }
}
