package org.ganplayground.lessons;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LessonLockRepository extends JpaRepository<LessonLock, Long> {

    List<LessonLock> findByClassId(long classId);

    boolean existsByClassIdAndLessonSlug(long classId, String lessonSlug);

    void deleteByClassIdAndLessonSlug(long classId, String lessonSlug);
}
