package org.ganplayground.domains;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.ganplayground.guardrails.FeatureInfo;

/**
 * The conditionable features of a setup as the sampler uses them: which values it draws and how
 * often, which ones form the condition vector (concatenated one-hots), and the value asked for.
 */
final class Attributes {

    private final List<FeatureInfo> infos;
    private final int[] feature;
    private final int[][] values;
    private final double[][] cumulative;
    private final boolean[] inCondition;
    private final int[] requested;
    private final int conditionSize;

    /**
     * @param drawn per attribute, the values real samples take
     * @param inCondition per attribute, whether its one-hot is part of the condition
     * @param requested per attribute, the value the forger is asked for
     */
    Attributes(
            DomainSetup setup,
            int[] feature,
            List<List<Integer>> drawn,
            boolean[] inCondition,
            int[] requested) {
        this.infos = Arrays.stream(feature).mapToObj(f -> setup.features().get(f)).toList();
        this.feature = feature;
        this.values = new int[feature.length][];
        this.cumulative = new double[feature.length][];
        this.inCondition = inCondition;
        this.requested = requested;
        int size = 0;
        for (int a = 0; a < feature.length; a++) {
            values[a] = drawn.get(a).stream().mapToInt(Integer::intValue).toArray();
            cumulative[a] = cumulative(setup, infos.get(a).name(), values[a]);
            size += inCondition[a] ? infos.get(a).values().size() : 0;
        }
        this.conditionSize = size;
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

    int count() {
        return feature.length;
    }

    int conditionSize() {
        return conditionSize;
    }

    void pick(SplittableRandom rng, int[] attributes) {
        for (int a = 0; a < feature.length; a++) {
            double u = rng.nextDouble();
            int i = 0;
            while (i < values[a].length - 1 && u >= cumulative[a][i]) {
                i++;
            }
            attributes[a] = values[a][i];
        }
    }

    /** Whether the measured features equal the attribute values the sample was drawn with. */
    boolean agree(double[] measured, int[] attributes) {
        for (int a = 0; a < feature.length; a++) {
            if (measured[feature[a]] != attributes[a]) {
                return false;
            }
        }
        return true;
    }

    void oneHot(int[] attributes, float[] c, int offset) {
        Arrays.fill(c, offset, offset + conditionSize, 0f);
        int start = offset;
        for (int a = 0; a < feature.length; a++) {
            if (inCondition[a]) {
                List<Integer> all = infos.get(a).values();
                c[start + all.indexOf(attributes[a])] = 1f;
                start += all.size();
            }
        }
    }

    void requestedOneHot(float[] c, int offset) {
        oneHot(requested, c, offset);
    }

    List<String> conditionedOn() {
        List<String> names = new ArrayList<>();
        for (int a = 0; a < feature.length; a++) {
            if (inCondition[a]) {
                names.add(infos.get(a).name());
            }
        }
        return names;
    }

    /** The asked-for value of each conditioned attribute, in condition order. */
    List<int[]> requests() {
        List<int[]> out = new ArrayList<>();
        for (int a = 0; a < feature.length; a++) {
            if (inCondition[a]) {
                out.add(new int[] {a, requested[a]});
            }
        }
        return out;
    }

    String name(int a) {
        return infos.get(a).name();
    }
}
