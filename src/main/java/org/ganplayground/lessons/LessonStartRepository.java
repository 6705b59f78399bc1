package org.ganplayground.lessons;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LessonStartRepository extends JpaRepository<LessonStart, Long> {

    boolean existsByLearnerIdAndLessonSlug(long learnerId, String lessonSlug);

    List<LessonStart> findByLearnerId(long learnerId);
}
