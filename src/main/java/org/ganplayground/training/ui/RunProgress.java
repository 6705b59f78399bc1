package org.ganplayground.training.ui;

import java.time.Duration;
import java.util.Locale;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunStatus;

/** The progress line under a run's bar: iteration, elapsed time, ETA, or the queue position. */
final class RunProgress {

    private RunProgress() {}

    static String describe(Run run, long queuedAhead, long elapsedMs) {
        if (run.getStatus() == RunStatus.QUEUED) {
            return queuedAhead == 0
                    ? "Next in the queue: it starts as soon as a worker is free."
                    : queuedAhead
                            + (queuedAhead == 1 ? " run is" : " runs are")
                            + " ahead of yours in the queue.";
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

    static String live(int iteration, int total, long elapsedMs) {
        String eta =
                iteration == 0
                        ? "estimating"
                        : time((long) (elapsedMs / (double) iteration * (total - iteration)));
        return String.format(
                Locale.ROOT,
                "Iteration %,d of %,d · %s elapsed · about %s left",
                iteration,
                total,
                time(elapsedMs),
                eta);
    }

    static String time(long ms) {
        Duration d = Duration.ofMillis(ms);
        return d.toMinutes() > 0
                ? String.format(Locale.ROOT, "%d min %02d s", d.toMinutes(), d.toSecondsPart())
                : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
