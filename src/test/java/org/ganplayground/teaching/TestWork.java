package org.ganplayground.teaching;

import java.util.List;
import org.ganplayground.classroom.Caller;
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

    TestWork(TestRuns runs, LessonService lessons, JdbcTemplate jdbc) {
        this.runs = runs;
        this.lessons = lessons;
        this.jdbc = jdbc;
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

    public boolean classExists(long classId) {
        return count("select count(*) from school_class where id = ?", classId) == 1;
    }

    private int count(String sql, long id) {
        Integer n = jdbc.queryForObject(sql, Integer.class, id);
        return n == null ? 0 : n;
    }
}
