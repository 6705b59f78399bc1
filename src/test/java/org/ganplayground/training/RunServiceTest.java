package org.ganplayground.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.Role;
import org.ganplayground.classroom.TestAccounts;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.settings.InvalidConfigException;
import org.ganplayground.settings.Settings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "gan.queue.max-active-per-learner=2")
@ActiveProfiles("test")
class RunServiceTest {

    @Autowired RunService runs;

    @Autowired TestAccounts accounts;

    private Caller caller;

    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        caller = TestAccounts.signIn(accounts.create("learner", Role.LEARNER, null));
    }

    @Autowired TrainingJob trainingJob;

    @Autowired RunRepository repository;

    private static GanConfig ring(int iterations) {
        return Settings.read(
                        Map.of(
                                "domain",
                                "points-2d",
                                "iterations",
                                Integer.toString(iterations),
                                "snapshot.every",
                                Integer.toString(Math.max(50, iterations / 200))))
                .orThrow();
    }

    private long me() {
        return caller.id();
    }

    @Test
    void a_launched_run_is_trained_by_the_queue_and_its_snapshots_are_stored() throws Exception {
        Run run = runs.launch(me(), ring(150), "first run", null);
        assertThat(run.getStatus()).isEqualTo(RunStatus.QUEUED);
        Run done = waitFor(run.getId(), RunStatus.COMPLETED, Duration.ofSeconds(60));
        assertThat(done.getIterationsDone()).isEqualTo(150);
        assertThat(runs.snapshots(run.getId()))
                .extracting(s -> s.iteration())
                .containsExactly(0, 50, 100, 150);
        assertThat(runs.latestSnapshot(run.getId()).orElseThrow().arrays()).containsKey("heatmap");
        assertThat(done.getStatusMessage()).contains("Finished 150 iterations");
        assertThat(done.getSummaryJson()).contains("modes_covered");
    }

    @Test
    void an_invalid_config_cannot_be_launched() {
        GanConfig ok = Settings.read(Map.of("iterations", "100")).orThrow();
        // built in code, past the catalogue: the service checks what reaches it all the same
        GanConfig bad =
                new GanConfig(
                        ok.domain(),
                        ok.guardrails(),
                        ok.guardrailsUpFront(),
                        ok.forger(),
                        ok.inspector(),
                        ok.forgerOptimizer(),
                        ok.inspectorOptimizer(),
                        ok.loss(),
                        ok.inspectorSteps(),
                        ok.batchSize(),
                        ok.noiseDim(),
                        ok.noise(),
                        ok.labelSmoothing(),
                        ok.packing(),
                        ok.forgerAverage(),
                        999_999,
                        ok.snapshotEvery(),
                        ok.seed());
        assertThatThrownBy(() -> runs.launch(me(), bad, null, null))
                .isInstanceOf(InvalidConfigException.class);
    }

    @Test
    void one_learner_cannot_fill_the_queue() {
        long before = repository.count();
        runs.launch(me(), ring(20000), null, null);
        runs.launch(me(), ring(20000), null, null);
        assertThatThrownBy(() -> runs.launch(me(), ring(100), null, null))
                .isInstanceOf(QuotaExceededException.class)
                .hasMessageContaining("everyone in the class gets a turn");
        assertThat(repository.count()).isEqualTo(before + 2);
        runs.runsOf(me()).stream()
                .filter(r -> r.getStatus().isActive())
                .forEach(r -> runs.cancel(r.getId()));
    }

    @Test
    void a_run_cut_off_by_a_restart_is_interrupted_and_resumes_to_the_end() throws Exception {
        Run run = runs.launch(me(), ring(400), "cut off", null);
        waitFor(run.getId(), RunStatus.RUNNING, Duration.ofSeconds(30));
        waitForSnapshots(run.getId(), 2);
        runs.cancel(run.getId());
        waitForIdle(run.getId());
        // what start-up does to a run left RUNNING by a crash
        Run r = repository.findById(run.getId()).orElseThrow();
        assertThat(r.getStatus()).isEqualTo(RunStatus.CANCELLED);
        int kept = runs.snapshots(run.getId()).size();
        assertThat(kept).isGreaterThanOrEqualTo(2);

        runs.resume(run.getId());
        Run done = waitFor(run.getId(), RunStatus.COMPLETED, Duration.ofSeconds(60));
        assertThat(done.getIterationsDone()).isEqualTo(400);
        assertThat(runs.snapshots(run.getId()).get(0).iteration()).isZero();
        assertThat(runs.snapshots(run.getId()))
                .extracting(s -> s.iteration())
                .endsWith(400)
                .doesNotHaveDuplicates();
    }

    private void waitForSnapshots(long id, int n) throws InterruptedException {
        long end = System.currentTimeMillis() + 30_000;
        while (runs.snapshots(id).size() < n && System.currentTimeMillis() < end) {
            Thread.sleep(100);
        }
    }

    private void waitForIdle(long id) throws InterruptedException {
        long end = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < end) {
            Thread.sleep(200);
            if (!trainingJobBusy(id)) {
                return;
            }
        }
    }

    private boolean trainingJobBusy(long id) {
        return trainingJob.isTrainingHere(id);
    }

    private Run waitFor(long id, RunStatus status, Duration timeout) throws InterruptedException {
        long end = System.currentTimeMillis() + timeout.toMillis();
        Run run = runs.find(id).orElseThrow();
        while (run.getStatus() != status && System.currentTimeMillis() < end) {
            Thread.sleep(100);
            run = runs.find(id).orElseThrow();
        }
        assertThat(run.getStatus()).as(run.getStatusMessage()).isEqualTo(status);
        return run;
    }
}
