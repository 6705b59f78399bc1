package org.ganplayground.engine;

import java.util.Map;

/**
 * What a session stores at one iteration: the forger's outputs on the run's fixed noise batch, real
 * samples for contrast, named scalar metrics (inspector scores, losses, accuracy, guardrail pass
 * rates, quality) and named small float arrays (heatmap, warp, arrows, histograms). Images are PNG
 * bytes. Compact by design: this is what the database keeps per snapshot.
 *
 * @param iteration iterations completed when it was taken
 * @param elapsedMs training time so far
 * @param metrics scalar metrics by name, see {@link Metrics}
 * @param fake forger outputs on the fixed noise, in the domain's display units, row-major
 * @param real real samples, same layout
 * @param imagePng a picture of the forgeries (creatures), or null
 * @param arrays named float arrays for the domain's views
 */
public record Snapshot(
        int iteration,
        long elapsedMs,
        Map<String, Double> metrics,
        float[] fake,
        float[] real,
        byte[] imagePng,
        Map<String, float[]> arrays) {

    public Snapshot {
        metrics = Map.copyOf(metrics);
        arrays = Map.copyOf(arrays);
    }

    public double metric(String name) {
        return metrics.getOrDefault(name, Double.NaN);
    }
}
