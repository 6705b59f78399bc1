package org.ganplayground.classroom;

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
 * A person using GAN Playground: a pseudonymous username and a password hash, nothing else. Owner
 * of runs, answers and progress. Column sizes: src/main/resources/db/migration/V1__learners.sql and
 * V4__classroom.sql.
 */
@Entity
@Table(name = "account")
public class Account {

    public static final int USERNAME_MIN_LENGTH = 3;
    public static final int USERNAME_MAX_LENGTH = 32;
    public static final int DISPLAY_NAME_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX_LENGTH)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_hash", length = 100)
    private String passwordHash;

    @Column(name = "class_id")
    private Long classId;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** Guests only: when the account and its work are deleted. */
    @Column(name = "expires_at")
    private Instant expiresAt;

    protected Account() {}

    Account(String username, Role role, String passwordHash, Long classId) {
        this.username = username;
        this.displayName = username;
        this.role = role;
        this.passwordHash = passwordHash;
        this.classId = classId;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getClassId() {
        return classId;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    /** The pre-accounts local learner has no password until setup claims it. */
    boolean hasPassword() {
        return passwordHash != null;
    }

    void setPassword(String hash, boolean mustChange) {
        this.passwordHash = hash;
        this.mustChangePassword = mustChange;
    }

    void becomeFirstTeacher(String username, String hash) {
        this.username = username;
        this.displayName = username;
        this.role = Role.ADMIN;
        setPassword(hash, false);
    }

    void becomeLearner(String username, String hash) {
        this.username = username;
        this.displayName = username;
        this.role = Role.LEARNER;
        this.expiresAt = null;
        setPassword(hash, false);
    }

    void setClassId(Long classId) {
        this.classId = classId;
    }

    void setExpiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
    }

    Caller caller() {
        return new Caller(id, username, role, classId);
    }
}
