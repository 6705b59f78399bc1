package org.ganplayground.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ganplayground.TestApp;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.Role;
import org.ganplayground.classroom.TestAccounts;
import org.ganplayground.cluster.ThisNode;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.engine.Snapshot;
import org.ganplayground.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Nodes of a cluster sharing one database (README.md, "Several machines"), as app contexts in one
 * JVM: on H2 the news between nodes travel by polling, on PostgreSQL (the {@code postgres} test
 * execution) by LISTEN/NOTIFY. ClusterIT does the same with separate JVMs and a SIGKILL.
 */
@Tag("database")
class ClusterTest {

    private static final String[] FAST = {
        "gan.node.heartbeat-ms=200", "gan.node.gone-ms=1500", "gan.node.news-poll-ms=200"
    };

    private final String dir = "./target/test-data/cluster-" + UUID.randomUUID();

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private ConfigurableApplicationContext node(String role) {
        String[] settings = new String[FAST.length + 1];
        System.arraycopy(FAST, 0, settings, 0, FAST.length);
        settings[FAST.length] = "gan.node.role=" + role;
        return TestApp.start(dir, settings);
    }

    private static GanConfig ring(int iterations) {
        return Settings.read(
                        Map.of(
                                "domain", "points-2d",
                                "iterations", String.valueOf(iterations),
                                "snapshot.every", "100"))
                .orThrow();
    }

    @Test
    void
            a_run_launched_on_a_web_node_trains_on_a_worker_its_news_reach_the_web_node_and_a_stopped_worker_hands_it_to_the_next()
                    throws Exception {
        try (ConfigurableApplicationContext web = node("web")) {
            Caller me =
                    TestAccounts.signIn(
                            web.getBean(TestAccounts.class).create("ada", Role.LEARNER, null));
            RunService runs = web.getBean(RunService.class);
            List<RunEvents.RunEvent> news = new CopyOnWriteArrayList<>();
            long runId = runs.launch(ring(3000), "across nodes", null).getId();
            web.getBean(RunEvents.class).subscribe(runId, news::add);
            assertThat(web.getBean(TrainingQueue.class).isTrainingHere(runId)).isFalse();

            long cpuBefore;
            Map<Integer, Long> publishedAt = new java.util.concurrent.ConcurrentHashMap<>();
            Map<Integer, Long> arrivedAt = new java.util.concurrent.ConcurrentHashMap<>();
            web.getBean(RunEvents.class)
                    .subscribe(
                            runId,
                            e -> {
                                if (e instanceof RunEvents.SnapshotTaken t) {
                                    arrivedAt.putIfAbsent(
                                            t.snapshot().iteration(), System.nanoTime());
                                }
                            });
            try (ConfigurableApplicationContext worker = node("worker")) {
                worker.getBean(RunEvents.class)
                        .subscribe(
                                runId,
                                e -> {
                                    if (e instanceof RunEvents.SnapshotTaken t) {
                                        publishedAt.putIfAbsent(
                                                t.snapshot().iteration(), System.nanoTime());
                                    }
                                });
                String workerId = worker.getBean(ThisNode.class).id();
                assertThat(workerId).startsWith("worker@");
                waitUntil(() -> runs.snapshots(runId).size() >= 4, "four snapshots");
                Run training = runs.find(runId).orElseThrow();
                assertThat(training.getStatus()).isEqualTo(RunStatus.RUNNING);
                assertThat(training.getNodeId()).isEqualTo(workerId);
                waitUntil(
                        () -> news.stream().anyMatch(e -> e instanceof RunEvents.SnapshotTaken),
                        "a snapshot's news on the web node");
                assertThat(news).anyMatch(e -> e instanceof RunEvents.Progress);
                assertThat(news)
                        .anyMatch(
                                e ->
                                        e instanceof RunEvents.StatusChanged s
                                                && s.status() == RunStatus.RUNNING);
                cpuBefore = training.getCpuMs();
                waitUntil(() -> arrivedAt.size() >= 5, "five snapshots' news");
            } // the worker stops: it hands its run back to the queue
            // a figure, not a test: how late a snapshot's news reached the other node
            List<Long> lateMs =
                    publishedAt.entrySet().stream()
                            .filter(e -> arrivedAt.containsKey(e.getKey()))
                            .map(e -> (arrivedAt.get(e.getKey()) - e.getValue()) / 1_000_000)
                            .sorted()
                            .toList();
            System.out.printf(
                    "news between nodes (%s): %d snapshots, median %d ms, max %d ms%n",
                    web.getEnvironment().getProperty("spring.datasource.url", "").split(":")[1],
                    lateMs.size(),
                    lateMs.isEmpty() ? -1 : lateMs.get(lateMs.size() / 2),
                    lateMs.isEmpty() ? -1 : lateMs.get(lateMs.size() - 1));

            Run handedBack = runs.find(runId).orElseThrow();
            assertThat(handedBack.getStatus()).isEqualTo(RunStatus.QUEUED);
            assertThat(handedBack.getStatusMessage()).contains("went back to the queue");
            assertThat(handedBack.getIterationsDone()).isPositive().isLessThan(3000);
            assertThat(handedBack.getNodeId()).isNull();
            assertThat(handedBack.getCpuMs()).isGreaterThanOrEqualTo(cpuBefore);
            List<Integer> beforeStop =
                    runs.snapshots(runId).stream().map(Snapshot::iteration).toList();

            try (ConfigurableApplicationContext next = node("worker")) {
                TestAccounts.signIn(me);
                Queues.waitFor(runs, runId, RunStatus.COMPLETED, Duration.ofSeconds(120));
                assertThat(runs.find(runId).orElseThrow().getNodeId())
                        .isEqualTo(next.getBean(ThisNode.class).id());
            }
            List<Integer> all = runs.snapshots(runId).stream().map(Snapshot::iteration).toList();
            assertThat(all).doesNotHaveDuplicates().containsAll(beforeStop).endsWith(3000);
            waitUntil(
                    () ->
                            news.stream()
                                    .anyMatch(
                                            e ->
                                                    e instanceof RunEvents.StatusChanged s
                                                            && s.status() == RunStatus.COMPLETED),
                    "the finish's news on the web node");
        }
    }

    @Test
    void
            runs_of_a_node_that_stopped_beating_go_back_to_the_queue_in_their_place_and_its_step_sessions_end()
                    throws Exception {
        try (ConfigurableApplicationContext web = node("web")) {
            TestAccounts.signIn(web.getBean(TestAccounts.class).create("bo", Role.LEARNER, null));
            RunService runs = web.getBean(RunService.class);
            JdbcTemplate jdbc = web.getBean(JdbcTemplate.class);
            long dead = runs.launch(ring(1000), "on a node that dies", null).getId();
            long step = runs.launch(ring(1000), "a step session there", null).getId();
            long alive = runs.launch(ring(1000), "on a node that lives", null).getId();
            Instant place = runs.find(dead).orElseThrow().getQueuedAt();
            jdbc.update(
                    "insert into node (id, role, started_ms, beat, beat_ms) values"
                            + " ('worker@ghost#1', 'WORKER', 0, 7, 0),"
                            + " ('worker@alive#2', 'WORKER', 0, 0, 0)");
            jdbc.update(
                    "update run set status = 'RUNNING', node_id = 'worker@ghost#1',"
                            + " iterations_done = 300 where id = ?",
                    dead);
            jdbc.update(
                    "update run set status = 'RUNNING', node_id = 'worker@ghost#1',"
                            + " step_mode = true where id = ?",
                    step);
            jdbc.update(
                    "update run set status = 'RUNNING', node_id = 'worker@alive#2' where id = ?",
                    alive);

            // the living node beats on while the other falls silent
            long beat = 0;
            long end = System.currentTimeMillis() + 30_000;
            while (runs.find(dead).orElseThrow().getStatus() == RunStatus.RUNNING
                    && System.currentTimeMillis() < end) {
                jdbc.update("update node set beat = ? where id = 'worker@alive#2'", ++beat);
                Thread.sleep(100);
            }
            Run back = runs.find(dead).orElseThrow();
            assertThat(back.getStatus()).isEqualTo(RunStatus.QUEUED);
            assertThat(back.getQueuedAt()).isEqualTo(place);
            assertThat(back.getStatusMessage())
                    .contains("stopped at iteration 300")
                    .contains("went back to the queue");
            Run session = runs.find(step).orElseThrow();
            assertThat(session.getStatus()).isEqualTo(RunStatus.INTERRUPTED);
            assertThat(session.isStepMode()).isFalse();
            assertThat(session.getStatusMessage()).contains("step session went away");
            assertThat(runs.find(alive).orElseThrow().getStatus()).isEqualTo(RunStatus.RUNNING);
            assertThat(
                            jdbc.queryForList(
                                    "select id from node where id like 'worker@%'", String.class))
                    .containsExactly("worker@alive#2");
            jdbc.update("update run set status = 'CANCELLED' where id in (?, ?)", dead, alive);
        }
    }

    @Test
    void a_classs_limit_of_runs_training_at_once_holds_across_two_workers() throws Exception {
        try (ConfigurableApplicationContext web = node("web");
                ConfigurableApplicationContext one = node("worker");
                ConfigurableApplicationContext two = node("worker")) {
            TestAccounts accounts = web.getBean(TestAccounts.class);
            TestAccounts.ClassOf klass = accounts.classOf(4);
            var defaults =
                    web.getBean(org.ganplayground.classroom.ClassroomService.class).defaults();
            accounts.setLimits(
                    klass.classId(),
                    new org.ganplayground.classroom.Limits(
                            defaults.maxActivePerLearner(), 1, defaults.budgetSeconds(), null));
            RunService runs = web.getBean(RunService.class);
            for (Caller learner : klass.learners()) {
                TestAccounts.signIn(learner);
                runs.launch(ring(600), "one at a time", null);
            }
            JdbcTemplate jdbc = web.getBean(JdbcTemplate.class);
            long most = 0;
            java.util.Set<String> trainedBy = new java.util.HashSet<>();
            long end = System.currentTimeMillis() + 180_000;
            while (System.currentTimeMillis() < end) {
                List<String> training =
                        jdbc.queryForList(
                                "select node_id from run where class_id = ? and status = 'RUNNING'",
                                String.class,
                                klass.classId());
                most = Math.max(most, training.size());
                trainedBy.addAll(training);
                Long left =
                        jdbc.queryForObject(
                                "select count(*) from run where class_id = ? and status in"
                                        + " ('QUEUED', 'RUNNING')",
                                Long.class,
                                klass.classId());
                if (left == 0) {
                    break;
                }
                Thread.sleep(10);
            }
            assertThat(
                            jdbc.queryForObject(
                                    "select count(*) from run where class_id = ? and status ="
                                            + " 'COMPLETED'",
                                    Long.class,
                                    klass.classId()))
                    .isEqualTo(4);
            // four threads on two nodes could train four at once; the class allows one
            assertThat(most).isEqualTo(1);
            assertThat(trainedBy).allMatch(id -> id.startsWith("worker@"));
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier done, String what)
            throws InterruptedException {
        long end = System.currentTimeMillis() + 120_000;
        while (!done.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("waiting for " + what).isLessThan(end);
            Thread.sleep(50);
        }
    }
}
