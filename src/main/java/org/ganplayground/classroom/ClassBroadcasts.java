package org.ganplayground.classroom;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.ganplayground.cluster.ClusterNews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a teacher puts on every screen of a class: a run ("Show to everyone") or an experiment on
 * the playground ("Send experiment"). Only the teaching service publishes, after checking that the
 * caller teaches the class; the pages of the class's learners listen. Kept in memory: a shown run
 * is a moment of a lesson, not a record (a restart ends it, and so do two hours).
 */
@Component
public class ClassBroadcasts {

    /** One message to a class. */
    public sealed interface Broadcast permits ShowRun, SendExperiment, StopShowing {
        long classId();
    }

    /** Every learner's screen opens this run (read-only for all but its owner). */
    public record ShowRun(long classId, long runId, long ownerId, String title)
            implements Broadcast {}

    /**
     * Every learner's playground opens with this link's settings ({@code preset=...&lesson=...}).
     */
    public record SendExperiment(long classId, String query, String title) implements Broadcast {}

    /**
     * The shown run is no longer shown (classmates can no longer open it); their pages go back to
     * where they were.
     */
    public record StopShowing(long classId, long runId, long ownerId) implements Broadcast {}

    /** Ends a subscription. */
    public interface Subscription {
        void cancel();
    }

    private static final Logger log = LoggerFactory.getLogger(ClassBroadcasts.class);

    /** A run stays shown (and readable by the class) at most this long: one lesson. */
    static final Duration SHOWN_AT_MOST = Duration.ofHours(2);

    private record Shown(ShowRun run, Instant since) {}

    private final Map<Long, Shown> shown = new ConcurrentHashMap<>();

    private static final String TOPIC = "class-broadcast";
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private final ClusterNews news;

    /**
     * On a cluster (README.md, "Several machines") a class's learners may be on other web nodes
     * than their teacher: what one node publishes reaches the others through the database.
     */
    ClassBroadcasts(ClusterNews news) {
        this.news = news;
        news.subscribe(TOPIC, payload -> deliver(decode(payload)));
    }

    private final Map<Long, Set<Consumer<Broadcast>>> listeners = new ConcurrentHashMap<>();

    public Subscription subscribe(long classId, Consumer<Broadcast> listener) {
        listeners.computeIfAbsent(classId, id -> new CopyOnWriteArraySet<>()).add(listener);
        return () ->
                listeners.computeIfPresent(
                        classId,
                        (id, set) -> {
                            set.remove(listener);
                            return set.isEmpty() ? null : set;
                        });
    }

    /** The run shown to the class now, if any. */
    public Optional<ShowRun> shown(Long classId) {
        Shown s = classId == null ? null : shown.get(classId);
        if (s == null || s.since().plus(SHOWN_AT_MOST).isBefore(Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(s.run());
    }

    /** Whether this run is on the screens of this class now. */
    public boolean isShown(Long classId, long runId) {
        return shown(classId).map(s -> s.runId() == runId).orElse(false);
    }

    /** How many pages of the class listen now (the board says how many screens it reached). */
    public int listening(long classId) {
        return listeners.getOrDefault(classId, Set.of()).size();
    }

    /** Ends what was shown to the class, if anything (a teacher's Stop, or the class ending). */
    public void stopShowing(long classId) {
        shown(classId).ifPresent(s -> publish(new StopShowing(classId, s.runId(), s.ownerId())));
        shown.remove(classId); // also one that outlived SHOWN_AT_MOST, which shown() hides
    }

    /** An ended class shows nothing: its learners are read-only and the lesson is over. */
    @org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
    void classEnded(ClassEnded ended) {
        stopShowing(ended.classId());
    }

    /** Sends to every page of the class; only the teaching service calls this. */
    public void publish(Broadcast b) {
        deliver(b);
        news.publish(TOPIC, encode(b));
    }

    /** On this node: what is shown, and every page of the class here. */
    private void deliver(Broadcast b) {
        if (b == null) {
            return;
        }
        if (b instanceof ShowRun s) {
            shown.put(s.classId(), new Shown(s, Instant.now()));
        } else if (b instanceof StopShowing) {
            shown.remove(b.classId());
        }
        for (Consumer<Broadcast> l : listeners.getOrDefault(b.classId(), Set.of())) {
            try {
                l.accept(b);
            } catch (RuntimeException e) {
                // one closed tab must not keep the message from the others
                log.debug("Broadcast listener failed", e);
            }
        }
    }

    private static String encode(Broadcast b) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("classId", b.classId());
        if (b instanceof ShowRun s) {
            m.put("kind", "show");
            m.put("runId", s.runId());
            m.put("ownerId", s.ownerId());
            m.put("title", s.title());
        } else if (b instanceof SendExperiment e) {
            m.put("kind", "experiment");
            m.put("query", e.query());
            m.put("title", e.title());
        } else if (b instanceof StopShowing s) {
            m.put("kind", "stop");
            m.put("runId", s.runId());
            m.put("ownerId", s.ownerId());
        }
        try {
            return JSON.writeValueAsString(m);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The broadcast another node sent, or null for one this version does not know. */
    static Broadcast decode(String payload) {
        try {
            var n = JSON.readTree(payload);
            long classId = n.path("classId").asLong();
            return switch (n.path("kind").asText()) {
                case "show" ->
                        new ShowRun(
                                classId,
                                n.path("runId").asLong(),
                                n.path("ownerId").asLong(),
                                n.path("title").asText());
                case "experiment" ->
                        new SendExperiment(
                                classId, n.path("query").asText(), n.path("title").asText());
                case "stop" ->
                        new StopShowing(
                                classId, n.path("runId").asLong(), n.path("ownerId").asLong());
                default -> null;
            };
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            log.warn("Unreadable broadcast from another node: {}", payload);
            return null;
        }
    }
}
