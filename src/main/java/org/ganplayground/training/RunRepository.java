package org.ganplayground.training;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RunRepository extends JpaRepository<Run, Long> {

    List<Run> findByOwnerIdOrderByCreatedAtDesc(Long ownerId);

    List<Run> findByStatus(RunStatus status);

    long countByOwnerIdAndStatusIn(Long ownerId, Collection<RunStatus> statuses);

    /** Runs waiting before this one: the queue is first come, first served. */
    @Query("select count(r) from Run r where r.status = 'QUEUED' and r.id < :id")
    long countQueuedBefore(Long id);

    /** Progress only: leaves the version alone so it never collides with a rename or a cancel. */
    @Modifying
    @Query("update Run r set r.iterationsDone = :done where r.id = :id")
    int updateProgress(Long id, int done);

    /** Cancels a run only if it is still queued or training, whatever else touched the row. */
    @Modifying(clearAutomatically = true)
    @Query(
            "update Run r set r.status = 'CANCELLED', r.statusMessage = :message, r.finishedAt = :now,"
                    + " r.version = r.version + 1 where r.id = :id and r.status in ('QUEUED', 'RUNNING')")
    int cancelIfActive(Long id, String message, java.time.Instant now);
}
