package org.ganplayground.sweeps;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ganplayground.settings.Settings;

/**
 * One config run over several values of one setting and several seeds: the base config (serialised
 * form), the swept setting's key ({@link #SEED_ONLY} when only the seed changes) and who made it.
 * Its runs are its {@link SweepMember}s.
 */
@Entity
@Table(name = "sweep")
public class Sweep {

    /** Column sizes of src/main/resources/db/migration/V9__sweeps.sql; checks refer to these. */
    public static final int NAME_MAX_LENGTH = 120;

    public static final int LESSON_SLUG_MAX_LENGTH = 80;

    /** The swept key of a sweep over seeds alone. */
    public static final String SEED_ONLY = "seed";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(name = "class_id")
    private Long classId;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "config_json", nullable = false, length = Settings.MAX_STORED_LENGTH)
    private String configJson;

    @Column(name = "setting_key", nullable = false, length = Settings.MAX_KEY_LENGTH)
    private String settingKey;

    @Column(name = "lesson_slug", length = LESSON_SLUG_MAX_LENGTH)
    private String lessonSlug;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The class its teacher prepared it for (V12__prepared_runs.sql), or null. */
    @Column(name = "prepared_for")
    private Long preparedFor;

    protected Sweep() {}

    Sweep(
            long ownerId,
            Long classId,
            String name,
            String configJson,
            String settingKey,
            String lessonSlug) {
        this.ownerId = ownerId;
        this.classId = classId;
        this.name = name;
        this.configJson = configJson;
        this.settingKey = settingKey;
        // a slug longer than any lesson's ties the sweep to no lesson (as a run's does)
        this.lessonSlug =
                lessonSlug != null && lessonSlug.length() <= LESSON_SLUG_MAX_LENGTH
                        ? lessonSlug
                        : null;
        this.createdAt = Instant.now();
    }

    public Long getPreparedFor() {
        return preparedFor;
    }

    void setPreparedFor(Long classId) {
        this.preparedFor = classId;
    }

    public Long getId() {
        return id;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public Long getClassId() {
        return classId;
    }

    public String getName() {
        return name;
    }

    public String getConfigJson() {
        return configJson;
    }

    public String getSettingKey() {
        return settingKey;
    }

    /** Whether only the seed changes from run to run. */
    public boolean overSeedsOnly() {
        return SEED_ONLY.equals(settingKey);
    }

    public String getLessonSlug() {
        return lessonSlug;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
