package org.ganplayground.lessons;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
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

    ClassActivity(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
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
        for (Runnable listener : listeners.getOrDefault(event.classId(), Set.of())) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                // a closed browser tab must not fail a learner's answer
                log.debug("Class activity listener failed", e);
            }
        }
    }
}
