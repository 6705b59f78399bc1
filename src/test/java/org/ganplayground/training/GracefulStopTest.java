package org.ganplayground.training;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ganplayground.TestApp;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.Role;
import org.ganplayground.classroom.TestAccounts;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.engine.Metrics;
import org.ganplayground.engine.Snapshot;
import org.ganplayground.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/** Stops the whole app in the middle of a run, as SIGTERM does, and resumes after a restart. */
@Tag("database")
class GracefulStopTest {

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** Listens at the root logger; Spring Boot resets logging at each start, so after it. */
    private void listen() {
        Logger root =
                ((LoggerContext) LoggerFactory.getILoggerFactory())
                        .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        logged.setContext(root.getLoggerContext());
        logged.start();
        root.addAppender(logged);
    }

    @Test
    void a_stopped_server_interrupts_training_at_once_and_the_resumed_run_keeps_every_loss()
            throws Exception {
        String dir = "./target/test-data/graceful-" + UUID.randomUUID();
        GanConfig config =
                Settings.read(
                                Map.of(
                                        "domain", "points-2d",
                                        "iterations", "3000",
                                        "snapshot.every", "100"))
                        .orThrow();
        long runId;
        Caller me;
        long closeMs;
        ConfigurableApplicationContext first = TestApp.start(dir);
        try {
            listen();
            me =
                    TestAccounts.signIn(
                            first.getBean(TestAccounts.class).create("ada", Role.LEARNER, null));
            RunService runs = first.getBean(RunService.class);
            runId = runs.launch(config, "cut off", null).getId();
            long end = System.currentTimeMillis() + 60_000;
            while (runs.snapshots(runId).size() < 4 && System.currentTimeMillis() < end) {
                Thread.sleep(20);
            }
            assertThat(runs.find(runId).orElseThrow().getStatus()).isEqualTo(RunStatus.RUNNING);
        } finally {
            long t0 = System.nanoTime();
            first.close();
            closeMs = (System.nanoTime() - t0) / 1_000_000;
        }
        System.out.println("graceful stop: the context closed in " + closeMs + " ms");
        assertThat(closeMs).isLessThan(10_000);

        try (ConfigurableApplicationContext second = TestApp.start(dir)) {
            listen();
            TestAccounts.signIn(me);
            RunService runs = second.getBean(RunService.class);
            Run stopped = runs.find(runId).orElseThrow();
            assertThat(stopped.getStatus()).isEqualTo(RunStatus.INTERRUPTED);
            assertThat(stopped.getIterationsDone()).isPositive().isLessThan(3000);
            // the last snapshot is where it stopped, not the interval before
            List<Snapshot> kept = runs.snapshots(runId);
            assertThat(kept.get(kept.size() - 1).iteration())
                    .isEqualTo(stopped.getIterationsDone());

            runs.resume(runId);
            Queues.waitFor(runs, runId, RunStatus.COMPLETED, Duration.ofSeconds(90));
            List<Snapshot> all = runs.snapshots(runId);
            assertThat(all).extracting(Snapshot::iteration).doesNotHaveDuplicates().endsWith(3000);
            assertThat(all.subList(1, all.size()))
                    .allSatisfy(
                            s ->
                                    assertThat(s.metrics())
                                            .as("iteration " + s.iteration())
                                            .containsKeys(
                                                    Metrics.LOSS_INSPECTOR, Metrics.LOSS_FORGER));
        }
        assertThat(logged.list)
                .filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .extracting(ILoggingEvent::getFormattedMessage)
                .isEmpty();
    }
}
