package org.ganplayground.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.Role;
import org.ganplayground.classroom.TestAccounts;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.engine.Snapshot;
import org.ganplayground.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@Tag("database")
@SpringBootTest(
        properties = {
            "gan.step.max-sessions=2",
            "gan.step.idle-minutes=0",
            "gan.step.sweep-ms=3600000"
        })
@ActiveProfiles("test")
class StepSessionsTest {

    @Autowired StepSessions sessions;

    @Autowired RunService runs;

    @Autowired TestAccounts accounts;

    private Caller caller;

    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        caller = TestAccounts.signIn(accounts.create("learner", Role.LEARNER, null));
    }

    private final GanConfig ring =
            Settings.read(Map.of("domain", "points-2d", "iterations", "400")).orThrow();

    @AfterEach
    void closeAll() {
        TestAccounts.signIn(caller);
        runs.runsOf().forEach(r -> sessions.close(r.getId(), "test over."));
        runs.runsOf().stream()
                .filter(r -> r.getStatus().isActive())
                .forEach(r -> runs.cancel(r.getId()));
    }

    private long me() {
        return caller.id();
    }

    @Test
    void steps_of_one_side_are_stored_as_snapshots_of_the_run() throws Exception {
        Run run = sessions.open(ring, null);
        assertThat(run.getStatus()).isEqualTo(RunStatus.RUNNING);
        Snapshot afterInspector =
                sessions.step(run.getId(), StepSessions.Side.INSPECTOR, 5)
                        .get(30, TimeUnit.SECONDS);
        assertThat(afterInspector.iteration()).isZero(); // only full iterations count
        Snapshot afterBoth =
                sessions.step(run.getId(), StepSessions.Side.BOTH, 7).get(30, TimeUnit.SECONDS);
        assertThat(afterBoth.iteration()).isEqualTo(7);
        assertThat(runs.snapshots(run.getId()))
                .extracting(Snapshot::iteration)
                .containsExactly(0, 7);
        // the inspector-only step replaced the stored picture at iteration 0
        assertThat(runs.snapshots(run.getId()).get(0).arrays().get("heatmap"))
                .isEqualTo(afterInspector.arrays().get("heatmap"));
    }

    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void a_session_open_on_another_server_says_where_it_lives_and_one_open_here_says_nothing() {
        Run here = sessions.open(ring, null);
        assertThat(here.getNodeId()).isNotBlank();
        assertThat(sessions.openElsewhere(runs.find(here.getId()).orElseThrow())).isEmpty();

        Run there = sessions.open(ring, null);
        sessions.forget(there.getId()); // as if its model lived in another node's memory
        jdbc.update("update run set node_id = 'web@other#1' where id = ?", there.getId());
        assertThat(sessions.isOpen(there.getId())).isFalse();
        assertThat(sessions.openElsewhere(runs.find(there.getId()).orElseThrow()))
                .hasValueSatisfying(
                        why ->
                                assertThat(why)
                                        .contains("open on another server")
                                        .doesNotContain("web@other")
                                        .contains("resume"));
        runs.cancel(there.getId());
        assertThat(sessions.openElsewhere(runs.find(there.getId()).orElseThrow())).isEmpty();
    }

    @Test
    void a_session_whose_run_was_cancelled_elsewhere_takes_no_more_steps() throws Exception {
        Run run = sessions.open(ring, null);
        sessions.step(run.getId(), StepSessions.Side.BOTH, 2).get(30, TimeUnit.SECONDS);
        // a teacher on another node of a cluster cancels it: only the row changes
        jdbc.update("update run set status = 'CANCELLED' where id = ?", run.getId());
        assertThatThrownBy(() -> sessions.step(run.getId(), StepSessions.Side.BOTH, 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThat(sessions.isOpen(run.getId())).isFalse();
        assertThat(runs.snapshots(run.getId()))
                .extracting(Snapshot::iteration)
                .containsExactly(0, 2);
    }

    @Test
    void the_number_of_open_step_sessions_is_bounded() {
        sessions.open(ring, null);
        sessions.open(ring, null);
        assertThatThrownBy(() -> sessions.open(ring, null))
                .isInstanceOf(QuotaExceededException.class)
                .hasMessageContaining("step sessions");
    }

    @Test
    void an_idle_session_is_released_as_a_stored_resumable_run() throws Exception {
        Run run = sessions.open(ring, null);
        sessions.step(run.getId(), StepSessions.Side.BOTH, 3).get(30, TimeUnit.SECONDS);
        Thread.sleep(5);
        sessions.releaseIdle();
        assertThat(sessions.isOpen(run.getId())).isFalse();
        Run stored = runs.find(run.getId()).orElseThrow();
        assertThat(stored.getStatus()).isEqualTo(RunStatus.CANCELLED);
        assertThat(stored.getStatusMessage()).contains("idle");
        assertThat(stored.getStatus().isResumable()).isTrue();
        assertThat(runs.snapshots(run.getId()))
                .extracting(Snapshot::iteration)
                .containsExactly(0, 3);
        assertThatThrownBy(() -> sessions.step(run.getId(), StepSessions.Side.BOTH, 1))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_open_step_session_counts_toward_the_learners_active_runs() {
        sessions.open(ring, null);
        GanConfig long_ = RunServiceTest.ring(20000);
        runs.launch(long_, null, null);
        runs.launch(long_, null, null);
        // 3 is gan.queue.max-active-per-learner's default: the session is one of them
        assertThatThrownBy(() -> runs.launch(long_, null, null))
                .isInstanceOf(QuotaExceededException.class);
        runs.runsOf().stream()
                .filter(r -> r.getStatus().isActive())
                .forEach(r -> runs.cancel(r.getId()));
    }

    @Test
    void a_step_session_is_refused_like_a_launch_when_the_learner_has_no_room() {
        GanConfig long_ = RunServiceTest.ring(20000);
        for (int i = 0; i < 3; i++) {
            runs.launch(long_, null, null);
        }
        assertThatThrownBy(() -> sessions.open(ring, null))
                .isInstanceOf(QuotaExceededException.class)
                .hasMessageContaining("step mode");
        runs.runsOf().forEach(r -> runs.cancel(r.getId()));
    }

    @Test
    void another_learners_step_session_is_answered_like_a_closed_one() {
        Run mine = sessions.open(ring, null);
        TestAccounts.signIn(accounts.create("other", Role.LEARNER, null));
        assertThat(sessions.isOpen(mine.getId())).isFalse();
        Throwable theirs =
                org.assertj.core.api.Assertions.catchThrowable(
                        () -> sessions.step(mine.getId(), StepSessions.Side.BOTH, 1));
        Throwable closed =
                org.assertj.core.api.Assertions.catchThrowable(
                        () -> sessions.step(987_654_321L, StepSessions.Side.BOTH, 1));
        assertThat(theirs).isInstanceOf(IllegalStateException.class);
        assertThat(theirs).hasMessage(closed.getMessage());
        sessions.close(mine.getId(), "not mine.");
        TestAccounts.signIn(caller);
        assertThat(sessions.isOpen(mine.getId())).isTrue();
    }

    @Test
    void steps_train_at_the_queues_lowered_priority() throws Exception {
        Run run = sessions.open(ring, null);
        sessions.step(run.getId(), StepSessions.Side.BOTH, 1).get(30, TimeUnit.SECONDS);
        assertThat(niceOfThread("step-mode")).isEqualTo(10);
    }

    /** Field 19 of the thread's stat, counted after the command name in parentheses. */
    static int niceOfThread(String name) throws java.io.IOException {
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            for (var task : tasks.toList()) {
                if (java.nio.file.Files.readString(task.resolve("comm")).strip().equals(name)) {
                    String stat = java.nio.file.Files.readString(task.resolve("stat"));
                    return Integer.parseInt(
                            stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
                }
            }
        }
        throw new IllegalStateException("no thread " + name);
    }
}
