package org.ganplayground.training;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RunCheckpointRepository extends JpaRepository<RunCheckpoint, Long> {

    /** The iteration each run's checkpoint holds, without reading its state. */
    interface Saved {
        Long getRunId();

        int getIteration();
    }

    @Query(
            "select c.runId as runId, c.iteration as iteration from RunCheckpoint c"
                    + " where c.runId in :runIds")
    List<Saved> iterationsOf(Collection<Long> runIds);
}
