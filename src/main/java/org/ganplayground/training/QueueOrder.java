package org.ganplayground.training;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.LongFunction;

/**
 * Which queued run starts next, as a pure rule (no database), so the queue and the position a page
 * shows use the same one. The learner who has waited longest since their last turn goes first: per
 * owner the key is the later of when their last turn ended (now, while the queue trains one of
 * their runs) and when their oldest queued run joined; the owner with the smallest key starts their
 * oldest queued run. So three runs queued by one learner never push back a classmate's first run:
 * after the first of the three, the classmate has waited longer. A run whose class already trains
 * its maximum waits without holding up the others.
 *
 * <p>The end of the last turn rather than its start: with a start, a learner whose first run
 * started at once on an idle server would have "waited" since that start, and their second run
 * would go before a classmate who queued while the first was training.
 */
final class QueueOrder {

    /** A queued run: who owns it, the class it counts against (or null), when it joined. */
    record Waiting(long runId, long ownerId, Long classId, Instant queuedAt) {}

    private QueueOrder() {}

    /**
     * Every queued run in the order the rule starts them, assuming every class has room: the
     * position a page shows. Owners in {@code lastTurn} had a turn that ended then (or is going on,
     * as {@code now}); others never had one.
     */
    static List<Waiting> order(List<Waiting> queued, Map<Long, Instant> lastTurn) {
        Map<Long, Deque<Waiting>> byOwner = new TreeMap<>();
        queued.stream()
                .sorted(Comparator.comparing(Waiting::queuedAt).thenComparing(Waiting::runId))
                .forEach(w -> byOwner.computeIfAbsent(w.ownerId(), o -> new ArrayDeque<>()).add(w));
        record Next(Instant key, long turn, Deque<Waiting> runs) {}
        // equal keys: the earlier simulated turn, then the older run
        PriorityQueue<Next> owners =
                new PriorityQueue<>(
                        Comparator.comparing(Next::key)
                                .thenComparingLong(Next::turn)
                                .thenComparing(n -> n.runs().peek().queuedAt())
                                .thenComparingLong(n -> n.runs().peek().runId()));
        for (Deque<Waiting> runs : byOwner.values()) {
            Instant last = lastTurn.get(runs.peek().ownerId());
            owners.add(new Next(later(last, runs.peek().queuedAt()), 0, runs));
        }
        // a run started in the simulation is a turn after every real one, in the order taken
        Instant future = Instant.MAX;
        long turn = 0;
        List<Waiting> out = new ArrayList<>(queued.size());
        while (!owners.isEmpty()) {
            Next n = owners.poll();
            out.add(n.runs().poll());
            if (!n.runs().isEmpty()) {
                owners.add(new Next(future, ++turn, n.runs()));
            }
        }
        return out;
    }

    /**
     * The runs that may start now, best first: {@link #order} without the runs whose class trains
     * its maximum already ({@code maxTraining} of a class id; runs outside a class are not capped).
     */
    static List<Waiting> startable(
            List<Waiting> queued,
            Map<Long, Instant> lastTurn,
            Map<Long, Long> trainingPerClass,
            LongFunction<Integer> maxTraining) {
        return order(queued, lastTurn).stream()
                .filter(
                        w ->
                                w.classId() == null
                                        || trainingPerClass.getOrDefault(w.classId(), 0L)
                                                < maxTraining.apply(w.classId()))
                .toList();
    }

    /** How many queued runs start before {@code runId} (0 when it is next). */
    static int ahead(List<Waiting> queued, Map<Long, Instant> lastTurn, long runId) {
        List<Waiting> order = order(queued, lastTurn);
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).runId() == runId) {
                return i;
            }
        }
        return 0;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
