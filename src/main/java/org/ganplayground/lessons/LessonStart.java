package org.ganplayground.lessons;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ganplayground.training.Run;

/** That a learner opened a lesson; "done" is derived from the answers, so it cannot go stale. */
@Entity
@Table(name = "lesson_progress")
class LessonStart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "learner_id", nullable = false)
    private Long learnerId;

    @Column(name = "lesson_slug", nullable = false, length = Run.LESSON_SLUG_MAX_LENGTH)
    private String lessonSlug;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    protected LessonStart() {}

    LessonStart(long learnerId, String lessonSlug) {
        this.learnerId = learnerId;
        this.lessonSlug = lessonSlug;
        this.startedAt = Instant.now();
    }

    Long getLearnerId() {
        return learnerId;
    }

    String getLessonSlug() {
        return lessonSlug;
    }
}
