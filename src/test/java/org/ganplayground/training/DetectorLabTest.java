package org.ganplayground.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.FutureTask;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.Role;
import org.ganplayground.classroom.TestAccounts;
import org.ganplayground.engine.CrossCheck;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.engine.GanRun;
import org.ganplayground.engine.Metrics;
import org.ganplayground.settings.Settings;
import org.ganplayground.training.DetectorLab.Candidate;
import org.ganplayground.training.DetectorLab.Picker;
import org.ganplayground.training.DetectorLab.Refused;
import org.ganplayground.training.DetectorLab.Tested;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The detector lab on stored runs: one run's inspector judged on another's forger from their
 * checkpoints, and every run it must refuse refused with a sentence. One queue worker (as in
 * TrainingQueueTest, whose Spring context this shares), so a second run waits while one trains.
 */
@Tag("database")
@SpringBootTest(
        properties = {"gan.queue.workers=1", "spring.datasource.hikari.connection-timeout=5000"})
@ActiveProfiles("test")
class DetectorLabTest {

    @Autowired DetectorLab lab;
    @Autowired RunService runs;
    @Autowired TestAccounts accounts;
    @Autowired TestRuns testRuns;
    @Autowired RunRepository repository;
    @Autowired RunCheckpointRepository checkpoints;
    @Autowired TrainingQueue queue;
    @Autowired TransactionTemplate tx;

    private Caller me;

    @BeforeEach
    void signIn() {
        me = TestAccounts.signIn(accounts.create("learner", Role.LEARNER, null));
    }

    @AfterEach
    void cancelWhatIsLeft() {
        Queues.cancelAll(repository, queue, tx);
        TestAccounts.signOut();
    }

    private static GanConfig points(long seed, String forgerLayers, int iterations) {
        return Settings.read(
                        Map.of(
                                "domain",
                                "points-2d",
                                "iterations",
                                Integer.toString(iterations),
                                "snapshot.every",
                                Integer.toString(Math.max(50, iterations / 100)),
                                "forger.layers",
                                forgerLayers,
                                "seed",
                                Long.toString(seed)))
                .orThrow();
    }

    private long trained(String name, GanConfig config) throws InterruptedException {
        long id = runs.launch(config, name, null).getId();
        testRuns.waitUntilDone(id);
        return id;
    }

    /** The lab as the page calls it: on a thread of its own, where no one is signed in. */
    private DetectorLab.Outcome testOffThread(long inspector, long forger) throws Exception {
        FutureTask<DetectorLab.Outcome> task =
                new FutureTask<>(() -> lab.test(me, inspector, forger));
        new Thread(task, "lab-test").start();
        return task.get();
    }

    @Test
    void an_inspector_scores_on_another_forger_what_the_engine_scores_from_both_checkpoints()
            throws Exception {
        GanConfig configA = points(1, "16", 300);
        GanConfig configB = points(2, "32,32", 300);
        long a = trained("ring A", configA);
        long b = trained("ring B", configB);

        Tested t = (Tested) testOffThread(a, b);

        CrossCheck expected =
                GanRun.resume(configA, checkpoints.findById(a).orElseThrow().getState())
                        .crossCheck(
                                GanRun.resume(
                                        configB, checkpoints.findById(b).orElseThrow().getState()));
        assertThat(t.check()).isEqualTo(expected);
        assertThat(t.check().ownAccuracy())
                .isEqualTo(
                        runs.latestSnapshot(a).orElseThrow().metric(Metrics.ACCURACY),
                        within(1e-12));
        assertThat(t.check().otherAccuracy()).isNotEqualTo(t.check().ownAccuracy());
        assertThat(t.inspector()).isEqualTo(new DetectorLab.Side(a, "ring A", 300));
        assertThat(t.forger()).isEqualTo(new DetectorLab.Side(b, "ring B", 300));
        assertThat(t.sentence())
                .isEqualTo(
                        "The inspector of \u201cring A\u201d (iteration 300) was right "
                                + DetectorLab.percent(expected.ownAccuracy())
                                + " of the time against its own forger and "
                                + DetectorLab.percent(expected.otherAccuracy())
                                + " against the forger of \u201cring B\u201d (iteration 300): it"
                                + " caught "
                                + DetectorLab.percent(expected.ownCaught())
                                + " of its own forger's forgeries and "
                                + DetectorLab.percent(expected.otherCaught())
                                + " of the other's, and passed "
                                + DetectorLab.percent(expected.realPassed())
                                + " of real samples.");
        assertThat(lab.candidates(me))
                .extracting(c -> c.run().getId(), Candidate::owner, Candidate::iteration)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(b, null, 300),
                        org.assertj.core.groups.Tuple.tuple(a, null, 300));
    }

    @Test
    void another_learners_run_is_refused_in_the_words_a_missing_run_gets() {
        Caller other = accounts.create("other", Role.LEARNER, null);
        long theirs = testRuns.finished(other, "their ring", 2);
        long mine = testRuns.finished(me, "my ring", 2);
        long missing = theirs + 1_000_000;

        DetectorLab.Outcome asInspector = lab.test(me, theirs, mine);
        DetectorLab.Outcome asForger = lab.test(me, mine, theirs);
        DetectorLab.Outcome gone = lab.test(me, missing, mine);

        assertThat(asInspector)
                .isEqualTo(
                        new Refused(
                                Picker.INSPECTOR,
                                "There is no run " + theirs + " that you can open."));
        assertThat(asForger)
                .isEqualTo(
                        new Refused(
                                Picker.FORGER,
                                "There is no run " + theirs + " that you can open."));
        assertThat(((Refused) gone).problem().replace(missing + "", "N"))
                .isEqualTo(((Refused) asInspector).problem().replace(theirs + "", "N"));
        assertThat(lab.problemWith(me, theirs, Picker.INSPECTOR))
                .contains(((Refused) asInspector).problem());
        assertThat(lab.candidates(me)).extracting(c -> c.run().getId()).containsExactly(mine);
    }

    @Test
    void runs_of_different_domains_or_one_run_twice_are_refused_with_why() {
        long bugs = testRuns.finishedCreatures(me, "bugs");
        long dots = testRuns.finished(me, "dots", 2);

        assertThat(lab.test(me, bugs, dots))
                .isEqualTo(
                        new Refused(
                                Picker.FORGER,
                                "\u201cbugs\u201d draws creatures and \u201cdots\u201d draws 2-D"
                                        + " points: an inspector can only judge forgeries of its"
                                        + " own kind."));
        assertThat(lab.test(me, dots, dots))
                .isEqualTo(
                        new Refused(
                                Picker.FORGER,
                                "Pick another run here: against its own forger on both sides,"
                                        + " the inspector scores the same twice."));
    }

    @Test
    void runs_still_queued_or_training_or_without_a_checkpoint_are_refused_by_name()
            throws Exception {
        long done = testRuns.finished(me, "done", 2);
        long training = runs.launch(points(3, "16", 20_000), "long", null).getId();
        Queues.waitFor(runs, training, RunStatus.RUNNING, Duration.ofSeconds(30));
        // one worker, busy: this one waits
        long queued = runs.launch(points(4, "16", 200), "next", null).getId();
        long empty =
                tx.execute(
                        s -> {
                            Run r = repository.findById(done).orElseThrow();
                            Run copy =
                                    repository.save(
                                            new Run(
                                                    me.id(),
                                                    "stopped at once",
                                                    r.getDomain(),
                                                    r.getConfigJson(),
                                                    200,
                                                    null,
                                                    null,
                                                    60_000L));
                            copy.setStatus(RunStatus.CANCELLED, "Stopped before it started.");
                            return copy.getId();
                        });

        assertThat(lab.test(me, queued, done))
                .isEqualTo(
                        new Refused(
                                Picker.INSPECTOR,
                                "Run \u201cnext\u201d is still waiting to train: test it when it"
                                        + " has finished."));
        assertThat(lab.test(me, done, training))
                .isEqualTo(
                        new Refused(
                                Picker.FORGER,
                                "Run \u201clong\u201d is still training: test it when it has"
                                        + " finished."));
        assertThat(lab.test(me, empty, done))
                .isEqualTo(
                        new Refused(
                                Picker.INSPECTOR,
                                "Run \u201cstopped at once\u201d stopped before it saved its"
                                        + " networks, so it has no inspector to test."));
        assertThat(lab.candidates(me)).extracting(c -> c.run().getId()).containsExactly(done);
        assertThat(lab.testable(repository.findById(done).orElseThrow())).isTrue();
        assertThat(lab.testable(repository.findById(training).orElseThrow())).isFalse();
        assertThat(lab.testable(repository.findById(empty).orElseThrow())).isFalse();
    }
}
