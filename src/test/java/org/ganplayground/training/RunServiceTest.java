package org.ganplayground.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ganplayground.classroom.AccountsDeleted;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.Role;
import org.ganplayground.classroom.TestAccounts;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.engine.Metrics;
import org.ganplayground.engine.Snapshot;
import org.ganplayground.settings.InvalidConfigException;
import org.ganplayground.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

@Tag("database")
@SpringBootTest(properties = "gan.queue.max-active-per-learner=2")
@ActiveProfiles("test")
class RunServiceTest {

    @Autowired RunService runs;
    @Autowired TestAccounts accounts;
    @Autowired RunRepository repository;
    @Autowired RunSnapshotRepository snapshots;
    @Autowired RunCheckpointRepository checkpoints;
    @Autowired TrainingQueue queue;
    @Autowired RunTrainer trainer;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ApplicationEventPublisher publisher;

    private Caller caller;

    @BeforeEach
    void signIn() {
        caller = TestAccounts.signIn(accounts.create("learner", Role.LEARNER, null));
    }

    @AfterEach
    void cancelWhatIsLeft() {
        Queues.cancelAll(repository, queue, tx);
        TestAccounts.signOut();
    }

    static GanConfig ring(int iterations) {
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

    @Test
    void a_launched_run_is_trained_by_the_queue_and_its_snapshots_are_stored() throws Exception {
        Run run = runs.launch(ring(150), "first run", null);
        assertThat(run.getStatus()).isEqualTo(RunStatus.QUEUED);
        assertThat(run.getOwnerId()).isEqualTo(caller.id());
        Run done = waitFor(run.getId(), RunStatus.COMPLETED, Duration.ofSeconds(60));
        assertThat(done.getIterationsDone()).isEqualTo(150);
        assertThat(runs.snapshots(run.getId()))
                .extracting(s -> s.iteration())
                .containsExactly(0, 50, 100, 150);
        assertThat(runs.latestSnapshot(run.getId()).orElseThrow().arrays()).containsKey("heatmap");
        assertThat(done.getStatusMessage()).contains("Finished 150 iterations");
        assertThat(done.getSummaryJson()).contains("modes_covered");
        assertThat(done.getCpuMs()).isPositive();
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
                        ok.conditioning(),
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
        assertThatThrownBy(() -> runs.launch(bad, null, null))
                .isInstanceOf(InvalidConfigException.class);
    }

    @Test
    void one_learner_cannot_fill_the_queue() {
        long before = repository.count();
        runs.launch(ring(20000), null, null);
        runs.launch(ring(20000), null, null);
        assertThatThrownBy(() -> runs.launch(ring(100), null, null))
                .isInstanceOf(QuotaExceededException.class)
                .hasMessageContaining("everyone in the class gets a turn");
        assertThat(repository.count()).isEqualTo(before + 2);
    }

    @Test
    void a_cancelled_run_resumed_at_once_trains_to_the_end_with_every_snapshots_losses()
            throws Exception {
        Run run = runs.launch(ring(400), "cut off", null);
        waitFor(run.getId(), RunStatus.RUNNING, Duration.ofSeconds(30));
        waitForSnapshots(run.getId(), 2);
        runs.cancel(run.getId());
        // no waiting for the training thread: the resume must not race its clean-up
        runs.resume(run.getId());
        Run done = waitFor(run.getId(), RunStatus.COMPLETED, Duration.ofSeconds(60));
        assertThat(done.getIterationsDone()).isEqualTo(400);
        List<Snapshot> all = runs.snapshots(run.getId());
        assertThat(all.get(0).iteration()).isZero();
        assertThat(all).extracting(Snapshot::iteration).endsWith(400).doesNotHaveDuplicates();
        assertThat(all.subList(1, all.size()))
                .allSatisfy(
                        s ->
                                assertThat(s.metrics())
                                        .as("iteration " + s.iteration())
                                        .containsKeys(Metrics.LOSS_INSPECTOR, Metrics.LOSS_FORGER));
    }

    @Test
    void another_learners_run_is_answered_like_a_missing_one() throws Exception {
        long theirs = runs.launch(ring(100), "theirs", null).getId();
        waitFor(theirs, RunStatus.COMPLETED, Duration.ofSeconds(60));
        long missing = repository.findAll().stream().mapToLong(Run::getId).max().orElse(0) + 1000;

        TestAccounts.signIn(accounts.create("other", Role.LEARNER, null));
        assertThat(runs.find(theirs)).isEmpty();
        assertThat(runs.snapshots(theirs)).isEmpty();
        assertThat(runs.latestSnapshot(theirs)).isEmpty();
        assertThat(runs.runsAhead(theirs)).isZero();
        assertThat(runs.runsOf()).isEmpty();
        for (var change : changes()) {
            Throwable onTheirs = catchThrowable(() -> change.accept(theirs));
            Throwable onMissing = catchThrowable(() -> change.accept(missing));
            assertThat(onTheirs).isInstanceOf(onMissing.getClass());
            assertThat(onTheirs.getMessage().replace(Long.toString(theirs), "N"))
                    .isEqualTo(onMissing.getMessage().replace(Long.toString(missing), "N"))
                    .isEqualTo("There is no run N");
        }
        // and nothing changed
        TestAccounts.signIn(caller);
        assertThat(runs.find(theirs).orElseThrow().getName()).isEqualTo("theirs");
    }

    private List<java.util.function.LongConsumer> changes() {
        return List.of(
                id -> runs.rename(id, "mine now"),
                id -> runs.setNotes(id, "mine"),
                id -> runs.delete(id),
                id -> runs.cancel(id),
                id -> runs.resume(id));
    }

    @Test
    void a_teacher_reads_and_cancels_a_class_learners_run_but_only_the_learner_changes_it()
            throws Exception {
        TestAccounts.ClassOf c = accounts.classOf(1);
        Caller learner = TestAccounts.signIn(c.learners().get(0));
        long id = runs.launch(ring(20000), "learner's", null).getId();

        TestAccounts.signIn(c.teacher());
        assertThat(runs.find(id)).isPresent();
        assertThat(runs.runsOfMyLearners())
                .anySatisfy(
                        o -> {
                            assertThat(o.run().getId()).isEqualTo(id);
                            assertThat(o.owner()).isEqualTo(learner.username());
                        });
        assertThatThrownBy(() -> runs.rename(id, "teacher's"))
                .isInstanceOf(IllegalStateException.class);
        runs.cancel(id);
        assertThat(runs.find(id).orElseThrow().getStatus()).isEqualTo(RunStatus.CANCELLED);
        assertThat(runs.mayResume(runs.find(id).orElseThrow())).isFalse();

        TestAccounts.signIn(accounts.create("stranger", Role.TEACHER, null));
        assertThat(runs.find(id)).isEmpty();
        assertThat(runs.runsOfMyLearners()).isEmpty();
    }

    @Test
    void a_run_over_its_budget_stops_at_the_time_limit_and_only_a_teacher_gives_it_more_time()
            throws Exception {
        TestAccounts.ClassOf c = accounts.classOf(1);
        TestAccounts.signIn(c.learners().get(0));
        long id = runs.launch(ring(20000), "long", null).getId();
        waitFor(id, RunStatus.RUNNING, Duration.ofSeconds(30));
        // as if it had been estimated far too low: the training thread reads its budget again
        jdbc.update("update run set budget_ms = 1 where id = ?", id);
        Run stopped = waitFor(id, RunStatus.TIME_LIMIT, Duration.ofSeconds(30));
        assertThat(stopped.getStatus().label()).isEqualTo("Time limit reached");
        assertThat(stopped.getStatusMessage()).contains("a teacher of your class can give it");
        assertThat(runs.mayResume(stopped)).isFalse();
        assertThatThrownBy(() -> runs.resume(id)).isInstanceOf(IllegalStateException.class);

        TestAccounts.signIn(c.teacher());
        assertThat(runs.mayResume(runs.find(id).orElseThrow())).isTrue();
        Run resumed = runs.resume(id);
        assertThat(resumed.getStatus()).isEqualTo(RunStatus.QUEUED);
        assertThat(resumed.getBudgetMs()).isEqualTo(stopped.getCpuMs() + 300_000);
        waitFor(id, RunStatus.RUNNING, Duration.ofSeconds(30));
    }

    @Test
    void the_largest_config_the_settings_allow_is_refused_with_its_estimate() {
        GanConfig largest =
                Settings.read(
                                Map.of(
                                        "domain", "creatures",
                                        "forger.layers", "512,512,512,512",
                                        "inspector.layers", "512,512,512,512",
                                        "batch", "256",
                                        "inspector.steps", "10",
                                        "iterations", "20000",
                                        "snapshot.every", "100"))
                        .orThrow();
        RunService.Estimate estimate = runs.estimate(largest);
        assertThat(estimate.withinBudget()).isFalse();
        assertThat(estimate.seconds()).isGreaterThan(300);
        long before = repository.count();
        InvalidConfigException refused =
                catchThrowableOfType(() -> runs.launch(largest, null, null));
        assertThat(refused.errors()).hasSize(1);
        var error = refused.errors().get(0);
        assertThat(error.field())
                .isIn(
                        "iterations",
                        "batch",
                        "forger.layers",
                        "inspector.layers",
                        "inspector.steps");
        assertThat(error.message())
                .contains("computing on this server")
                .contains("300 s")
                .contains("Lower ");
        assertThat(repository.count()).isEqualTo(before);
        assertThat(runs.estimate(ring(2000)).withinBudget()).isTrue();
    }

    private static InvalidConfigException catchThrowableOfType(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Throwable t = catchThrowable(call);
        assertThat(t).isInstanceOf(InvalidConfigException.class);
        return (InvalidConfigException) t;
    }

    @Test
    void a_run_with_40_guardrails_finishes() throws Exception {
        String rules =
                IntStream.rangeClosed(1, 40)
                        .mapToObj(i -> String.format(java.util.Locale.ROOT, "radius>=0.%02d", i))
                        .collect(Collectors.joining(";"));
        GanConfig config =
                Settings.read(
                                Map.of(
                                        "domain", "points-2d",
                                        "guardrails", rules,
                                        "iterations", "60",
                                        "snapshot.every", "30"))
                        .orThrow();
        assertThat(config.guardrails()).hasSize(40);
        Run run = runs.launch(config, null, null);
        Run done = waitFor(run.getId(), RunStatus.COMPLETED, Duration.ofSeconds(60));
        assertThat(done.getStatus().label()).isEqualTo("Finished");
        assertThat(done.getStatusMessage()).hasSizeLessThanOrEqualTo(Run.STATUS_MESSAGE_MAX_LENGTH);
        assertThat(repository.countByOwnerIdAndStatusIn(caller.id(), ActiveRuns.ACTIVE)).isZero();
    }

    @Autowired org.ganplayground.cluster.ThisNode node;

    @Test
    void a_run_whose_end_cannot_be_stored_is_marked_failed_by_the_last_resort() {
        Run run = runs.launch(ring(20000), "stuck", null);
        // as a crashed finish leaves it: training on this node, but no thread trains it
        jdbc.update(
                "update run set status = 'RUNNING', node_id = ? where id = ?",
                node.id(),
                run.getId());
        trainer.lastResort(run.getId());
        Run after = runs.find(run.getId()).orElseThrow();
        assertThat(after.getStatus()).isEqualTo(RunStatus.FAILED);
        assertThat(after.getStatusMessage()).isEqualTo(RunTrainer.LAST_RESORT);
    }

    @Test
    void deleted_accounts_take_their_runs_snapshots_and_checkpoints_along() throws Exception {
        long done = runs.launch(ring(100), "done", null).getId();
        waitFor(done, RunStatus.COMPLETED, Duration.ofSeconds(60));
        long training = runs.launch(ring(20000), "training", null).getId();
        waitFor(training, RunStatus.RUNNING, Duration.ofSeconds(30));
        waitForSnapshots(training, 2);

        Caller other = accounts.create("bystander", Role.LEARNER, null);
        TestAccounts.signIn(other);
        long kept = runs.launch(ring(50), "kept", null).getId();

        tx.executeWithoutResult(
                s -> publisher.publishEvent(new AccountsDeleted(List.of(caller.id()))));
        assertThat(repository.findById(done)).isEmpty();
        assertThat(repository.findById(training)).isEmpty();
        assertThat(snapshots.findByRunIdOrderByIteration(done)).isEmpty();
        assertThat(snapshots.findByRunIdOrderByIteration(training)).isEmpty();
        assertThat(checkpoints.findById(training)).isEmpty();
        long end = System.currentTimeMillis() + 10_000;
        while (queue.isTrainingHere(training) && System.currentTimeMillis() < end) {
            Thread.sleep(50);
        }
        assertThat(queue.isTrainingHere(training)).isFalse();
        assertThat(repository.findById(training)).isEmpty();
        assertThat(repository.findById(kept)).isPresent();
    }

    private void waitForSnapshots(long id, int n) throws InterruptedException {
        long end = System.currentTimeMillis() + 30_000;
        while (runs.snapshots(id).size() < n && System.currentTimeMillis() < end) {
            Thread.sleep(50);
        }
    }

    private Run waitFor(long id, RunStatus status, Duration timeout) throws InterruptedException {
        return Queues.waitFor(runs, id, status, timeout);
    }
}
