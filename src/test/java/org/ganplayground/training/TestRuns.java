package org.ganplayground.training;

import java.util.Map;
import org.ganplayground.classroom.Caller;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.engine.Snapshot;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs for tests in other packages: small trained runs, finished runs with snapshots stored
 * directly (no training), row counts, and an empty queue after them.
 */
@Component
public class TestRuns {

    private final RunService runService;
    private final RunRepository runs;
    private final TrainingQueue queue;
    private final TransactionTemplate tx;
    private final RunStore store;
    private final JdbcTemplate jdbc;

    TestRuns(
            RunService runService,
            RunRepository runs,
            TrainingQueue queue,
            TransactionTemplate tx,
            RunStore store,
            JdbcTemplate jdbc) {
        this.runService = runService;
        this.runs = runs;
        this.queue = queue;
        this.tx = tx;
        this.store = store;
        this.jdbc = jdbc;
    }

    /** Launches a 2-D ring run of {@code iterations} as the signed-in caller. */
    public Run launch(String name, int iterations) {
        return runService.launch(RunServiceTest.ring(iterations), name, null);
    }

    /**
     * The 2-D ring at {@code seed}: a snapshot every 50 iterations, or every hundredth of a long
     * run.
     */
    public static GanConfig ring(long seed, int iterations) {
        return org.ganplayground.settings.Settings.read(
                        Map.of(
                                "domain",
                                "points-2d",
                                "iterations",
                                Integer.toString(iterations),
                                "snapshot.every",
                                Integer.toString(Math.max(50, iterations / 100)),
                                "seed",
                                Long.toString(seed)))
                .orThrow();
    }

    /** Waits up to 90 s until the run has finished, as a caller who may read it. */
    public void waitUntilDone(long id) throws InterruptedException {
        long end = System.currentTimeMillis() + 90_000;
        while (status(id) != RunStatus.COMPLETED && System.currentTimeMillis() < end) {
            Thread.sleep(200);
        }
        org.assertj.core.api.Assertions.assertThat(status(id)).isEqualTo(RunStatus.COMPLETED);
    }

    private RunStatus status(long id) {
        return runService.find(id).orElseThrow().getStatus();
    }

    /** Cancels every active run and waits for the training threads to let go. */
    public void cancelAll() {
        Queues.cancelAll(runs, queue, tx);
    }

    /** A completed run of {@code owner} with {@code snapshots} snapshots (every 100 iterations). */
    @Transactional
    public long finished(Caller owner, String name, int snapshots) {
        return finished(owner, name, snapshots, RunServiceTest.ring(100 * snapshots));
    }

    /**
     * A completed run of {@code owner} with this config (of {@code 100 * snapshots} iterations) and
     * {@code snapshots} snapshots; its checkpoint is three bytes, never to be decoded.
     */
    @Transactional
    public long finished(Caller owner, String name, int snapshots, GanConfig config) {
        Run r =
                runs.save(
                        new Run(
                                owner.id(),
                                name,
                                config.domain().id(),
                                org.ganplayground.settings.Settings.writeJson(config),
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

    /**
     * A completed ring run of {@code owner} launched from a lesson, with one snapshot whose metrics
     * are {@code last} (its final metrics).
     */
    @Transactional
    public long finishedInLesson(Caller owner, String lessonSlug, Map<String, Double> last) {
        return finishedInLesson(owner, lessonSlug, last, RunServiceTest.ring(100));
    }

    /** The same with this config. */
    @Transactional
    public long finishedInLesson(
            Caller owner, String lessonSlug, Map<String, Double> last, GanConfig config) {
        Run r =
                runs.save(
                        new Run(
                                owner.id(),
                                "lesson run",
                                config.domain().id(),
                                org.ganplayground.settings.Settings.writeJson(config),
                                100,
                                lessonSlug,
                                owner.classId(),
                                60_000L));
        r.setStatus(RunStatus.COMPLETED, "Finished.");
        runs.flush();
        store.record(
                r.getId(),
                new Snapshot(
                        100, 10L, last, new float[] {0f, 1f}, new float[] {1f, 0f}, null, Map.of()),
                new byte[] {1, 2, 3});
        return r.getId();
    }

    /**
     * A completed run of the lesson's {@code config} that a teacher prepared for their class, with
     * one snapshot whose metrics are {@code last}.
     */
    @Transactional
    public long preparedInLesson(
            Caller teacher,
            long classId,
            String lessonSlug,
            Map<String, Double> last,
            GanConfig config) {
        long id = finishedInLesson(teacher, lessonSlug, last, config);
        runs.findById(id).orElseThrow().setPreparedFor(classId);
        runs.flush();
        return id;
    }

    /** A completed creatures run of {@code owner} of 200 iterations, as {@link #finished}. */
    @Transactional
    public long finishedCreatures(Caller owner, String name) {
        return finished(
                owner,
                name,
                2,
                org.ganplayground.settings.Settings.read(
                                Map.of(
                                        "domain", "creatures",
                                        "iterations", "200",
                                        "snapshot.every", "100"))
                        .orThrow());
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
