package org.ganplayground.training;

/** Where a run is in its life. The UI is a view of this column, not of threads. */
public enum RunStatus {
    QUEUED("Waiting in the queue"),
    RUNNING("Training"),
    COMPLETED("Finished"),
    CANCELLED("Stopped"),
    FAILED("Failed"),
    DIVERGED("Diverged"),
    INTERRUPTED("Interrupted by a server restart"),
    /** Used its compute budget; a teacher of the learner's class may grant another. */
    TIME_LIMIT("Time limit reached");

    private final String label;

    RunStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isActive() {
        return this == QUEUED || this == RUNNING;
    }

    /**
     * Runs that stopped with a resumable checkpoint can continue from it (after a time limit only
     * when a teacher resumes it).
     */
    public boolean isResumable() {
        return this == INTERRUPTED || this == CANCELLED || this == TIME_LIMIT;
    }
}
