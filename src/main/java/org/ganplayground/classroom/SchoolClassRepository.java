package org.ganplayground.classroom;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SchoolClassRepository extends JpaRepository<SchoolClass, Long> {

    List<SchoolClass> findByTeacherIdOrderByName(Long teacherId);

    Optional<SchoolClass> findByJoinCode(String joinCode);

    /** Classes ended before {@code cutoff}, and classes whose deletion did not finish. */
    @Query(
            "select c.id from SchoolClass c where c.endedAt < :cutoff or c.deletingSince is not"
                    + " null order by c.id")
    List<Long> findDueForDeletion(Instant cutoff);
}
