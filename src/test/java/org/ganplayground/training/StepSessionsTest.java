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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

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
        runs.runsOf(me()).forEach(r -> sessions.close(r.getId(), "test over."));
    }

    private long me() {
        return caller.id();
    }

    @Test
    void steps_of_one_side_are_stored_as_snapshots_of_the_run() throws Exception {
        Run run = sessions.open(me(), ring, null);
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

    @Test
    void the_number_of_open_step_sessions_is_bounded() {
        sessions.open(me(), ring, null);
        sessions.open(me(), ring, null);
        assertThatThrownBy(() -> sessions.open(me(), ring, null))
                .isInstanceOf(QuotaExceededException.class)
                .hasMessageContaining("step sessions");
    }

    @Test
    void an_idle_session_is_released_as_a_stored_resumable_run() throws Exception {
        Run run = sessions.open(me(), ring, null);
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
}
