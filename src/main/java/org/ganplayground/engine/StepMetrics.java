package org.ganplayground.engine;

/**
 * What the last steps measured. Scores are the inspector's verdicts in [0, 1] (1 = "real").
 *
 * @param inspectorAccuracy share of the last inspector batch judged right: real above 0.5, fake
 *     below 0.5
 */
public record StepMetrics(
        long iterations,
        double inspectorLoss,
        double forgerLoss,
        double inspectorAccuracy,
        double meanRealScore,
        double meanFakeScore) {

    public boolean isFinite() {
        return Double.isFinite(inspectorLoss) && Double.isFinite(forgerLoss);
    }
}
