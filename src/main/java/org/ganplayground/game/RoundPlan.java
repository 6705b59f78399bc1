package org.ganplayground.game;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Which samples each round of a game shows, from the snapshots that kept a deck (engine/Deck.java).
 * Early to late: rounds spread evenly from the first kept snapshot to the last; random: any kept
 * snapshot. Within a snapshot, items are dealt without repeats until its deck runs out. The same
 * seed gives the same plan, so every learner of a class game sees the same rounds.
 */
final class RoundPlan {

    /** One planned round: the snapshot, the deck items, which side the forgery is on. */
    record Planned(
            int iteration, int realItem, int fakeItem, boolean fakeFirst, boolean showsFake) {}

    private RoundPlan() {}

    static List<Planned> of(List<Integer> iterations, int items, GameOptions options, long seed) {
        if (iterations.isEmpty() || items < 1) {
            throw new IllegalArgumentException("a plan needs a snapshot with a deck");
        }
        SplittableRandom rng = new SplittableRandom(seed);
        int rounds = options.rounds();
        int kept = iterations.size();
        Map<Integer, Deal> deals = new HashMap<>();
        List<Planned> out = new ArrayList<>(rounds);
        for (int r = 0; r < rounds; r++) {
            int at =
                    switch (options.walk()) {
                        case EARLY_TO_LATE ->
                                rounds == 1
                                        ? kept - 1
                                        : (int) Math.round(r * (kept - 1) / (double) (rounds - 1));
                        case RANDOM -> rng.nextInt(kept);
                    };
            int iteration = iterations.get(at);
            Deal deal = deals.computeIfAbsent(iteration, k -> new Deal(items));
            out.add(
                    new Planned(
                            iteration,
                            deal.next(rng, true),
                            deal.next(rng, false),
                            rng.nextBoolean(),
                            rng.nextBoolean()));
        }
        return out;
    }

    /** Items of one snapshot's deck, real and forged apart, dealt in a shuffled order. */
    private static final class Deal {
        private final int items;
        private final List<Integer> real = new ArrayList<>();
        private final List<Integer> fake = new ArrayList<>();

        Deal(int items) {
            this.items = items;
        }

        int next(SplittableRandom rng, boolean isReal) {
            List<Integer> left = isReal ? real : fake;
            if (left.isEmpty()) {
                for (int i = 0; i < items; i++) {
                    left.add(i);
                }
            }
            return left.remove(rng.nextInt(left.size()));
        }
    }
}
