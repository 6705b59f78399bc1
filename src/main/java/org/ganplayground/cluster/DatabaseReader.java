package org.ganplayground.cluster;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A thread that reads what other nodes wrote: it waits for a NOTIFY on its channel or the poll
 * interval ({@link Wakeups}), then calls its read, until stopped. A failed read is logged and tried
 * again at the next wake-up: the thread never dies of one.
 */
public final class DatabaseReader {

    private static final Logger log = LoggerFactory.getLogger(DatabaseReader.class);

    private final Thread thread;
    private volatile boolean running = true;

    private DatabaseReader(
            String name, DataSource dataSource, String channel, long pollMs, Runnable read) {
        thread =
                new Thread(
                        () -> {
                            try (Wakeups wakeups = new Wakeups(dataSource, channel)) {
                                while (running) {
                                    try {
                                        wakeups.await(pollMs);
                                        read.run();
                                    } catch (InterruptedException e) {
                                        Thread.currentThread().interrupt();
                                        return;
                                    } catch (RuntimeException e) {
                                        if (running) {
                                            log.warn("{}: could not read; trying again", name, e);
                                        }
                                    }
                                }
                            }
                        },
                        name);
        thread.setDaemon(true);
    }

    /** Starts a reader thread named {@code name}. */
    public static DatabaseReader start(
            String name, DataSource dataSource, String channel, long pollMs, Runnable read) {
        DatabaseReader r = new DatabaseReader(name, dataSource, channel, pollMs, read);
        r.thread.start();
        return r;
    }

    /** Stops the thread and waits up to two seconds for it. */
    public void stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
