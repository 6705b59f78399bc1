package org.ganplayground.lessons.ui;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an action at most once per interval however often it is asked for: the first request runs at
 * once, the ones within the next interval all end in one more run at its end. Thirty learners
 * answering in the same second cost a teacher's page two reloads, not thirty.
 */
final class Throttle {

    private static final Logger log = LoggerFactory.getLogger(Throttle.class);

    // one daemon thread for every page: the action only queues work for the page's UI
    private static final ScheduledExecutorService TIMER =
            Executors.newSingleThreadScheduledExecutor(
                    r -> {
                        Thread t = new Thread(r, "page-refresh");
                        t.setDaemon(true);
                        return t;
                    });

    private final long intervalNanos;
    private final Runnable action;
    private long lastRun;
    private boolean ranOnce;
    private ScheduledFuture<?> pending;

    Throttle(long intervalMillis, Runnable action) {
        this.intervalNanos = TimeUnit.MILLISECONDS.toNanos(intervalMillis);
        this.action = action;
    }

    /** Asks for the action; returns at once (safe to call on any thread). */
    synchronized void request() {
        if (pending != null) {
            return;
        }
        long wait = ranOnce ? Math.max(0, lastRun + intervalNanos - System.nanoTime()) : 0;
        pending = TIMER.schedule(this::fire, wait, TimeUnit.NANOSECONDS);
    }

    /** Drops a request that has not run yet. */
    synchronized void cancel() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    private void fire() {
        synchronized (this) {
            pending = null;
            lastRun = System.nanoTime();
            ranOnce = true;
        }
        try {
            action.run();
        } catch (RuntimeException e) {
            log.debug("Page refresh failed", e);
        }
    }
}
