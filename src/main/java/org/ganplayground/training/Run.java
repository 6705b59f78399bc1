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
import org.ganplayground.settings.Settings;
import org.hibernate.annotations.DynamicUpdate;

/** One GAN run of one learner: its config (serialised form), status and progress. */
@Entity
@DynamicUpdate
@Table(name = "run")
public class Run {

    /** Column sizes of src/main/resources/db/migration/V2__runs.sql; checks refer to these. */
    public static final int NAME_MAX_LENGTH = 120;

    public static final int NOTES_MAX_LENGTH = 4000;
    public static final int DOMAIN_MAX_LENGTH = 32;
    public static final int STATUS_MESSAGE_MAX_LENGTH = 1000;
    public static final int LESSON_SLUG_MAX_LENGTH = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(length = NOTES_MAX_LENGTH)
    private String notes;

    @Column(nullable = false, length = DOMAIN_MAX_LENGTH)
    private String domain;

    @Column(name = "config_json", nullable = false, length = Settings.MAX_STORED_LENGTH)
    private String configJson;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RunStatus status;

    @Column(name = "status_message", length = STATUS_MESSAGE_MAX_LENGTH)
    private String statusMessage;

    @Column(name = "iterations_total", nullable = false)
    private int iterationsTotal;

    @Column(name = "iterations_done", nullable = false)
    private int iterationsDone;

    @Column(name = "lesson_slug", length = LESSON_SLUG_MAX_LENGTH)
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
                lessonSlug != null && lessonSlug.length() <= LESSON_SLUG_MAX_LENGTH
                        ? lessonSlug
                        : null;
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
        // a message longer than its column would fail the update and leave the run unfinished
        this.statusMessage =
                message == null || message.length() <= STATUS_MESSAGE_MAX_LENGTH
                        ? message
                        : message.substring(0, STATUS_MESSAGE_MAX_LENGTH - 1) + "…";
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
