package org.ganplayground.training;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * One turn of one run on a training thread: why it should stop, and the CPU time it has used. The
 * budget is checked against this thread's own CPU time, so a busy server slows a run down without
 * using up its budget.
 */
final class Turn {

    /** Why a turn stops early; the first reason given wins. */
    enum Stop {
        NONE,
        CANCELLED,
        TIME_LIMIT,
        SHUTDOWN,
        /** Its owner's account is being deleted: nothing more is written. */
        DELETED,
        /**
         * Another node took the run over (this node was declared gone): nothing more is written.
         */
        HANDED_OVER
    }

    /**
     * A run may overrun its budget by this factor before it is stopped: launch refuses configs
     * whose estimate is over the budget, and a run on a busy machine measures up to about a fifth
     * more than the estimate (CostModelBenchmark).
     */
    static final double OVERRUN = 1.25;

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    final long runId;
    private final long cpuBeforeMs;
    private final BooleanSupplier shuttingDown;
    private final AtomicReference<Stop> stop = new AtomicReference<>(Stop.NONE);
    private volatile long limitMs;
    private volatile int iteration;
    private long threadStartNs = -1;

    Turn(Run run, BooleanSupplier shuttingDown) {
        this.runId = run.getId();
        this.cpuBeforeMs = run.getCpuMs();
        this.iteration = run.getIterationsDone();
        this.shuttingDown = shuttingDown;
        setBudget(run.getBudgetMs());
    }

    /** Called on the training thread before it trains. */
    void begin() {
        threadStartNs = CPU.getCurrentThreadCpuTime();
    }

    /** CPU time of all turns so far; on the training thread only. */
    long cpuMs() {
        long now = threadStartNs < 0 ? 0 : CPU.getCurrentThreadCpuTime() - threadStartNs;
        return cpuBeforeMs + now / 1_000_000;
    }

    void setBudget(Long budgetMs) {
        limitMs = budgetMs == null ? Long.MAX_VALUE : (long) (budgetMs * OVERRUN);
    }

    void request(Stop why) {
        stop.compareAndSet(Stop.NONE, why);
    }

    Stop stopReason() {
        return stop.get();
    }

    /** The run is being deleted or is another node's now: this turn writes nothing more. */
    boolean writesNothingMore() {
        Stop why = stop.get();
        return why == Stop.DELETED || why == Stop.HANDED_OVER;
    }

    /** Asked by the training loop every iteration, on the training thread. */
    boolean shouldStop() {
        if (stop.get() == Stop.NONE) {
            if (shuttingDown.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                request(Stop.SHUTDOWN);
            } else if (cpuMs() > limitMs) {
                request(Stop.TIME_LIMIT);
            }
        }
        return stop.get() != Stop.NONE;
    }

    int iteration() {
        return iteration;
    }

    void reached(int iteration) {
        this.iteration = iteration;
    }
}
