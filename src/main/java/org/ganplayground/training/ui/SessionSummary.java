package org.ganplayground.training.ui;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ganplayground.engine.Metrics;

/** The two or three numbers that say how a finished run went, for lists. */
final class SessionSummary {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KEYS =
            List.of(
                    "modes_covered",
                    "high_quality",
                    "feature_frechet",
                    "ks",
                    "wasserstein",
                    "score_fake");

    private SessionSummary() {}

    static String keyMetrics(String summaryJson) {
        if (summaryJson == null || summaryJson.isBlank()) {
            return "";
        }
        try {
            Map<String, Double> m =
                    JSON.readValue(summaryJson, new TypeReference<Map<String, Double>>() {});
            List<String> parts = new ArrayList<>();
            for (String k : KEYS) {
                if (m.containsKey(k)) {
                    parts.add(String.format(Locale.ROOT, "%s %.2f", k.replace('_', ' '), m.get(k)));
                }
            }
            m.forEach(
                    (k, v) -> {
                        if (k.startsWith(Metrics.PASS_PREFIX)) {
                            parts.add(
                                    String.format(
                                            Locale.ROOT,
                                            "%s %.0f%%",
                                            k.substring(Metrics.PASS_PREFIX.length()),
                                            v * 100));
                        }
                    });
            return String.join(" · ", parts);
        } catch (Exception e) {
            return "";
        }
    }
}
