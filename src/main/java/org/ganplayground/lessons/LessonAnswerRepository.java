package org.ganplayground.lessons;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LessonAnswerRepository extends JpaRepository<LessonAnswer, Long> {

    List<LessonAnswer> findByLearnerId(long learnerId);

    List<LessonAnswer> findByLearnerIdAndLessonSlug(long learnerId, String lessonSlug);

    Optional<LessonAnswer> findByLearnerIdAndLessonSlugAndQuestionId(
            long learnerId, String lessonSlug, String questionId);
}
