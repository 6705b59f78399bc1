package org.ganplayground.classroom;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolClassRepository extends JpaRepository<SchoolClass, Long> {

    List<SchoolClass> findByTeacherIdOrderByName(Long teacherId);

    Optional<SchoolClass> findByJoinCode(String joinCode);
}
