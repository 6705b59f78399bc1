package org.ganplayground.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TrainingPriorityTest {

    @Test
    void a_training_thread_is_lowered_and_other_threads_are_not() throws Exception {
        TrainingPriority priority = new TrainingPriority(7);
        AtomicInteger before = new AtomicInteger();
        AtomicInteger after = new AtomicInteger();
        AtomicInteger again = new AtomicInteger();
        Thread worker =
                new Thread(
                        () -> {
                            before.set(niceOfCurrentThread());
                            priority.lowerCurrentThread();
                            after.set(niceOfCurrentThread());
                            priority.lowerCurrentThread();
                            again.set(niceOfCurrentThread());
                        });
        worker.start();
        worker.join();

        assertThat(after.get()).isEqualTo(7).isGreaterThan(before.get());
        assertThat(again.get()).isEqualTo(7);
        assertThat(niceOfCurrentThread()).isEqualTo(before.get());
    }

    @Test
    void zero_leaves_the_thread_alone() throws Exception {
        AtomicInteger after = new AtomicInteger(-1);
        Thread worker =
                new Thread(
                        () -> {
                            new TrainingPriority(0).lowerCurrentThread();
                            after.set(niceOfCurrentThread());
                        });
        worker.start();
        worker.join();
        assertThat(after.get()).isEqualTo(niceOfCurrentThread());
    }

    /** Field 19 of /proc/thread-self/stat, counted after the command name in parentheses. */
    private static int niceOfCurrentThread() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(rest[16]);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
