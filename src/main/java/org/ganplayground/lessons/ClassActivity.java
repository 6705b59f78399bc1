package org.ganplayground.lessons;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.ganplayground.cluster.ClusterNews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Live news for the teacher's pages of a class: a learner of it opened a lesson or answered a
 * question. Sent once the change is committed, so a page that reloads on it reads the new rows. The
 * database stays the truth (like training/RunEvents.java); this only spares polling.
 */
@Component
public class ClassActivity {

    /** Ends a subscription. */
    public interface Subscription {
        void cancel();
    }

    /** Something in the class changed; published inside the transaction that changed it. */
    record Changed(long classId) {}

    private static final Logger log = LoggerFactory.getLogger(ClassActivity.class);

    private final Map<Long, Set<Runnable>> listeners = new ConcurrentHashMap<>();
    private final ApplicationEventPublisher publisher;

    private static final String TOPIC = "class-activity";

    private final ClusterNews news;

    /**
     * On a cluster (README.md, "Several machines") the learner may answer on another web node than
     * the one showing the teacher's page: the news goes through the database too.
     */
    ClassActivity(ApplicationEventPublisher publisher, ClusterNews news) {
        this.publisher = publisher;
        this.news = news;
        news.subscribe(TOPIC, id -> deliverHere(Long.parseLong(id)));
    }

    /**
     * Calls {@code listener} (on the thread that made the change) after each change in the class.
     */
    public Subscription subscribe(long classId, Runnable listener) {
        listeners.computeIfAbsent(classId, id -> new CopyOnWriteArraySet<>()).add(listener);
        return () ->
                listeners.computeIfPresent(
                        classId,
                        (id, set) -> {
                            set.remove(listener);
                            return set.isEmpty() ? null : set;
                        });
    }

    /** Announces a change once the current transaction commits; nothing outside a class. */
    void changed(Long classId) {
        if (classId != null) {
            publisher.publishEvent(new Changed(classId));
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void deliver(Changed event) {
        deliverHere(event.classId());
        news.publish(TOPIC, String.valueOf(event.classId()));
    }

    private void deliverHere(long classId) {
        for (Runnable listener : listeners.getOrDefault(classId, Set.of())) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                // a closed browser tab must not fail a learner's answer
                log.debug("Class activity listener failed", e);
            }
        }
    }
}
