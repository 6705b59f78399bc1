package org.ganplayground.domains;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How close forged samples are to real ones: named numbers (NaN where a metric does not apply, e.g.
 * modes for moons) and small named arrays such as histograms, small enough to store per snapshot.
 */
public record QualityReport(Map<String, Double> metrics, Map<String, float[]> arrays) {

    public QualityReport {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        arrays = Collections.unmodifiableMap(new LinkedHashMap<>(arrays));
    }

    public double metric(String name) {
        return metrics.getOrDefault(name, Double.NaN);
    }

    QualityReport plus(Map<String, Double> more) {
        Map<String, Double> merged = new LinkedHashMap<>(metrics);
        merged.putAll(more);
        return new QualityReport(merged, arrays);
    }
}
