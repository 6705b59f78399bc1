package org.ganplayground.lessons;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ganplayground.training.Run;

/** A learner's latest answer to one question; reflections are kept for the teacher to read. */
@Entity
@Table(name = "lesson_answer")
class LessonAnswer {

    static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "learner_id", nullable = false)
    private Long learnerId;

    @Column(name = "lesson_slug", nullable = false, length = Run.LESSON_SLUG_MAX_LENGTH)
    private String lessonSlug;

    @Column(name = "question_id", nullable = false, length = 80)
    private String questionId;

    @Column(nullable = false, length = MAX_LENGTH)
    private String answer;

    @Column private Boolean correct;

    @Column(nullable = false)
    private int tries;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected LessonAnswer() {}

    LessonAnswer(long learnerId, String lessonSlug, String questionId) {
        this.learnerId = learnerId;
        this.lessonSlug = lessonSlug;
        this.questionId = questionId;
    }

    void record(String text, Boolean isCorrect) {
        this.answer = text;
        this.correct = isCorrect;
        this.tries++;
        this.answeredAt = Instant.now();
    }

    Long getLearnerId() {
        return learnerId;
    }

    Answered answered() {
        return new Answered(answer, tries, correct);
    }

    /** How many times the question was answered, this answer included. */
    int getTries() {
        return tries;
    }

    Boolean getCorrect() {
        return correct;
    }

    String getLessonSlug() {
        return lessonSlug;
    }

    String getQuestionId() {
        return questionId;
    }

    String getAnswer() {
        return answer;
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }
}
