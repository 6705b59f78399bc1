package org.ganplayground.sweeps;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SweepMemberRepository extends JpaRepository<SweepMember, Long> {

    List<SweepMember> findBySweepIdOrderByPlace(long sweepId);

    List<SweepMember> findBySweepIdInOrderByPlace(Collection<Long> sweepIds);

    /**
     * Ties a waiting member to its new run. Conditional: of two launchers that take the same
     * member, one gets 1, the other 0 and rolls its run back.
     */
    @Modifying(clearAutomatically = true)
    @Query(
            "update SweepMember m set m.runId = :runId where m.id = :id and m.runId is null"
                    + " and m.note is null")
    int launched(long id, long runId);

    /** Gives every waiting member of a sweep a note: it will not be launched. */
    @Modifying(clearAutomatically = true)
    @Query(
            "update SweepMember m set m.note = :note where m.sweepId = :sweepId and m.runId is null"
                    + " and m.note is null")
    int stopWaiting(long sweepId, String note);

    /** The same for one member (a launch the settings or the budget now refuse). */
    @Modifying(clearAutomatically = true)
    @Query(
            "update SweepMember m set m.note = :note where m.id = :id and m.runId is null"
                    + " and m.note is null")
    int refused(long id, String note);

    /** Gives every waiting member of these owners' sweeps a note (their class ended). */
    @Modifying(clearAutomatically = true)
    @Query(
            "update SweepMember m set m.note = :note where m.runId is null and m.note is null and"
                    + " m.sweepId in (select s.id from Sweep s where s.ownerId in :owners)")
    int stopWaitingOf(Collection<Long> owners, String note);
}
