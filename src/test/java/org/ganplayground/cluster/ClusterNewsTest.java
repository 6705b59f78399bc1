package org.ganplayground.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.ganplayground.TestApp;
import org.ganplayground.classroom.ClassBroadcasts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a teacher shows a class reaches the class's pages on every node of a cluster (README.md,
 * "Several machines"), through the database: two nodes in one JVM (worker nodes, which start
 * quickest; the broadcasts are the same on web nodes), on H2 and on PostgreSQL.
 */
@Tag("database")
class ClusterNewsTest {

    @Test
    void a_run_shown_to_a_class_on_one_node_is_shown_on_the_other_once_and_its_end_comes_back()
            throws Exception {
        String dir = "./target/test-data/news-" + UUID.randomUUID();
        String[] settings = {"gan.node.role=worker", "gan.node.news-poll-ms=100"};
        try (ConfigurableApplicationContext a = TestApp.start(dir, settings);
                ConfigurableApplicationContext b = TestApp.start(dir, settings)) {
            ClassBroadcasts onA = a.getBean(ClassBroadcasts.class);
            ClassBroadcasts onB = b.getBean(ClassBroadcasts.class);
            List<ClassBroadcasts.Broadcast> pageOnA = new CopyOnWriteArrayList<>();
            List<ClassBroadcasts.Broadcast> pageOnB = new CopyOnWriteArrayList<>();
            onA.subscribe(7L, pageOnA::add);
            onB.subscribe(7L, pageOnB::add);

            ClassBroadcasts.ShowRun shown = new ClassBroadcasts.ShowRun(7L, 42L, 3L, "Ada's ring");
            onA.publish(shown);
            waitUntil(() -> pageOnB.size() == 1);
            assertThat(pageOnB).containsExactly(shown);
            assertThat(onB.isShown(7L, 42L)).isTrue();
            assertThat(onB.isShown(8L, 42L)).isFalse();

            onB.stopShowing(7L);
            waitUntil(() -> pageOnA.size() == 2);
            // each page heard each broadcast once: no echo of a node's own news
            assertThat(pageOnA)
                    .containsExactly(shown, new ClassBroadcasts.StopShowing(7L, 42L, 3L));
            assertThat(pageOnB)
                    .containsExactly(shown, new ClassBroadcasts.StopShowing(7L, 42L, 3L));
            assertThat(onA.isShown(7L, 42L)).isFalse();
        }
    }

    private static void waitUntil(BooleanSupplier done) throws InterruptedException {
        long end = System.currentTimeMillis() + 30_000;
        while (!done.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("waiting for news").isLessThan(end);
            Thread.sleep(20);
        }
    }
}
