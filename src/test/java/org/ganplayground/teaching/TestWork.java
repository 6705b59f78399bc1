package org.ganplayground.teaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.ClassLifecycle;
import org.ganplayground.classroom.TestAccounts;
import org.ganplayground.lessons.LessonService;
import org.ganplayground.training.TestRuns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A learner's work of every kind, and the rows it takes in each table. */
@Component
public class TestWork {

    public static final String LESSON = "forger-and-inspector";

    private final TestRuns runs;
    private final LessonService lessons;
    private final JdbcTemplate jdbc;
    private final ClassLifecycle lifecycle;

    TestWork(TestRuns runs, LessonService lessons, JdbcTemplate jdbc, ClassLifecycle lifecycle) {
        this.runs = runs;
        this.lessons = lessons;
        this.jdbc = jdbc;
        this.lifecycle = lifecycle;
    }

    /**
     * As the learner (left signed in): a finished run with 2 snapshots and a checkpoint, a
     * prediction and a graded answer (which start the lesson). Returns the run's id.
     */
    public long of(Caller learner) {
        TestAccounts.signIn(learner);
        lessons.answer(LESSON, "predict-blobs", "3");
        lessons.answer(LESSON, "modes-covered", "8");
        return runs.finished(learner, "ring of " + learner.username(), 2);
    }

    /** Rows of: account, run, run_snapshot, run_checkpoint, lesson_answer, lesson_progress. */
    public List<Integer> rows(long accountId) {
        int[] r = runs.rowsOf(accountId);
        return List.of(
                count("select count(*) from account where id = ?", accountId),
                r[0],
                r[1],
                r[2],
                count("select count(*) from lesson_answer where learner_id = ?", accountId),
                count("select count(*) from lesson_progress where learner_id = ?", accountId));
    }

    /** What {@link #of} leaves for one learner. */
    public static final List<Integer> ONE_LEARNERS_WORK = List.of(1, 1, 2, 1, 2, 1);

    public static final List<Integer> NOTHING = List.of(0, 0, 0, 0, 0, 0);

    /** The files of one learner's export with one run, in the zip's order. */
    public static List<String> exportFiles(long runId) {
        return List.of(
                "learner.json",
                "runs.json",
                "runs/" + runId + "-metrics.csv",
                "answers.json",
                "answers.csv",
                "progress.csv");
    }

    public boolean classExists(long classId) {
        return count("select count(*) from school_class where id = ?", classId) == 1;
    }

    private int count(String sql, long id) {
        Integer n = jdbc.queryForObject(sql, Integer.class, id);
        return n == null ? 0 : n;
    }

    /** Waits for a class's background deletion to end (the class list polls the same way). */
    public void awaitDeletion(long classId) {
        long end = System.currentTimeMillis() + 30_000;
        while (lifecycle.deletion(classId).isPresent()) {
            assertThat(System.currentTimeMillis()).as("deletion finished").isLessThan(end);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The files of a zip by name, as text, in the zip's order. */
    public static Map<String, String> unzip(ByteArrayOutputStream bytes) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip =
                new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
