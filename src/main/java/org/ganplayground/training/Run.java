package org.ganplayground.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;

/** One GAN run of one learner: its config (serialised form), status and progress. */
@Entity
@DynamicUpdate
@Table(name = "run")
public class Run {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 4000)
    private String notes;

    @Column(nullable = false, length = 32)
    private String domain;

    @Column(name = "config_json", nullable = false, length = 20000)
    private String configJson;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RunStatus status;

    @Column(name = "status_message", length = 1000)
    private String statusMessage;

    @Column(name = "iterations_total", nullable = false)
    private int iterationsTotal;

    @Column(name = "iterations_done", nullable = false)
    private int iterationsDone;

    /** As long as the lessons feature's own slug columns (lessons.Lesson.SLUG_MAX_LENGTH). */
    static final int LESSON_SLUG_LENGTH = 80;

    @Column(name = "lesson_slug", length = LESSON_SLUG_LENGTH)
    private String lessonSlug;

    @Column(name = "summary_json", length = 4000)
    private String summaryJson;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version private long version;

    protected Run() {}

    Run(
            Long ownerId,
            String name,
            String domain,
            String configJson,
            int iterationsTotal,
            String lessonSlug) {
        this.ownerId = ownerId;
        this.name = name;
        this.domain = domain;
        this.configJson = configJson;
        this.iterationsTotal = iterationsTotal;
        // the slug comes from a link: one longer than any lesson's ties the run to no lesson
        this.lessonSlug =
                lessonSlug != null && lessonSlug.length() <= LESSON_SLUG_LENGTH ? lessonSlug : null;
        this.status = RunStatus.QUEUED;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public String getNotes() {
        return notes;
    }

    void setNotes(String notes) {
        this.notes = notes;
    }

    public String getDomain() {
        return domain;
    }

    public String getConfigJson() {
        return configJson;
    }

    public RunStatus getStatus() {
        return status;
    }

    public String getStatusMessage() {
        return statusMessage;
    }

    void setStatus(RunStatus status, String message) {
        this.status = status;
        this.statusMessage = message;
        if (status == RunStatus.RUNNING && startedAt == null) {
            startedAt = Instant.now();
        }
        if (!status.isActive()) {
            finishedAt = Instant.now();
        }
    }

    public int getIterationsTotal() {
        return iterationsTotal;
    }

    public int getIterationsDone() {
        return iterationsDone;
    }

    void setIterationsDone(int iterationsDone) {
        this.iterationsDone = iterationsDone;
    }

    public String getLessonSlug() {
        return lessonSlug;
    }

    public String getSummaryJson() {
        return summaryJson;
    }

    void setSummaryJson(String summaryJson) {
        this.summaryJson = summaryJson;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
