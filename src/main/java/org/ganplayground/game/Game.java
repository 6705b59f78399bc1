package org.ganplayground.game;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One person's game on one stored run (src/main/resources/db/migration/V10__inspector_game.sql):
 * its options, the seed of its round plan, and, for a class game, the plan it shares.
 */
@Entity
@Table(name = "game")
public class Game {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(name = "run_id", nullable = false)
    private Long runId;

    @Column(name = "class_game_id")
    private Long classGameId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Format format;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Walk walk;

    @Column(nullable = false)
    private int rounds;

    @Column(name = "timer_seconds", nullable = false)
    private int timerSeconds;

    @Column(name = "machine_hint", nullable = false)
    private boolean machineHint;

    @Column(nullable = false)
    private long seed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected Game() {}

    Game(long ownerId, long runId, Long classGameId, GameOptions options, long seed) {
        this.ownerId = ownerId;
        this.runId = runId;
        this.classGameId = classGameId;
        this.format = options.format();
        this.walk = options.walk();
        this.rounds = options.rounds();
        this.timerSeconds = options.timerSeconds();
        this.machineHint = options.machineHint();
        this.seed = seed;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public long getRunId() {
        return runId;
    }

    public Long getClassGameId() {
        return classGameId;
    }

    public GameOptions options() {
        return new GameOptions(format, walk, rounds, timerSeconds, machineHint);
    }

    public Format getFormat() {
        return format;
    }

    public int getRounds() {
        return rounds;
    }

    long getSeed() {
        return seed;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public boolean isFinished() {
        return finishedAt != null;
    }

    void finish() {
        this.finishedAt = Instant.now();
    }
}
