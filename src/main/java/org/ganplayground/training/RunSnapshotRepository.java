package org.ganplayground.training;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RunSnapshotRepository extends JpaRepository<RunSnapshot, Long> {

    List<RunSnapshot> findByRunIdOrderByIteration(Long runId);

    Optional<RunSnapshot> findFirstByRunIdOrderByIterationDesc(Long runId);

    void deleteByRunIdAndIteration(Long runId, int iteration);

    void deleteByRunIdAndIterationGreaterThanEqual(Long runId, int iteration);
}
