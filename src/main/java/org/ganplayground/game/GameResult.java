package org.ganplayground.game;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A finished (or partly played) game scored: the player's accuracy per snapshot beside the machine
 * inspector's on the same samples, from which iteration on each was fooled, signal detection
 * figures (d-prime and response bias), accuracy over the rounds, and accuracy with and without
 * having looked at the machine's score. Computed from the stored answers alone.
 *
 * @param played rounds answered or timed out
 * @param right rounds the player got right
 * @param machineRight of the played rounds, those the machine got right
 * @param perSnapshot one line per snapshot played, in iteration order
 * @param youFooledFrom the first iteration from which the player was right at most half the time at
 *     every snapshot played, or null when not fooled at the last one
 * @param machineFooledFrom the same for the machine inspector
 * @param dPrime how well the player tells real from forged (0: not at all)
 * @param bias response bias c: for single samples, above 0 leans to "real"; for pairs, above 0
 *     leans to the second sample
 * @param running accuracy after each round played
 */
public record GameResult(
        Format format,
        int played,
        int right,
        int machineRight,
        List<AtSnapshot> perSnapshot,
        Integer youFooledFrom,
        Integer machineFooledFrom,
        double dPrime,
        double bias,
        List<Double> running,
        Share withMachine,
        Share withoutMachine) {

    /** One snapshot's rounds: how many, and the share right for the player and for the machine. */
    public record AtSnapshot(int iteration, int rounds, double you, double machine) {}

    /** Rounds in a group and the share of them right (NaN when none). */
    public record Share(int rounds, double accuracy) {}

    /** What scoring needs of one round. */
    public record Scored(
            int iteration,
            Answer answer,
            boolean fakeFirst,
            boolean showsFake,
            boolean machineRight,
            boolean looked) {

        boolean right(Format format) {
            return answer.rightFor(format, fakeFirst, showsFake);
        }
    }

    public double accuracy() {
        return played == 0 ? Double.NaN : right / (double) played;
    }

    public double machineAccuracy() {
        return played == 0 ? Double.NaN : machineRight / (double) played;
    }

    /** Accuracy over the first and the second half of the rounds played (did you learn?). */
    public double[] halves() {
        int half = played / 2;
        if (half == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double first = running.get(half - 1);
        double all = running.get(played - 1);
        double second = (all * played - first * half) / (played - half);
        return new double[] {first, second};
    }

    /** Scores the played rounds (null answers are left out), in the order they were played. */
    public static GameResult of(Format format, List<Scored> rounds) {
        List<Scored> done = rounds.stream().filter(r -> r.answer() != null).toList();
        TreeMap<Integer, int[]> by = new TreeMap<>();
        List<Double> running = new ArrayList<>();
        int right = 0;
        int machine = 0;
        int[] looked = new int[2];
        int[] notLooked = new int[2];
        for (Scored r : done) {
            boolean ok = r.right(format);
            right += ok ? 1 : 0;
            machine += r.machineRight() ? 1 : 0;
            int[] cell = by.computeIfAbsent(r.iteration(), k -> new int[3]);
            cell[0]++;
            cell[1] += ok ? 1 : 0;
            cell[2] += r.machineRight() ? 1 : 0;
            running.add(right / (running.size() + 1.0));
            int[] group = r.looked() ? looked : notLooked;
            group[0]++;
            group[1] += ok ? 1 : 0;
        }
        List<AtSnapshot> per = new ArrayList<>();
        by.forEach(
                (it, c) ->
                        per.add(
                                new AtSnapshot(
                                        it, c[0], c[1] / (double) c[0], c[2] / (double) c[0])));
        double[] signal = Signal.of(format, done);
        return new GameResult(
                format,
                done.size(),
                right,
                machine,
                List.copyOf(per),
                fooledFrom(per, true),
                fooledFrom(per, false),
                signal[0],
                signal[1],
                List.copyOf(running),
                share(looked),
                share(notLooked));
    }

    private static Share share(int[] group) {
        return new Share(group[0], group[0] == 0 ? Double.NaN : group[1] / (double) group[0]);
    }

    /**
     * The first snapshot from which the accuracy stays at or below one half (chance) to the last
     * snapshot played; null when the last one is above it.
     */
    static Integer fooledFrom(List<AtSnapshot> per, boolean you) {
        Integer from = null;
        for (int i = per.size() - 1; i >= 0; i--) {
            double a = you ? per.get(i).you() : per.get(i).machine();
            if (a > 0.5) {
                break;
            }
            from = per.get(i).iteration();
        }
        return from;
    }
}
