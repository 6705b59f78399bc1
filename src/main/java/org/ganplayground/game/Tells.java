package org.ganplayground.game;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ganplayground.guardrails.FeatureInfo;
import org.ganplayground.guardrails.FeatureSet;
import org.ganplayground.guardrails.Guardrail;

/**
 * What gives a forgery away: the run's guardrails it failed, with what was measured ("legs==8: it
 * has 7"), so a player learns what to look for. For an item of several samples (a handful of
 * points, a small histogram's events) it counts the samples that failed each rule.
 */
final class Tells {

    private Tells() {}

    static List<String> of(
            FeatureSet set, List<Guardrail> rules, float[] deck, int item, int group) {
        List<String> out = new ArrayList<>();
        int d = set.sampleSize();
        for (Guardrail rule : rules) {
            int index = set.indexOf(rule.feature());
            if (index < 0) {
                continue;
            }
            FeatureInfo feature = set.features().get(index);
            int failed = 0;
            double value = Double.NaN;
            for (int s = 0; s < group; s++) {
                double v = set.measure(deck, (item * group + s) * d)[index];
                if (!rule.passes(v)) {
                    failed++;
                    value = v;
                }
            }
            if (failed == 0) {
                continue;
            }
            if (group == 1) {
                out.add(
                        "It breaks “"
                                + rule.text()
                                + "” (measured: "
                                + feature.name()
                                + " = "
                                + shown(feature, value)
                                + ").");
            } else {
                out.add(failed + " of its " + group + " samples break “" + rule.text() + "”.");
            }
        }
        return out;
    }

    private static String shown(FeatureInfo feature, double v) {
        return feature.integer()
                ? Long.toString(Math.round(v))
                : String.format(Locale.ROOT, "%.2f", v);
    }
}
