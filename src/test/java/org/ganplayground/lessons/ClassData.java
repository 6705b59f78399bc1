package org.ganplayground.lessons;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import org.ganplayground.classroom.Caller;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Runs stored straight into the database with known metrics, for tests of pages that count them
 * (training real runs would take seconds and give values nobody chose).
 */
public final class ClassData {

    private ClassData() {}

    /**
     * A run of {@code owner} launched from a lesson, with one snapshot per value of {@code metric}
     * (the last one is its latest).
     */
    public static long run(
            JdbcTemplate jdbc,
            Caller owner,
            String lessonSlug,
            String status,
            String metric,
            double... values) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    PreparedStatement s =
                            con.prepareStatement(
                                    "insert into run (owner_id, name, domain, config_json, status,"
                                            + " iterations_total, iterations_done, lesson_slug,"
                                            + " created_at, version, class_id, step_mode, cpu_ms)"
                                            + " values (?, 'stored', 'points-2d', '{}', ?, 100, 100,"
                                            + " ?, ?, 0, ?, false, 0)",
                                    new String[] {"id"});
                    s.setLong(1, owner.id());
                    s.setString(2, status);
                    s.setString(3, lessonSlug);
                    s.setTimestamp(4, Timestamp.from(Instant.now()));
                    s.setObject(5, owner.classId());
                    return s;
                },
                key);
        long runId = key.getKey().longValue();
        for (int i = 0; i < values.length; i++) {
            jdbc.update(
                    "insert into run_snapshot (run_id, iteration, elapsed_ms, metrics_json)"
                            + " values (?, ?, 0, ?)",
                    runId,
                    (i + 1) * 50,
                    String.format(
                            Locale.ROOT,
                            "{\"%s\": %s, \"score_real\": 0.5}",
                            metric,
                            Double.toString(values[i])));
        }
        return runId;
    }
}
