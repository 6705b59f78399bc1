package org.ganplayground.teaching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ganplayground.teaching.Tile.Flag;
import org.ganplayground.training.RunStatus;

/** What on a tile needs the teacher's eye: a collapse, a divergence, a run stuck in the queue. */
final class BoardFlags {

    /** A collapse is flagged once a run covered at least this many modes... */
    static final double MIN_PEAK = 3;

    /** ...and then fell to this share of its best or below. */
    static final double FALL_TO = 0.5;

    /**
     * A run that never spread out is flagged too: past half its rounds it covers at most {@link
     * #FEW} of the real modes (the "Mode collapse" preset covers 0 or 1 of 8 throughout).
     */
    static final double SETTLED = 0.5;

    static final double FEW = 0.25;

    private BoardFlags() {}

    static List<Flag> of(
            RunInfo run,
            int iteration,
            double peak,
            double last,
            double total,
            long nowMs,
            long stallMs) {
        if (run == null) {
            return List.of();
        }
        List<Flag> flags = new ArrayList<>();
        boolean settled = iteration >= SETTLED * run.iterationsTotal();
        if (settled && total >= 4 && last <= total * FEW) {
            flags.add(
                    new Flag(
                            Flag.Kind.COLLAPSE,
                            String.format(
                                    Locale.ROOT,
                                    "Collapsed: covers %.0f of %.0f modes",
                                    last,
                                    total)));
        } else if (peak >= MIN_PEAK && last <= peak * FALL_TO) {
            flags.add(
                    new Flag(
                            Flag.Kind.COLLAPSE,
                            String.format(
                                    Locale.ROOT,
                                    "Collapsing: covers %.0f modes, had %.0f",
                                    last,
                                    peak)));
        }
        switch (run.status()) {
            case DIVERGED -> flags.add(new Flag(Flag.Kind.DIVERGED, "Diverged"));
            case FAILED -> flags.add(new Flag(Flag.Kind.STOPPED, "Failed"));
            case TIME_LIMIT -> flags.add(new Flag(Flag.Kind.STOPPED, "Time limit reached"));
            default -> {}
        }
        if (run.status() == RunStatus.QUEUED && run.queuedAt() != null) {
            long waited = nowMs - run.queuedAt().toEpochMilli();
            if (waited >= stallMs) {
                flags.add(
                        new Flag(
                                Flag.Kind.STALLED, "Waiting " + minutes(waited) + " in the queue"));
            }
        }
        return flags;
    }

    private static String minutes(long ms) {
        long min = Duration.ofMillis(ms).toMinutes();
        return min < 1 ? "under a minute" : min == 1 ? "1 minute" : min + " minutes";
    }
}
