package org.ganplayground.sweeps;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SweepRepository extends JpaRepository<Sweep, Long> {

    List<Sweep> findByOwnerIdOrderByCreatedAtDesc(long ownerId);

    List<Sweep> findByPreparedForAndLessonSlugOrderByCreatedAtDesc(Long classId, String slug);

    List<Sweep> findByOwnerIdInOrderByCreatedAtDesc(Collection<Long> ownerIds);

    /** Sweeps with members still waiting for a slot, oldest first. */
    @Query(
            "select s from Sweep s where exists (select m from SweepMember m where m.sweepId = s.id"
                    + " and m.runId is null and m.note is null) order by s.createdAt, s.id")
    List<Sweep> waiting();
}
