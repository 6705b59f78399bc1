package org.ganplayground.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How a reader of the database learns that another node wrote something: on PostgreSQL a LISTEN on
 * one channel, on its own connection, wakes it at the first NOTIFY; on any database it wakes at the
 * latest after the poll interval. One per reading thread; not thread-safe.
 */
public final class Wakeups implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Wakeups.class);

    private final DataSource dataSource;
    private final boolean postgres;
    private final String channel;
    private Connection listening;

    public Wakeups(DataSource dataSource, String channel) {
        this.dataSource = dataSource;
        this.postgres = isPostgres(dataSource);
        this.channel = channel;
    }

    public static boolean isPostgres(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Returns at the first notification on the channel or after {@code pollMs}. A broken connection
     * is closed and opened again at the next call; the caller reads anyway.
     */
    public void await(long pollMs) throws InterruptedException {
        if (!postgres) {
            Thread.sleep(pollMs);
            return;
        }
        try {
            if (listening == null) {
                listening = dataSource.getConnection();
                listening.setAutoCommit(true);
                try (Statement s = listening.createStatement()) {
                    s.execute("LISTEN " + channel);
                }
            }
            listening.unwrap(PGConnection.class).getNotifications((int) pollMs);
        } catch (SQLException e) {
            log.warn("LISTEN {} failed; polling until it works again", channel, e);
            close();
            Thread.sleep(pollMs);
        }
    }

    /** Wakes the other nodes' readers of the channel (PostgreSQL only; nothing elsewhere). */
    public static void send(JdbcTemplate jdbc, boolean postgres, String channel, String payload) {
        if (!postgres) {
            return;
        }
        try {
            jdbc.queryForList("select pg_notify(?, ?)", channel, payload);
        } catch (RuntimeException e) {
            log.debug("NOTIFY {} failed; the others' poll carries the news", channel, e);
        }
    }

    @Override
    public void close() {
        if (listening != null) {
            try {
                listening.close();
            } catch (SQLException e) {
                log.debug("Closing the LISTEN connection failed", e);
            }
            listening = null;
        }
    }
}
