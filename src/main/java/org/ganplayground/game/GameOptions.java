package org.ganplayground.game;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.List;

/**
 * How a game is played: the round format, the order of snapshots, how many rounds, a timer per
 * round (0: none) and whether the player may look at the machine inspector's score before
 * answering.
 */
@Embeddable
public record GameOptions(
        @Enumerated(EnumType.STRING) @Column(nullable = false, length = 16) Format format,
        @Enumerated(EnumType.STRING) @Column(nullable = false, length = 16) Walk walk,
        @Column(nullable = false) int rounds,
        @Column(name = "timer_seconds", nullable = false) int timerSeconds,
        @Column(name = "machine_hint", nullable = false) boolean machineHint) {

    public static final int MIN_ROUNDS = 5;
    public static final int MAX_ROUNDS = 40;

    /** The timers offered, in seconds per round; 0 is none. */
    public static final List<Integer> TIMERS = List.of(0, 5, 10, 20, 30);

    public static GameOptions standard() {
        return new GameOptions(Format.PAIR, Walk.EARLY_TO_LATE, 10, 0, true);
    }

    /** What is wrong with these options, in sentences for the field concerned; empty when none. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (format == null || walk == null) {
            out.add("Choose how rounds ask and in what order.");
        }
        if (rounds < MIN_ROUNDS || rounds > MAX_ROUNDS) {
            out.add("Rounds: a game has " + MIN_ROUNDS + " to " + MAX_ROUNDS + " rounds.");
        }
        if (!TIMERS.contains(timerSeconds)) {
            out.add("Timer: choose one of " + TIMERS + " seconds (0 for none).");
        }
        return out;
    }
}
