package org.ganplayground.lessons;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ganplayground.training.Run;

/** A lesson a teacher locked for one class; see V6__lesson_locks.sql. */
@Entity
@Table(name = "lesson_lock")
class LessonLock {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(name = "lesson_slug", nullable = false, length = Run.LESSON_SLUG_MAX_LENGTH)
    private String lessonSlug;

    @Column(name = "locked_at", nullable = false)
    private Instant lockedAt;

    protected LessonLock() {}

    LessonLock(long classId, String lessonSlug) {
        this.classId = classId;
        this.lessonSlug = lessonSlug;
        this.lockedAt = Instant.now();
    }

    String getLessonSlug() {
        return lessonSlug;
    }
}
