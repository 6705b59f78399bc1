package org.ganplayground.game;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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

    @Embedded private GameOptions options;

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
        this.options = options;
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
        return options;
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
