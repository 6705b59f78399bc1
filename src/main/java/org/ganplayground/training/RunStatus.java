package org.ganplayground.training;

/** Where a run is in its life. The UI is a view of this column, not of threads. */
public enum RunStatus {
    QUEUED("Waiting in the queue"),
    RUNNING("Training"),
    COMPLETED("Finished"),
    CANCELLED("Cancelled"),
    FAILED("Failed"),
    DIVERGED("Diverged"),
    INTERRUPTED("Interrupted by a server restart");

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

    /** Runs that stopped with a resumable checkpoint can continue from it. */
    public boolean isResumable() {
        return this == INTERRUPTED || this == CANCELLED;
    }
}
