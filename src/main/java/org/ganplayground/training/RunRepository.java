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

    @Modifying
    @Query("update Run r set r.iterationsDone = :done, r.version = r.version + 1 where r.id = :id")
    int updateProgress(Long id, int done);
}
