package org.ganplayground.training;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RunSnapshotRepository extends JpaRepository<RunSnapshot, Long> {

    List<RunSnapshot> findByRunIdOrderByIteration(Long runId);

    /** Only the metrics of each snapshot: no samples, pictures or arrays are read. */
    interface MetricsRow {
        Long getRunId();

        String getMetricsJson();
    }

    @org.springframework.data.jpa.repository.Query(
            "select s.runId as runId, s.metricsJson as metricsJson from RunSnapshot s"
                    + " where s.runId in :runIds order by s.runId, s.iteration")
    List<MetricsRow> metricsOf(java.util.Collection<Long> runIds);

    Optional<RunSnapshot> findFirstByRunIdOrderByIterationDesc(Long runId);

    List<RunSnapshot> findByRunIdAndIterationGreaterThanOrderByIteration(Long runId, int iteration);

    /** Per run, the iteration of its latest snapshot: [runId, iteration]. */
    @org.springframework.data.jpa.repository.Query(
            "select s.runId, max(s.iteration) from RunSnapshot s where s.runId in :runIds"
                    + " group by s.runId")
    List<Object[]> latestIterations(java.util.Collection<Long> runIds);

    void deleteByRunIdAndIteration(Long runId, int iteration);

    void deleteByRunIdAndIterationGreaterThanEqual(Long runId, int iteration);
}
