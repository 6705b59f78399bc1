package org.ganplayground.teaching;

import java.util.Arrays;
import org.springframework.stereotype.Component;

/**
 * How long the boards' updates take on the server (reading what is new, drawing pictures, and
 * changing the page), kept for the last {@link #KEPT} updates. Read by BoardBenchmark; nothing
 * asserts on it.
 */
@Component
public class BoardTimings {

    static final int KEPT = 10_000;

    private final long[] nanos = new long[KEPT];
    private long count;

    public synchronized void record(long took) {
        nanos[(int) (count++ % KEPT)] = took;
    }

    /** The kept durations in milliseconds, sorted. */
    public synchronized double[] millis() {
        int n = (int) Math.min(count, KEPT);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = nanos[i] / 1e6;
        }
        Arrays.sort(out);
        return out;
    }

    public synchronized void clear() {
        count = 0;
    }
}
