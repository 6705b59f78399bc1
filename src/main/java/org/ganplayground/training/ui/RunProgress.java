package org.ganplayground.training.ui;

import java.time.Duration;
import java.util.Locale;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunStatus;

/** The progress line under a run's bar: iteration, elapsed time, ETA, or the queue position. */
final class RunProgress {

    private RunProgress() {}

    static String describe(Run run, long runsAhead, long elapsedMs) {
        if (run.getStatus() == RunStatus.QUEUED) {
            return position(runsAhead);
        }
        if (run.getStatus() == RunStatus.RUNNING) {
            return live(run.getIterationsDone(), run.getIterationsTotal(), elapsedMs);
        }
        return String.format(
                Locale.ROOT,
                "%,d of %,d iterations, %s of training.",
                run.getIterationsDone(),
                run.getIterationsTotal(),
                time(elapsedMs));
    }

    /** Where a queued run stands: the runs that start before it under the queue's rule, plus 1. */
    static String position(long runsAhead) {
        return runsAhead == 0
                ? "Position 1 in the queue: it starts as soon as a worker is free."
                : String.format(
                        Locale.ROOT,
                        "Position %,d in the queue: %,d %s before it.",
                        runsAhead + 1,
                        runsAhead,
                        runsAhead == 1 ? "run starts" : "runs start");
    }

    /**
     * The first rounds include the networks' start-up (a run that took 13 s once said "about 6 min
     * 52 s left" at iteration 18): the time left is estimated from the measured speed once this
     * share of the run is done.
     */
    static final double ESTIMATE_AFTER = 0.05;

    static String live(int iteration, int total, long elapsedMs) {
        String left =
                iteration < Math.max(1, ESTIMATE_AFTER * total)
                        ? "estimating the time left"
                        : "about "
                                + time(
                                        (long)
                                                (elapsedMs
                                                        / (double) iteration
                                                        * (total - iteration)))
                                + " left";
        return String.format(
                Locale.ROOT,
                "Iteration %,d of %,d · %s elapsed · %s",
                iteration,
                total,
                time(elapsedMs),
                left);
    }

    static String time(long ms) {
        Duration d = Duration.ofMillis(ms);
        return d.toMinutes() > 0
                ? String.format(Locale.ROOT, "%d min %02d s", d.toMinutes(), d.toSecondsPart())
                : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
