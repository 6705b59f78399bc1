package org.ganplayground.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.Role;
import org.ganplayground.classroom.TestAccounts;
import org.ganplayground.engine.GanConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** The queue with one worker, so the order runs start in is plain to see. */
@Tag("database")
@SpringBootTest(
        properties = {
            "gan.queue.workers=1",
            // a launch that waited for a second connection would fail fast, not after 30 s
            "spring.datasource.hikari.connection-timeout=5000"
        })
@ActiveProfiles("test")
class TrainingQueueTest {

    @Autowired RunService runs;
    @Autowired TestAccounts accounts;
    @Autowired RunRepository repository;
    @Autowired TrainingQueue queue;
    @Autowired RunEvents events;
    @Autowired TransactionTemplate tx;

    @AfterEach
    void emptyTheQueue() {
        Queues.cancelAll(repository, queue, tx);
        TestAccounts.signOut();
    }

    private Run launchAs(Caller who, GanConfig config, String name) {
        TestAccounts.signIn(who);
        return runs.launch(config, name, null);
    }

    @Test
    void one_learner_with_three_queued_runs_never_delays_a_classmates_first() throws Exception {
        TestAccounts.ClassOf c = accounts.classOf(2);
        Caller a = c.learners().get(0);
        Caller b = c.learners().get(1);
        GanConfig config = RunServiceTest.ring(1000);
        // the worker is idle: a's first run starts at once, the rest wait
        Run a1 = launchAs(a, config, "a1");
        Run a2 = launchAs(a, config, "a2");
        Run a3 = launchAs(a, config, "a3");
        Run b1 = launchAs(b, config, "b1");

        List<Run> done = new ArrayList<>();
        for (Run r : List.of(a1, a2, a3, b1)) {
            TestAccounts.signIn(r == b1 ? b : a);
            done.add(Queues.waitFor(runs, r.getId(), RunStatus.COMPLETED, Duration.ofSeconds(90)));
        }
        assertThat(
                        done.stream()
                                .sorted(Comparator.comparing(Run::getStartedAt))
                                .map(Run::getName)
                                .toList())
                .containsExactly("a1", "b1", "a2", "a3");
    }

    @Test
    void the_queue_position_counts_the_runs_that_start_first_and_moves_live() throws Exception {
        TestAccounts.ClassOf c = accounts.classOf(3);
        Caller a = c.learners().get(0);
        Caller b = c.learners().get(1);
        Run blocker = launchAs(c.learners().get(2), RunServiceTest.ring(20000), "blocker");
        Queues.waitFor(runs, blocker.getId(), RunStatus.RUNNING, Duration.ofSeconds(30));

        Run a1 = launchAs(a, RunServiceTest.ring(100), "a1");
        Run a2 = launchAs(a, RunServiceTest.ring(100), "a2");
        List<RunEvents.RunEvent> seen = new CopyOnWriteArrayList<>();
        RunEvents.Subscription sub = events.subscribe(a2.getId(), seen::add);
        Run b1 = launchAs(b, RunServiceTest.ring(100), "b1");

        TestAccounts.signIn(a);
        assertThat(runs.runsAhead(a1.getId())).isZero();
        assertThat(runs.runsAhead(a2.getId())).isEqualTo(2);
        TestAccounts.signIn(b);
        assertThat(runs.runsAhead(b1.getId())).isEqualTo(1);
        // a2's page hears of b1's launch, which moved a2 back
        assertThat(seen).contains(new RunEvents.QueueChanged(b1.getId()));

        runs.cancel(b1.getId());
        TestAccounts.signIn(a);
        assertThat(runs.runsAhead(a2.getId())).isEqualTo(1);
        assertThat(seen).filteredOn(new RunEvents.QueueChanged(b1.getId())::equals).hasSize(2);
        sub.cancel();
    }

    @Test
    void concurrent_launches_never_pass_the_limit() throws Exception {
        Caller learner = accounts.create("burst", Role.LEARNER, null);
        int limit = 3; // gan.queue.max-active-per-learner's default
        List<Boolean> accepted = launchAtOnce(java.util.Collections.nCopies(10, learner));
        assertThat(accepted.stream().filter(ok -> ok).count()).isEqualTo(limit);
        assertThat(repository.countByOwnerIdAndStatusIn(learner.id(), ActiveRuns.ACTIVE))
                .isEqualTo(limit);
    }

    @Test
    void thirty_learners_launching_at_once_are_all_accepted() throws Exception {
        TestAccounts.ClassOf c = accounts.classOf(30);
        long started = System.nanoTime();
        List<Boolean> accepted = launchAtOnce(c.learners());
        System.out.printf(
                "30 launches at once took %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(accepted).hasSize(30).containsOnly(true);
    }

    /** Launches a long run as each caller, all threads released at once; true where accepted. */
    private List<Boolean> launchAtOnce(List<Caller> callers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers.size());
        CountDownLatch ready = new CountDownLatch(callers.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (Caller who : callers) {
            results.add(
                    pool.submit(
                            () -> {
                                TestAccounts.signIn(who);
                                ready.countDown();
                                go.await();
                                try {
                                    runs.launch(RunServiceTest.ring(20000), null, null);
                                    return true;
                                } catch (QuotaExceededException e) {
                                    return false;
                                } finally {
                                    TestAccounts.signOut();
                                }
                            }));
        }
        ready.await();
        go.countDown();
        List<Boolean> out = new ArrayList<>();
        for (Future<Boolean> f : results) {
            out.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return out;
    }
}
