package org.ganplayground.game;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClassGameRepository extends JpaRepository<ClassGame, Long> {

    List<ClassGame> findByClassIdAndOpenTrueOrderByCreatedAtDesc(long classId);

    List<ClassGame> findByTeacherIdOrderByCreatedAtDesc(long teacherId);

    List<ClassGame> findByClassIdIn(Collection<Long> classIds);
}
