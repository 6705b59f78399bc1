package org.ganplayground.teaching;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The clock of the open boards: each board's page ticks here, never on a request thread and never
 * on a training thread. Two threads: a slow database read for one board does not stop the others.
 */
@Component
public class BoardClock implements DisposableBean {

    /**
     * A little over a second between the end of one update and the start of the next: an update
     * that reaches the browser late (a busy tab) cannot then land within a second of the next one,
     * which BoardBenchmark measured at 1,000 ms (shortest gaps of 935 ms in the browser).
     */
    public static final long TICK_MS = 1_200;

    private final AtomicInteger threads = new AtomicInteger();
    private final ScheduledExecutorService timer =
            Executors.newScheduledThreadPool(
                    2,
                    r -> {
                        Thread t = new Thread(r, "board-clock-" + threads.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    });

    /** Runs the task every {@link #TICK_MS} until the returned future is cancelled. */
    public ScheduledFuture<?> everyTick(Runnable task) {
        return timer.scheduleWithFixedDelay(task, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
