package org.ganplayground.training;

import java.util.Map;
import org.ganplayground.classroom.Caller;
import org.ganplayground.engine.Snapshot;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finished runs with snapshots and a checkpoint, stored directly: no training, for data tests. */
@Component
public class TestRuns {

    private final RunRepository runs;
    private final RunStore store;
    private final JdbcTemplate jdbc;

    TestRuns(RunRepository runs, RunStore store, JdbcTemplate jdbc) {
        this.runs = runs;
        this.store = store;
        this.jdbc = jdbc;
    }

    /** A completed run of {@code owner} with {@code snapshots} snapshots (every 100 iterations). */
    @Transactional
    public long finished(Caller owner, String name, int snapshots) {
        Run r =
                runs.save(
                        new Run(
                                owner.id(),
                                name,
                                "points-2d",
                                org.ganplayground.settings.Settings.writeJson(
                                        RunServiceTest.ring(100 * snapshots)),
                                100 * snapshots,
                                null,
                                owner.classId(),
                                60_000L));
        r.setStatus(RunStatus.COMPLETED, "Finished.");
        r.setSummaryJson("{\"modes_covered\":7}");
        runs.flush();
        for (int i = 1; i <= snapshots; i++) {
            Snapshot s =
                    new Snapshot(
                            100 * i,
                            10L * i,
                            Map.of("d_loss", 0.5 + i, "g_loss", 1.0 / i),
                            new float[] {0f, 1f},
                            new float[] {1f, 0f},
                            null,
                            Map.of());
            store.record(r.getId(), s, new byte[] {1, 2, 3});
        }
        return r.getId();
    }

    /** How many rows of run, run_snapshot and run_checkpoint belong to this owner's runs. */
    public int[] rowsOf(long ownerId) {
        return new int[] {
            count("select count(*) from run where owner_id = ?", ownerId),
            count(
                    "select count(*) from run_snapshot s join run r on r.id = s.run_id"
                            + " where r.owner_id = ?",
                    ownerId),
            count(
                    "select count(*) from run_checkpoint c join run r on r.id = c.run_id"
                            + " where r.owner_id = ?",
                    ownerId)
        };
    }

    private int count(String sql, long id) {
        Integer n = jdbc.queryForObject(sql, Integer.class, id);
        return n == null ? 0 : n;
    }
}
