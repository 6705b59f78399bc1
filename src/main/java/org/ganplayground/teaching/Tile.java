package org.ganplayground.teaching;

import java.util.List;
import org.ganplayground.training.RunStatus;

/**
 * One learner's square on the class board: their current or latest run.
 *
 * @param run null when the learner has no run yet
 * @param picture PNG of the latest forgeries, null when there is none yet
 * @param pictureVersion changes when {@code picture} does, so a page sends a picture only then
 */
public record Tile(
        long learnerId,
        String username,
        RunInfo run,
        int iteration,
        List<Flag> flags,
        byte[] picture,
        long pictureVersion) {

    /** Something the teacher should look at. */
    public record Flag(Kind kind, String text) {
        public enum Kind {
            COLLAPSE,
            DIVERGED,
            STALLED,
            STOPPED
        }
    }

    public Tile {
        flags = List.copyOf(flags);
    }

    public RunStatus status() {
        return run == null ? null : run.status();
    }
}
