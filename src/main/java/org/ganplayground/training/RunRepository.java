package org.ganplayground.training;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RunRepository extends JpaRepository<Run, Long> {

    List<Run> findByOwnerIdOrderByCreatedAtDesc(Long ownerId);

    List<Run> findByOwnerIdInOrderByCreatedAtDesc(Collection<Long> ownerIds);

    List<Run> findByStatus(RunStatus status);

    List<Run> findByPreparedForAndLessonSlugOrderByCreatedAtDesc(Long classId, String lessonSlug);

    /** A class's gallery: the runs shared with it, most recently shared first. */
    List<Run> findByClassIdAndSharedAtNotNullOrderBySharedAtDesc(Long classId);

    /**
     * Shares a run; leaves the version alone, like progress, so it never collides with a rename.
     */
    @Modifying(clearAutomatically = true)
    @Query("update Run r set r.sharedAt = :at where r.id = :id and r.sharedAt is null")
    int share(Long id, Instant at);

    @Modifying(clearAutomatically = true)
    @Query("update Run r set r.sharedAt = null where r.id = :id")
    int unshare(Long id);

    long countByOwnerIdAndStatusIn(Long ownerId, Collection<RunStatus> statuses);

    /**
     * Locks the owner's account row until the transaction ends, so launches of one learner take
     * turns at counting their active runs (the table is classroom's, see V4__classroom.sql; a
     * native query keeps classroom free of training). Portable: H2 and PostgreSQL both lock rows
     * this way.
     */
    @Query(value = "select id from account where id = :ownerId for update", nativeQuery = true)
    List<Long> lockAccount(long ownerId);

    /** What the queue needs of each waiting run, without its config. */
    interface Waiting {
        Long getId();

        Long getOwnerId();

        Long getClassId();

        Instant getQueuedAt();
    }

    @Query(
            "select r.id as id, r.ownerId as ownerId, r.classId as classId, r.queuedAt as queuedAt"
                    + " from Run r where r.status = 'QUEUED'")
    List<Waiting> queued();

    /** Per owner: their latest start and end, and how many of their runs the queue trains now. */
    interface Turns {
        Long getOwnerId();

        Instant getLastStarted();

        Instant getLastFinished();

        Long getTraining();
    }

    @Query(
            "select r.ownerId as ownerId, max(r.startedAt) as lastStarted,"
                    + " max(r.finishedAt) as lastFinished,"
                    + " sum(case when r.status = 'RUNNING' and r.stepMode = false then 1 else 0 end)"
                    + " as training"
                    + " from Run r where r.ownerId in :owners and r.startedAt is not null"
                    + " group by r.ownerId")
    List<Turns> turns(Collection<Long> owners);

    /** Per class: its runs the queue trains now (step sessions train on their own thread). */
    @Query(
            "select r.classId, count(r) from Run r where r.status = 'RUNNING' and r.stepMode = false"
                    + " and r.classId is not null group by r.classId")
    List<Object[]> trainingPerClass();

    /**
     * Takes a queued run for training. Conditional: of two workers (or two servers) that pick the
     * same run, one gets 1 and trains it, the other gets 0.
     */
    @Modifying(clearAutomatically = true)
    @Query(
            "update Run r set r.status = 'RUNNING', r.startedAt = :now, r.statusMessage = null,"
                    + " r.nodeId = :node, r.version = r.version + 1"
                    + " where r.id = :id and r.status = 'QUEUED'")
    int claim(Long id, Instant now, String node);

    /** Waits for, and holds until commit, the one row every claim locks (V13__nodes.sql). */
    @Query(value = "select id from queue_lock where id = 1 for update", nativeQuery = true)
    List<Integer> lockQueue();

    /**
     * A stopping worker gives its run back to the queue, keeping its place, if it still holds it:
     * another worker continues it from its last checkpoint.
     */
    @Modifying(clearAutomatically = true)
    @Query(
            "update Run r set r.status = 'QUEUED', r.statusMessage = :message, r.nodeId = null,"
                    + " r.iterationsDone = :done, r.cpuMs = :cpuMs, r.version = r.version + 1"
                    + " where r.id = :id and r.status = 'RUNNING' and r.nodeId = :node")
    int handBack(Long id, String node, String message, int done, long cpuMs);

    /** Progress only: leaves the version alone so it never collides with a rename or a cancel. */
    @Modifying
    @Query("update Run r set r.iterationsDone = :done where r.id = :id")
    int updateProgress(Long id, int done);

    @Modifying
    @Query("update Run r set r.iterationsDone = :done, r.cpuMs = :cpuMs where r.id = :id")
    int updateProgress(Long id, int done, long cpuMs);

    @Modifying
    @Query("update Run r set r.cpuMs = r.cpuMs + :cpuMs where r.id = :id")
    int addCpu(Long id, long cpuMs);

    /** What a training thread re-reads as it goes: a cancel or a new budget from elsewhere. */
    interface Watch {
        RunStatus getStatus();

        Long getBudgetMs();

        String getNodeId();
    }

    @Query(
            "select r.status as status, r.budgetMs as budgetMs, r.nodeId as nodeId from Run r"
                    + " where r.id = :id")
    Optional<Watch> watch(Long id);

    /** Cancels a run only if it is still queued or training, whatever else touched the row. */
    @Modifying(clearAutomatically = true)
    @Query(
            "update Run r set r.status = 'CANCELLED', r.statusMessage = :message, r.finishedAt = :now,"
                    + " r.version = r.version + 1 where r.id = :id and r.status in ('QUEUED', 'RUNNING')")
    int cancelIfActive(Long id, String message, Instant now);

    /**
     * A training turn's end: its outcome only if nothing else (a cancel) ended the run first; the
     * numbers in any case. Only by the node holding the run: one declared gone meanwhile
     * (README.md, "Several machines") writes nothing over the node that took the run over.
     */
    @Modifying(clearAutomatically = true)
    @Query(
            "update Run r set r.status = :status, r.statusMessage = :message, r.finishedAt = :now,"
                    + " r.iterationsDone = :done, r.cpuMs = :cpuMs,"
                    + " r.summaryJson = coalesce(:summary, r.summaryJson), r.stepMode = false, r.version = r.version + 1"
                    + " where r.id = :id and r.status = 'RUNNING' and r.nodeId = :node")
    int finishIfRunning(
            Long id,
            String node,
            RunStatus status,
            String message,
            Instant now,
            int done,
            long cpuMs,
            String summary);

    @Modifying(clearAutomatically = true)
    @Query(
            "update Run r set r.iterationsDone = :done, r.cpuMs = :cpuMs,"
                    + " r.summaryJson = coalesce(:summary, r.summaryJson)"
                    + " where r.id = :id and r.nodeId = :node")
    int recordEnd(Long id, String node, int done, long cpuMs, String summary);

    /** The last resort when a turn's end could not be written the normal way. */
    @Modifying(clearAutomatically = true)
    @Query(
            "update Run r set r.status = 'FAILED', r.statusMessage = :message, r.finishedAt = :now,"
                    + " r.stepMode = false, r.version = r.version + 1"
                    + " where r.id = :id and r.status = 'RUNNING' and r.nodeId = :node")
    int failIfRunning(Long id, String node, String message, Instant now);

    /** Deletes the runs of these owners; snapshots and checkpoints go first. */
    @Modifying(clearAutomatically = true)
    @Query(
            "delete from RunSnapshot s where s.runId in"
                    + " (select r.id from Run r where r.ownerId in :owners)")
    int deleteSnapshotsOf(Collection<Long> owners);

    @Modifying(clearAutomatically = true)
    @Query(
            "delete from RunCheckpoint c where c.runId in"
                    + " (select r.id from Run r where r.ownerId in :owners)")
    int deleteCheckpointsOf(Collection<Long> owners);

    @Modifying(clearAutomatically = true)
    @Query("delete from Run r where r.ownerId in :owners")
    int deleteRunsOf(Collection<Long> owners);
}
