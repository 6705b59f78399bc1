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

/** A game a teacher started on one run for a class: one round plan every learner plays. */
@Entity
@Table(name = "class_game")
public class ClassGame {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(name = "run_id", nullable = false)
    private Long runId;

    @Column(name = "teacher_id", nullable = false)
    private Long teacherId;

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

    @Column(nullable = false)
    private boolean open;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ClassGame() {}

    ClassGame(long classId, long runId, long teacherId, GameOptions options, long seed) {
        this.classId = classId;
        this.runId = runId;
        this.teacherId = teacherId;
        this.format = options.format();
        this.walk = options.walk();
        this.rounds = options.rounds();
        this.timerSeconds = options.timerSeconds();
        this.machineHint = options.machineHint();
        this.seed = seed;
        this.open = true;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public long getClassId() {
        return classId;
    }

    public long getRunId() {
        return runId;
    }

    public long getTeacherId() {
        return teacherId;
    }

    public GameOptions options() {
        return new GameOptions(format, walk, rounds, timerSeconds, machineHint);
    }

    long getSeed() {
        return seed;
    }

    public boolean isOpen() {
        return open;
    }

    void close() {
        this.open = false;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
