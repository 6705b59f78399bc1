package org.ganplayground.sweeps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.ganplayground.classroom.AccountService;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.ClassLifecycle;
import org.ganplayground.classroom.Role;
import org.ganplayground.classroom.TestAccounts;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.settings.InvalidConfigException;
import org.ganplayground.settings.Settings;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunService;
import org.ganplayground.training.RunStatus;
import org.ganplayground.training.TestRuns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Sweeps at a small size: 2-D points, 30 iterations, a snapshot every 10; at most 2 active runs.
 */
@Tag("database")
@SpringBootTest(properties = "gan.queue.max-active-per-learner=2")
@ActiveProfiles("test")
class SweepServiceTest {

    @Autowired SweepService sweeps;
    @Autowired RunService runs;
    @Autowired TestAccounts accounts;
    @Autowired TestRuns testRuns;
    @Autowired AccountService accountService;
    @Autowired ClassLifecycle lifecycle;
    @Autowired JdbcTemplate jdbc;
    @Autowired SweepRepository sweepRepository;
    @Autowired SweepMemberRepository memberRepository;
    @Autowired SweepLauncher launcher;

    @AfterEach
    void cleanUp() {
        testRuns.cancelAll();
        TestAccounts.signOut();
    }

    static GanConfig small(int iterations) {
        return Settings.read(
                        Map.of(
                                "domain",
                                "points-2d",
                                "iterations",
                                Integer.toString(iterations),
                                "snapshot.every",
                                Integer.toString(Math.max(10, iterations / 100))))
                .orThrow();
    }

    private Caller learner() {
        return TestAccounts.signIn(accounts.create("sweeper", Role.LEARNER, null));
    }

    @Test
    void a_sweep_stores_one_run_per_value_and_seed_and_its_chart_equals_the_runs_final_metrics()
            throws InterruptedException {
        Caller me = learner();
        Sweep sweep =
                sweeps.start(
                        small(30),
                        "forger.lr",
                        List.of("0.001", "0.002", "0.005"),
                        List.of(1L, 2L),
                        null,
                        null);

        List<SweepRow> rows = waitUntil(sweep.getId(), r -> r.status() == RunStatus.COMPLETED);
        assertThat(rows).hasSize(6);
        assertThat(rows)
                .extracting(r -> r.value() + "/" + r.seed())
                .containsExactly("0.001/1", "0.001/2", "0.002/1", "0.002/2", "0.005/1", "0.005/2");
        for (SweepRow r : rows) {
            Run run = runs.find(r.runId()).orElseThrow();
            assertThat(run.getOwnerId()).isEqualTo(me.id());
            Map<String, String> config = Settings.write(runs.config(run));
            assertThat(config.get("forger.lr")).isEqualTo(r.value());
            assertThat(config.get("seed")).isEqualTo(Long.toString(r.seed()));
            assertThat(config.get("iterations")).isEqualTo("30");
        }
        assertThat(rows.stream().map(SweepRow::runId).distinct()).hasSize(6);

        String metric = "high_quality";
        SweepChart chart = sweeps.chart(sweep.getId(), metric);
        assertThat(chart.numeric()).isTrue();
        assertThat(chart.finished()).isEqualTo(6);
        assertThat(chart.points())
                .extracting(SweepChart.Point::x)
                .containsExactly(0.001, 0.002, 0.005);
        for (SweepChart.Point p : chart.points()) {
            List<Double> finals =
                    rows.stream()
                            .filter(r -> Double.parseDouble(r.value()) == p.x())
                            .map(r -> runs.latestSnapshot(r.runId()).orElseThrow().metric(metric))
                            .toList();
            assertThat(finals).hasSize(2);
            assertThat(p.runs()).isEqualTo(2);
            assertThat(p.mean()).isEqualTo((finals.get(0) + finals.get(1)) / 2);
            assertThat(p.low()).isEqualTo(Math.min(finals.get(0), finals.get(1)));
            assertThat(p.high()).isEqualTo(Math.max(finals.get(0), finals.get(1)));
        }

        // one CSV row per run, its metrics in name order after the fixed columns
        String[] lines = sweeps.csv(sweep.getId()).split("\r\n");
        assertThat(lines).hasSize(1 + 6);
        assertThat(lines[0]).startsWith("setting,value,seed,run id,run name,status,");
        assertThat(lines[0]).contains("high_quality");
        assertThat(lines[1]).startsWith("forger.lr,0.001,1," + rows.get(0).runId() + ",");
        assertThat(sweeps.mine()).extracting(l -> l.sweep().getId()).contains(sweep.getId());
    }

    @Test
    void runs_waiting_for_a_slot_launch_as_the_learners_runs_end() throws InterruptedException {
        learner();
        // long runs: two take the learner's two slots, the third waits
        Sweep sweep =
                sweeps.start(
                        small(20_000),
                        Sweep.SEED_ONLY,
                        List.of(),
                        List.of(1L, 2L, 3L),
                        "three seeds",
                        null);
        List<SweepRow> rows = sweeps.rows(sweep.getId());
        assertThat(rows).extracting(SweepRow::waiting).containsExactly(false, false, true);
        assertThat(rows.get(2).runId()).isNull();

        runs.cancel(rows.get(0).runId());
        List<SweepRow> after = waitUntil(sweep.getId(), r -> r.runId() != null);
        assertThat(after.get(2).seed()).isEqualTo(3);
        assertThat(runs.find(after.get(2).runId()).orElseThrow().getName())
                .isEqualTo("three seeds · seed 3");

        sweeps.cancel(sweep.getId());
        assertThat(sweeps.rows(sweep.getId()))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(RunStatus.CANCELLED));
    }

    @Test
    void runs_left_waiting_by_a_restart_are_launched_by_the_start_up_pass() {
        Caller me = learner();
        // as a stopped server left it: a stored sweep whose runs were never launched
        Sweep sweep =
                sweepRepository.save(
                        new Sweep(
                                me.id(),
                                null,
                                "left waiting",
                                Settings.writeJson(small(20_000)),
                                "forger.lr",
                                null));
        memberRepository.save(new SweepMember(sweep.getId(), 0, "0.001", 1));
        memberRepository.save(new SweepMember(sweep.getId(), 1, "0.002", 1));
        memberRepository.save(new SweepMember(sweep.getId(), 2, "0.004", 1));

        launcher.advanceAll(); // what start-up runs
        List<SweepRow> rows = sweeps.rows(sweep.getId());
        assertThat(rows).extracting(SweepRow::waiting).containsExactly(false, false, true);
        Run first = runs.find(rows.get(0).runId()).orElseThrow();
        assertThat(Settings.write(runs.config(first)).get("forger.lr")).isEqualTo("0.001");
        assertThat(first.getName()).isEqualTo("left waiting · Forger learning rate 0.001 · seed 1");
    }

    @Test
    void over_seeds_alone_a_lesson_may_give_the_seeds_as_values() {
        learner();
        SweepPlan plan =
                sweeps.plan(
                        small(30),
                        new SweepRequest(
                                Sweep.SEED_ONLY, List.of("4", "5", "6"), List.of(4L), null));
        assertThat(plan.members()).extracting(m -> m.config().seed()).containsExactly(4L, 5L, 6L);
        assertThat(
                        sweeps.plan(
                                        small(30),
                                        new SweepRequest(
                                                Sweep.SEED_ONLY,
                                                List.of("4", "x"),
                                                List.of(),
                                                null))
                                .errorOn(SweepPlan.SEEDS))
                .contains("A seed is a whole number, not 'x'.");
    }

    @Test
    void a_sweep_of_more_runs_than_the_limit_is_refused_and_nothing_is_stored() {
        learner();
        long before = count();
        assertThatThrownBy(
                        () ->
                                sweeps.start(
                                        small(30),
                                        "forger.lr",
                                        List.of("0.001", "0.002", "0.003", "0.004", "0.005"),
                                        List.of(1L, 2L, 3L),
                                        null,
                                        null))
                .isInstanceOfSatisfying(
                        InvalidConfigException.class,
                        e ->
                                assertThat(e.errors())
                                        .containsExactly(
                                                new org.ganplayground.settings.ConfigError(
                                                        SweepPlan.VALUES,
                                                        "A sweep makes at most 12 runs; this one"
                                                                + " would make 15 (5 values × 3"
                                                                + " seeds).")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void an_invalid_value_is_refused_with_the_settings_own_message_on_the_values() {
        learner();
        long before = count();
        SweepPlan plan =
                sweeps.plan(
                        small(30),
                        new SweepRequest("forger.lr", List.of("0.001", "7"), List.of(1L), null));
        assertThat(plan.errorOn(SweepPlan.VALUES))
                .contains("Forger learning rate must be from 0.00001 to 1.");
        assertThatThrownBy(
                        () ->
                                sweeps.start(
                                        small(30),
                                        "forger.lr",
                                        List.of("0.001", "7"),
                                        List.of(1L),
                                        null,
                                        null))
                .isInstanceOf(InvalidConfigException.class);
        // a value that is the same as another once read
        assertThat(
                        sweeps.plan(
                                        small(30),
                                        new SweepRequest(
                                                "forger.lr",
                                                List.of("0.001", "1e-3"),
                                                List.of(1L),
                                                null))
                                .errorOn(SweepPlan.VALUES))
                .contains("'1e-3' and '0.001' are the same value.");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void another_learner_can_neither_see_nor_cancel_a_sweep_but_the_owners_teacher_can() {
        var klass = accounts.classOf(1);
        TestAccounts.signIn(klass.learners().get(0));
        Sweep sweep = sweeps.start(small(20_000), "seed", List.of(), List.of(1L), "mine", null);
        long id = sweep.getId();

        TestAccounts.signIn(accounts.create("other", Role.LEARNER, null));
        assertThat(sweeps.find(id)).isEmpty();
        assertThat(sweeps.mine()).isEmpty();
        assertThatThrownBy(() -> sweeps.rows(id)).hasMessage("There is no sweep " + id);
        assertThatThrownBy(() -> sweeps.cancel(id)).hasMessage("There is no sweep " + id);
        assertThatThrownBy(() -> sweeps.csv(id)).hasMessage("There is no sweep " + id);
        assertThatThrownBy(() -> sweeps.rows(Long.MAX_VALUE))
                .hasMessage("There is no sweep " + Long.MAX_VALUE);

        TestAccounts.signIn(klass.teacher());
        assertThat(sweeps.find(id)).isPresent();
        assertThat(sweeps.ofMyLearners()).extracting(l -> l.sweep().getId()).containsExactly(id);
        sweeps.cancel(id);
        assertThat(sweeps.rows(id).get(0).status()).isEqualTo(RunStatus.CANCELLED);
    }

    @Test
    void deleting_a_learner_deletes_their_sweeps_with_waiting_and_launched_runs() {
        var klass = accounts.classOf(1);
        Caller learner = klass.learners().get(0);
        TestAccounts.signIn(learner);
        sweeps.start(small(20_000), "seed", List.of(), List.of(1L, 2L, 3L), null, null);
        assertThat(countOf(learner)).isEqualTo(1);

        TestAccounts.signIn(klass.teacher());
        accountService.deleteLearner(learner.id());
        assertThat(countOf(learner)).isZero();
        assertThat(
                        jdbc.queryForObject(
                                "select count(*) from sweep_member m where not exists"
                                        + " (select 1 from sweep s where s.id = m.sweep_id)",
                                Long.class))
                .isZero();
    }

    @Test
    void when_the_class_ends_waiting_runs_are_never_launched() {
        var klass = accounts.classOf(1);
        TestAccounts.signIn(klass.learners().get(0));
        Sweep sweep =
                sweeps.start(small(20_000), "seed", List.of(), List.of(1L, 2L, 3L), null, null);

        TestAccounts.signIn(klass.teacher());
        lifecycle.end(klass.classId());
        List<SweepRow> rows = sweeps.rows(sweep.getId());
        assertThat(rows).noneMatch(SweepRow::waiting);
        assertThat(rows.get(2).statusText()).isEqualTo(SweepLauncher.CLASS_ENDED);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from sweep", Long.class);
    }

    private long countOf(Caller owner) {
        return jdbc.queryForObject(
                "select count(*) from sweep where owner_id = ?", Long.class, owner.id());
    }

    /** Polls the sweep until every row satisfies {@code done} (90 s at most). */
    private List<SweepRow> waitUntil(long sweepId, Predicate<SweepRow> done)
            throws InterruptedException {
        long end = System.currentTimeMillis() + 90_000;
        List<SweepRow> rows = sweeps.rows(sweepId);
        while (!rows.stream().allMatch(done) && System.currentTimeMillis() < end) {
            Thread.sleep(100);
            rows = sweeps.rows(sweepId);
        }
        assertThat(rows).allMatch(done);
        return rows;
    }
}
