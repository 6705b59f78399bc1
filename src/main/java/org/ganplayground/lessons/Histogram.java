package org.ganplayground.lessons;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Counts in labelled bins: the spread of a class's predictions or of its runs' results, shown as
 * bars. Plain Java, so the binning is tested without a page.
 *
 * @param total every value counted, including any in the last "not a number" bar
 */
public record Histogram(List<Bar> bars, int total) {

    /** One bin: its label and how many values fell in it. */
    public record Bar(String label, int count) {}

    static final String OTHER = "Something else";
    static final String NOT_A_NUMBER = "Not a number";

    /** Bars that turn numbers into bins, so predictions and results can share them. */
    record Bins(double min, double width, int count, boolean whole) {

        /**
         * One bin per whole number when the values are whole and few (blobs covered), tenths when
         * they lie in [0, 1] (scores, pass rates), else ten equal bins from the least to the most.
         */
        static Bins over(Collection<Double> values) {
            if (values.isEmpty()) {
                return new Bins(0, 1, 0, true);
            }
            double lo = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            double hi = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            boolean whole = values.stream().allMatch(v -> v == Math.rint(v));
            if (whole && hi - lo <= 12) {
                return new Bins(lo, 1, (int) (hi - lo) + 1, true);
            }
            if (lo >= 0 && hi <= 1) {
                return new Bins(0, 0.1, 10, false);
            }
            return hi == lo ? new Bins(lo, 0, 1, false) : new Bins(lo, (hi - lo) / 10, 10, false);
        }

        int indexOf(double v) {
            if (width == 0) {
                return 0;
            }
            int i = (int) Math.floor((v - min) / width + 1e-9);
            return Math.max(0, Math.min(count - 1, i));
        }

        String label(int i) {
            if (whole) {
                return number(min + i);
            }
            if (width == 0) {
                return number(min);
            }
            return number(min + i * width) + " to " + number(min + (i + 1) * width);
        }
    }

    /** How many chose each choice, in the question's order; answers no longer among them apart. */
    static Histogram ofChoices(List<String> choices, Collection<String> answers) {
        int[] counts = new int[choices.size()];
        int other = 0;
        for (String a : answers) {
            int i = choices.indexOf(a);
            if (i >= 0) {
                counts[i]++;
            } else {
                other++;
            }
        }
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            bars.add(new Bar(choices.get(i), counts[i]));
        }
        if (other > 0) {
            bars.add(new Bar(OTHER, other));
        }
        return new Histogram(bars, answers.size());
    }

    /** Numbers counted in {@code bins}, plus a bar for {@code notNumbers} answers if any. */
    static Histogram ofNumbers(Bins bins, Collection<Double> values, int notNumbers) {
        int[] counts = new int[bins.count()];
        values.forEach(v -> counts[bins.indexOf(v)]++);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            bars.add(new Bar(bins.label(i), counts[i]));
        }
        if (notNumbers > 0) {
            bars.add(new Bar(NOT_A_NUMBER, notNumbers));
        }
        return new Histogram(bars, values.size() + notNumbers);
    }

    /** The largest count, for scaling bars (at least 1). */
    public int largest() {
        return Math.max(1, bars.stream().mapToInt(Bar::count).max().orElse(0));
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.3g", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
