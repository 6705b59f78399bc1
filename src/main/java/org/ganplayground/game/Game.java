package org.ganplayground.game;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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

    @Embedded private GameOptions options;

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
        this.options = options;
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
        return options;
    }

    public Format getFormat() {
        return options.format();
    }

    public int getRounds() {
        return options.rounds();
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
