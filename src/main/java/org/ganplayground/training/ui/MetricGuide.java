package org.ganplayground.training.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganplayground.engine.Metrics;
import org.ganplayground.guardrails.PassRates;

/**
 * Every number a run page shows, in one table: its plain name, what it means in a sentence, the
 * chart it belongs to, and whether it ranges from 0 to 1. Charts, legends, the model overview and
 * the explanations all read it, so a metric is explained once, here. Other features' pages (a
 * sweep's outcome chooser) read its plain names through {@link #label} and {@link #share}.
 */
public final class MetricGuide {

    /** The charts of a run, in page order. */
    enum Chart {
        SCORES(
                "Inspector's scores: real vs forged",
                "How to read it: the inspector says 1 for \"real\" and 0 for \"forged\". When both lines meet at 0.5, it can no longer tell them apart.",
                true),
        ACCURACY(
                "Inspector accuracy",
                "How to read it: the share of samples the inspector judges right. 1 means it catches every forgery; 0.5 is a coin toss.",
                true),
        LOSSES(
                "Losses",
                "How to read it: each network pushes its own loss down, against an opponent who keeps changing, so when one loss falls the other tends to rise. A lower loss is not better forgeries: read the two together, as a tug of war.",
                true),
        GUARDRAILS(
                "Guardrail checklist",
                "How to read it: for each of your rules, the share of forgeries that obey it. 1 means every forgery passes.",
                false),
        QUALITY(
                "Quality",
                "How to read it: how close the forgeries are to the real data, by this kind of data's own yardsticks. Each line is read on the axis with its name.",
                false),
        SPREAD(
                "Spread: forgeries vs real",
                "How to read it: how widely the samples are scattered. Forgeries far narrower than the real data are a sign of mode collapse: forgeries bunched together (lesson 5).",
                false),
        EXPERT(
                "Expert measures",
                "How to read it: 0 means the forgeries are distributed exactly like the real data; higher means further apart. Definitions below.",
                false);

        final String title;
        final String howToRead;

        /** Shown even before the first snapshot, so the page does not jump. */
        final boolean always;

        Chart(String title, String howToRead, boolean always) {
            this.title = title;
            this.howToRead = howToRead;
            this.always = always;
        }
    }

    /**
     * One metric.
     *
     * @param label the plain name in legends and tables
     * @param meaning one sentence that says what the number is
     * @param unit true when it runs from 0 to 1 (a share or a score): its axis is fixed to 0..1
     */
    record Info(String label, String meaning, Chart chart, boolean unit) {}

    private static final Map<String, Info> TABLE = new LinkedHashMap<>();

    static {
        add(
                Metrics.SCORE_REAL,
                "score on real",
                "The inspector's average verdict on real samples: 1 means sure they are real, 0 sure they are forged.",
                Chart.SCORES,
                true);
        add(
                Metrics.SCORE_FAKE,
                "score on forgeries",
                "The inspector's average verdict on the forgeries: it rises as the forger learns to fool it.",
                Chart.SCORES,
                true);
        add(
                Metrics.ACCURACY,
                "accuracy",
                "Share of real and forged samples the inspector puts on the right side of 0.5.",
                Chart.ACCURACY,
                true);
        add(
                Metrics.LOSS_INSPECTOR,
                "inspector loss",
                "How wrong the inspector was in its latest step (cross-entropy or the chosen loss); lower means it tells them apart better.",
                Chart.LOSSES,
                false);
        add(
                Metrics.LOSS_FORGER,
                "forger loss",
                "How badly the forger failed to fool the inspector in its latest step; lower means it fools it more.",
                Chart.LOSSES,
                false);
        add(
                PassRates.ALL,
                "all guardrails at once",
                "Share of forgeries that obey every one of your rules together: one broken rule and a forgery fails.",
                Chart.GUARDRAILS,
                true);
        add(
                "high_quality",
                "high quality (share)",
                "Share of forgeries lying as close to real data as real samples do: within 3 standard deviations of a real blob.",
                Chart.QUALITY,
                true);
        add(
                "modes_covered",
                "modes covered (blobs)",
                "How many of the real data's blobs (modes) get at least 1 % of the forgeries. When it drops, the forger has collapsed onto fewer blobs.",
                Chart.QUALITY,
                false);
        add(
                "ks",
                "KS statistic",
                "The largest gap between the real and forged energy spectra, added up from low to high energy: 0 means the same spectrum, 1 nothing in common.",
                Chart.QUALITY,
                true);
        add(
                "wasserstein",
                "Wasserstein distance (GeV)",
                "How far, on average, forged energies would have to move to match the real spectrum, in GeV.",
                Chart.QUALITY,
                false);
        add(
                Metrics.SPREAD_FAKE,
                "spread of forgeries",
                "The forgeries' average standard deviation per coordinate.",
                Chart.SPREAD,
                false);
        add(
                Metrics.SPREAD_REAL,
                "spread of real data",
                "The real samples' average standard deviation per coordinate.",
                Chart.SPREAD,
                false);
        add(
                "js",
                "Jensen-Shannon divergence (JS)",
                "Counts real and forged points in the cells of a grid and compares the two densities both ways: 0 means the same, ln 2 = 0.69 means no overlap at all.",
                Chart.EXPERT,
                false);
        add(
                "kl",
                "Kullback-Leibler divergence (KL)",
                "Compares the same grid densities from the real data's side: it grows large when real data lies where the forgeries never go, as with a dropped blob. 0 means the same.",
                Chart.EXPERT,
                false);
        add(
                "feature_frechet",
                "Frechet distance of features",
                "Measures legs, eyes, fangs, fur, symmetry and body size on real and forged creatures and compares their means and spreads, as the FID does for photos: 0 means the same.",
                Chart.EXPERT,
                false);
    }

    private MetricGuide() {}

    private static void add(String key, String label, String meaning, Chart chart, boolean unit) {
        TABLE.put(key, new Info(label, meaning, chart, unit));
    }

    /**
     * What is known of a metric; a guardrail's pass rate is named after its rule; a metric this
     * table does not know is an expert measure under its own key.
     */
    static Info of(String metric) {
        Info known = TABLE.get(metric);
        if (known != null) {
            return known;
        }
        if (metric.startsWith(Metrics.PASS_PREFIX)) {
            String rule = metric.substring(Metrics.PASS_PREFIX.length());
            return new Info(
                    rule,
                    "Share of forgeries that obey your rule " + rule + ".",
                    Chart.GUARDRAILS,
                    true);
        }
        return new Info(
                metric.replace('_', ' '),
                "A measure of this kind of data named " + metric + ".",
                Chart.EXPERT,
                false);
    }

    /** A metric's plain name, for another feature's page. */
    public static String label(String metric) {
        return of(metric).label();
    }

    /** Whether a metric runs from 0 to 1 (a share or a score). */
    public static boolean share(String metric) {
        return of(metric).unit();
    }

    /** Whether a stored metric is drawn at all ({@code modes_total} is the blobs axis's top). */
    public static boolean charted(String metric) {
        return !metric.equals("modes_total");
    }

    /** The metrics a chart draws, from what the snapshots hold, in the table's order. */
    static List<String> of(Chart chart, java.util.Collection<String> present) {
        List<String> known = TABLE.keySet().stream().filter(present::contains).toList();
        List<String> out = new java.util.ArrayList<>();
        for (String m : known) {
            if (of(m).chart() == chart) {
                out.add(m);
            }
        }
        present.stream()
                .filter(m -> !TABLE.containsKey(m) && charted(m) && of(m).chart() == chart)
                .sorted()
                .forEach(out::add);
        return out;
    }
}
