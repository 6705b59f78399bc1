package org.ganplayground.training;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.ganplayground.engine.Snapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Live news about runs for the browsers watching them. The database stays the truth; these events
 * only spare the views from polling it.
 */
@Component
public class RunEvents {

    /** Something happened to a run. */
    public sealed interface RunEvent permits Progress, SnapshotTaken, StatusChanged, QueueChanged {
        long runId();
    }

    public record Progress(long runId, int iteration, int total, long elapsedMs)
            implements RunEvent {}

    public record SnapshotTaken(long runId, Snapshot snapshot) implements RunEvent {}

    public record StatusChanged(long runId, RunStatus status, String message) implements RunEvent {}

    /**
     * The queue changed because of this run (launched, started, cancelled, finished): sent to the
     * listeners of every run, since the positions of all queued runs may have moved.
     */
    public record QueueChanged(long runId) implements RunEvent {}

    /** Ends a subscription. */
    public interface Subscription {
        void cancel();
    }

    private static final Logger log = LoggerFactory.getLogger(RunEvents.class);

    private final Map<Long, Set<Consumer<RunEvent>>> listeners = new ConcurrentHashMap<>();

    /** Listeners to every run's events (a class board), who filter for themselves. */
    private final Set<Consumer<RunEvent>> everything = new CopyOnWriteArraySet<>();

    public Subscription subscribe(long runId, Consumer<RunEvent> listener) {
        listeners.computeIfAbsent(runId, id -> new CopyOnWriteArraySet<>()).add(listener);
        return () ->
                listeners.computeIfPresent(
                        runId,
                        (id, set) -> {
                            set.remove(listener);
                            return set.isEmpty() ? null : set;
                        });
    }

    /** Listeners to every run's status changes only (a sweep's launcher and page). */
    private final Set<Consumer<StatusChanged>> statusOnly = new CopyOnWriteArraySet<>();

    /**
     * Every run's status changes, on the training threads: the listener must only note them and
     * return. Cheaper than {@link #subscribeAll} on a cluster's web node, which then reads no
     * snapshots for it (ClusterEvents).
     */
    public Subscription subscribeStatus(Consumer<StatusChanged> listener) {
        statusOnly.add(listener);
        return () -> statusOnly.remove(listener);
    }

    /**
     * Every run's events, on the training threads: the listener must only note them and return (a
     * class board marks a tile as changed and draws it on its own clock).
     */
    public Subscription subscribeAll(Consumer<RunEvent> listener) {
        everything.add(listener);
        return () -> everything.remove(listener);
    }

    /** Where this node's own news also goes, for the other nodes of a cluster; null when alone. */
    private volatile Consumer<RunEvent> relay;

    void relayTo(Consumer<RunEvent> relay) {
        this.relay = relay;
    }

    /** Whether a page on this node watches this run (or every run). */
    boolean isWatched(long runId) {
        return !everything.isEmpty() || listeners.containsKey(runId);
    }

    void publish(RunEvent event) {
        Consumer<RunEvent> r = relay;
        if (r != null) {
            deliver(r, event);
        }
        publishHere(event);
    }

    /** Delivers news to this node's listeners only: news that came from another node. */
    void publishHere(RunEvent event) {
        everything.forEach(l -> deliver(l, event));
        if (event instanceof StatusChanged changed) {
            statusOnly.forEach(l -> deliver(l, changed));
        }
        if (event instanceof QueueChanged) {
            listeners.values().forEach(set -> set.forEach(l -> deliver(l, event)));
        } else {
            listeners.getOrDefault(event.runId(), Set.of()).forEach(l -> deliver(l, event));
        }
    }

    private static <E extends RunEvent> void deliver(Consumer<E> listener, E event) {
        try {
            listener.accept(event);
        } catch (RuntimeException e) {
            // a closed browser tab must not stop a training run
            log.debug("Run event listener failed", e);
        }
    }
}
