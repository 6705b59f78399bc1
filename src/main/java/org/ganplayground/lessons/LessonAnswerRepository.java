package org.ganplayground.lessons;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LessonAnswerRepository extends JpaRepository<LessonAnswer, Long> {

    List<LessonAnswer> findByLearnerId(long learnerId);

    /** The answers of everyone now in a class (the account table is classroom's, V4). */
    @Query(
            "select a from LessonAnswer a where a.learnerId in"
                    + " (select c.id from Account c where c.classId = :classId)")
    List<LessonAnswer> findByClass(long classId);

    @Query(
            "select a from LessonAnswer a where a.lessonSlug = :slug and a.questionId = :questionId"
                    + " and a.learnerId in (select c.id from Account c where c.classId = :classId)")
    List<LessonAnswer> findByClassAndQuestion(long classId, String slug, String questionId);

    List<LessonAnswer> findByLearnerIdAndLessonSlug(long learnerId, String lessonSlug);

    @org.springframework.data.jpa.repository.Modifying
    @Query(
            "delete from LessonAnswer a where a.learnerId = :learnerId and a.lessonSlug = :slug"
                    + " and a.questionId in :questionIds")
    int deleteAnswers(long learnerId, String slug, java.util.Collection<String> questionIds);

    Optional<LessonAnswer> findByLearnerIdAndLessonSlugAndQuestionId(
            long learnerId, String lessonSlug, String questionId);
}
