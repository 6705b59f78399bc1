package org.ganplayground.sweeps;

import java.util.Map;
import org.ganplayground.training.RunStatus;

/**
 * One run of a sweep as its page and CSV show it.
 *
 * @param value the swept value as stored (the serialised form's text)
 * @param shown the value in plain words (a choice's label)
 * @param runId its run, null while it waits or when it was never launched
 * @param status its run's status, null without a run
 * @param waiting it has no run yet and will get one when a slot frees
 * @param statusText the status in words, or why it has no run
 * @param metrics the metrics of its run's latest snapshot (empty before the first)
 */
public record SweepRow(
        int place,
        String value,
        String shown,
        long seed,
        Long runId,
        String runName,
        RunStatus status,
        boolean waiting,
        String statusText,
        Map<String, Double> metrics) {

    public SweepRow {
        metrics = Map.copyOf(metrics);
    }

    /** Its run has ended and left its outcome: the only runs a sweep's chart counts. */
    public boolean finished() {
        return status != null && !status.isActive() && !metrics.isEmpty();
    }
}
