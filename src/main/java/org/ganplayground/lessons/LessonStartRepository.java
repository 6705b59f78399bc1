package org.ganplayground.lessons;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LessonStartRepository extends JpaRepository<LessonStart, Long> {

    boolean existsByLearnerIdAndLessonSlug(long learnerId, String lessonSlug);

    List<LessonStart> findByLearnerId(long learnerId);

    @Query(
            "select s from LessonStart s where s.learnerId in"
                    + " (select c.id from Account c where c.classId = :classId)")
    List<LessonStart> findByClass(long classId);
}
