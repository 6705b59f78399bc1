package org.ganplayground.base.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Which y axis each line of a chart is read on. A line whose values reach more than {@link #RATIO}
 * times as far from zero as another's would be flattened against the bottom of a shared axis (a
 * share of 0.3 beside 8 blobs and a KL of 14), so it gets an axis of its own; lines of a like size
 * share one. The size of a line is the largest distance from zero it reaches.
 */
public final class ChartAxes {

    /**
     * Two lines share an axis only when one reaches at most this many times as far as the other.
     */
    public static final double RATIO = 5;

    private static final double NOTHING = 1e-12;

    private ChartAxes() {}

    /** The size of each line: its largest absolute finite value, 0 when it has none. */
    public static double size(List<double[]> points) {
        double max = 0;
        for (double[] p : points) {
            if (Double.isFinite(p[1])) {
                max = Math.max(max, Math.abs(p[1]));
            }
        }
        return max;
    }

    /**
     * The axis of each line, 0 for the first axis: lines are taken from the largest down, and each
     * joins the first axis whose largest line reaches at most {@link #RATIO} times as far, or opens
     * a new axis. A line with nothing to show (all zero or not measured) joins the first axis. The
     * axes are then numbered in the order their first line appears.
     */
    public static int[] assign(double[] sizes) {
        int n = sizes.length;
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -sizes[i]));
        List<Double> tops = new ArrayList<>();
        int[] group = new int[n];
        Arrays.fill(group, -1);
        for (int i : order) {
            if (sizes[i] <= NOTHING) {
                continue;
            }
            int joined = -1;
            for (int g = 0; g < tops.size() && joined < 0; g++) {
                if (tops.get(g) <= RATIO * sizes[i]) {
                    joined = g;
                }
            }
            if (joined < 0) {
                tops.add(sizes[i]);
                joined = tops.size() - 1;
            }
            group[i] = joined;
        }
        // number the axes by first appearance; empty lines go on the first axis
        int[] number = new int[tops.size()];
        Arrays.fill(number, -1);
        int next = 0;
        int[] axis = new int[n];
        for (int i = 0; i < n; i++) {
            if (group[i] < 0) {
                continue;
            }
            if (number[group[i]] < 0) {
                number[group[i]] = next++;
            }
            axis[i] = number[group[i]];
        }
        return axis;
    }
}
