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
    public static final int SUMMARY_MAX_LENGTH = 4000;

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

    @Column(name = "summary_json", length = SUMMARY_MAX_LENGTH)
    private String summaryJson;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the run last started training (its latest turn in the queue). */
    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** When the run last joined the queue (launch or resume); V5__queue.sql. */
    @Column(name = "queued_at")
    private Instant queuedAt;

    /** The class whose training slots the run uses; null outside a class. */
    @Column(name = "class_id")
    private Long classId;

    /** True while the run is an open step session rather than a queued run. */
    @Column(name = "step_mode", nullable = false)
    private boolean stepMode;

    /** CPU time of one core the run has trained, over all its turns. */
    @Column(name = "cpu_ms", nullable = false)
    private long cpuMs;

    /** The CPU time it may use in total before it stops with {@link RunStatus#TIME_LIMIT}. */
    @Column(name = "budget_ms")
    private Long budgetMs;

    /** When its owner shared it with their class; null while private. V7__gallery.sql. */
    @Column(name = "shared_at")
    private Instant sharedAt;

    /**
     * The class this run was prepared for by its teacher (its learners read it), or null: see
     * V12__prepared_runs.sql.
     */
    @Column(name = "prepared_for")
    private Long preparedFor;

    /**
     * The node training this run or holding its step session, while it does (V13__nodes.sql); a run
     * is taken from a node only when that node is gone.
     */
    @Column(name = "node_id")
    private String nodeId;

    @Version private long version;

    protected Run() {}

    Run(
            Long ownerId,
            String name,
            String domain,
            String configJson,
            int iterationsTotal,
            String lessonSlug,
            Long classId,
            long budgetMs) {
        this.ownerId = ownerId;
        this.classId = classId;
        this.budgetMs = budgetMs;
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
        this.queuedAt = createdAt;
    }

    /**
     * The message as its column can hold it. Every path that writes a status message goes through
     * here: a message longer than the column fails the update, and a run whose final update fails
     * stays "Training" and keeps its learner's slot.
     */
    static String fit(String message) {
        return message == null || message.length() <= STATUS_MESSAGE_MAX_LENGTH
                ? message
                : message.substring(0, STATUS_MESSAGE_MAX_LENGTH - 1) + "…";
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
        this.statusMessage = fit(message);
        if (status == RunStatus.RUNNING) {
            startedAt = Instant.now();
        }
        if (status == RunStatus.QUEUED) {
            queuedAt = Instant.now();
        }
        if (!status.isActive()) {
            finishedAt = Instant.now();
        }
    }

    /**
     * Back to the queue, keeping its place, after the node training it went away: it continues from
     * its last checkpoint on whichever worker takes it.
     */
    void handBack(String message) {
        Instant place = queuedAt;
        setStatus(RunStatus.QUEUED, message);
        queuedAt = place == null ? queuedAt : place;
        nodeId = null;
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

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public Long getClassId() {
        return classId;
    }

    void setClassId(Long classId) {
        this.classId = classId;
    }

    public boolean isStepMode() {
        return stepMode;
    }

    public String getNodeId() {
        return nodeId;
    }

    void setNodeId(String nodeId) {
        this.nodeId = nodeId;
    }

    void setStepMode(boolean stepMode) {
        this.stepMode = stepMode;
    }

    public long getCpuMs() {
        return cpuMs;
    }

    public Long getBudgetMs() {
        return budgetMs;
    }

    void setBudgetMs(Long budgetMs) {
        this.budgetMs = budgetMs;
    }

    public Instant getSharedAt() {
        return sharedAt;
    }

    public boolean isShared() {
        return sharedAt != null;
    }

    public Long getPreparedFor() {
        return preparedFor;
    }

    void setPreparedFor(Long classId) {
        this.preparedFor = classId;
    }
}
