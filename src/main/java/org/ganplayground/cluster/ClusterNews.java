package org.ganplayground.cluster;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * News for the other nodes of a cluster that is not about runs (README.md, "Several machines"): a
 * run a teacher shows to a class, a learner's answer for the teacher's pages, the sessions of a
 * deleted account to end. A sender writes a row in {@code cluster_news}; every other node reads the
 * rows it has not seen, every {@code gan.node.news-poll-ms} or at once when PostgreSQL notifies it,
 * and hands each to the listeners of its topic, on the reading thread. Rows are kept a few minutes.
 * Alone (not in a cluster) nothing is written or read: there is no one to tell.
 */
@Component
public class ClusterNews implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterNews.class);

    static final String CHANNEL = "gan_news";

    /** Rows are read again for this long, so one committed late is not missed. */
    private static final long LOOK_BACK_MS = 60_000;

    /** Rows older than this are deleted. */
    private static final long KEEP_MS = 10 * 60_000;

    private final ThisNode me;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final long pollMs;
    private final Map<String, Set<Consumer<String>>> listeners = new ConcurrentHashMap<>();

    /** Rows this node has handled, with when it saw them (its own clock). */
    private final Map<Long, Long> seen = new HashMap<>();

    private volatile boolean running;
    private volatile boolean postgres;
    private DatabaseReader reader;
    private long lastPrune;

    ClusterNews(
            ThisNode me,
            DataSource dataSource,
            JdbcTemplate jdbc,
            @Value("${gan.node.news-poll-ms:500}") long pollMs) {
        this.me = me;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.pollMs = pollMs;
    }

    /**
     * Calls {@code listener} with the payload of each piece of news on the topic from elsewhere.
     */
    public void subscribe(String topic, Consumer<String> listener) {
        listeners.computeIfAbsent(topic, t -> new CopyOnWriteArraySet<>()).add(listener);
    }

    /** Tells the other nodes; this node's own listeners are not called (it has acted already). */
    public void publish(String topic, String payload) {
        if (!me.inCluster()) {
            return;
        }
        try {
            jdbc.update(
                    "insert into cluster_news (node, topic, payload, created_ms) values (?, ?, ?, ?)",
                    me.id(),
                    topic,
                    payload,
                    System.currentTimeMillis());
            Wakeups.send(jdbc, postgres, CHANNEL, topic);
        } catch (RuntimeException e) {
            // the action itself is done and stored; only the other nodes' live pages miss it
            log.warn("Could not tell the other nodes about {}", topic, e);
        }
    }

    @Override
    public void start() {
        running = true;
        if (!me.inCluster()) {
            return;
        }
        postgres = Wakeups.isPostgres(dataSource);
        // what was said before this node started is not news to it
        jdbc.query(
                "select id from cluster_news",
                rs -> {
                    seen.put(rs.getLong(1), System.currentTimeMillis());
                });
        reader = DatabaseReader.start("cluster-news", dataSource, CHANNEL, pollMs, this::poll);
    }

    /** Hands the unseen rows of the last minute to their listeners, oldest first. */
    void poll() {
        long now = System.currentTimeMillis();
        jdbc.query(
                "select id, node, topic, payload from cluster_news where created_ms > ?"
                        + " order by id",
                rs -> {
                    long id = rs.getLong(1);
                    if (seen.putIfAbsent(id, now) == null && !me.id().equals(rs.getString(2))) {
                        deliver(rs.getString(3), rs.getString(4));
                    }
                },
                now - LOOK_BACK_MS);
        seen.values().removeIf(at -> at < now - 2 * LOOK_BACK_MS);
        if (now - lastPrune > LOOK_BACK_MS) {
            lastPrune = now;
            jdbc.update("delete from cluster_news where created_ms < ?", now - KEEP_MS);
        }
    }

    private void deliver(String topic, String payload) {
        for (Consumer<String> l : listeners.getOrDefault(topic, Set.of())) {
            try {
                l.accept(payload);
            } catch (RuntimeException e) {
                log.debug("A listener of {} failed", topic, e);
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        if (reader != null) {
            reader.stop();
            reader = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
