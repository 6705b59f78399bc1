package org.ganplayground.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A teacher's class: its learners, join code and limits. See V4__classroom.sql. */
@Entity
@Table(name = "school_class")
public class SchoolClass {

    public static final int NAME_MAX_LENGTH = 80;
    public static final int JOIN_CODE_LENGTH = 6;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "teacher_id", nullable = false)
    private Long teacherId;

    @Column(name = "join_code", length = JOIN_CODE_LENGTH, unique = true)
    private String joinCode;

    @Column(name = "join_code_expires_at")
    private Instant joinCodeExpiresAt;

    @Column(name = "max_active_per_learner", nullable = false)
    private int maxActivePerLearner;

    @Column(name = "max_training_at_once", nullable = false)
    private int maxTrainingAtOnce;

    @Column(name = "budget_seconds", nullable = false)
    private int budgetSeconds;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    // retention (V8__retention.sql, ClassLifecycle): when the teacher ended the class, and since
    // when its deletion has been under way (set until the row itself is gone)
    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "deleting_since")
    private Instant deletingSince;

    /** Whether learners see the runs their classmates share; off until the teacher turns it on. */
    @Column(nullable = false)
    private boolean sharing;

    protected SchoolClass() {}

    SchoolClass(String name, long teacherId, Limits limits) {
        this.name = name;
        this.teacherId = teacherId;
        this.createdAt = Instant.now();
        setLimits(limits);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getTeacherId() {
        return teacherId;
    }

    public String getJoinCode() {
        return joinCode;
    }

    public Instant getJoinCodeExpiresAt() {
        return joinCodeExpiresAt;
    }

    /** A join code works until it expires or is turned off. */
    public boolean joinCodeWorks(Instant now) {
        return joinCode != null && joinCodeExpiresAt != null && now.isBefore(joinCodeExpiresAt);
    }

    public Limits limits() {
        return new Limits(maxActivePerLearner, maxTrainingAtOnce, budgetSeconds, id);
    }

    void setJoinCode(String code, Instant expiresAt) {
        this.joinCode = code;
        this.joinCodeExpiresAt = expiresAt;
    }

    void setLimits(Limits limits) {
        this.maxActivePerLearner = limits.maxActivePerLearner();
        this.maxTrainingAtOnce = limits.maxTrainingInClass();
        this.budgetSeconds = limits.budgetSeconds();
    }

    /** When the teacher ended the class (read-only for its learners), or null while it runs. */
    public Instant getEndedAt() {
        return endedAt;
    }

    /** Whether a deletion started and the class is still here: it can be run again. */
    public boolean isDeleting() {
        return deletingSince != null;
    }

    void setEndedAt(Instant endedAt) {
        this.endedAt = endedAt;
    }

    void setDeletingSince(Instant since) {
        this.deletingSince = since;
    }

    public boolean isSharing() {
        return sharing;
    }

    void setSharing(boolean sharing) {
        this.sharing = sharing;
    }
}
