package org.ganplayground.engine;

/**
 * Listens to a training run. The engine knows nothing about who listens: the app stores snapshots
 * and pushes progress to browsers. Called on the training thread: keep it quick.
 */
public interface RunObserver {

    /** Frequent, cheap progress: iterations done out of the total. */
    default void onProgress(int iteration, int total, long elapsedMs) {}

    /** A snapshot was taken (every snapshot interval and at the end). */
    void onSnapshot(Snapshot snapshot);
}
