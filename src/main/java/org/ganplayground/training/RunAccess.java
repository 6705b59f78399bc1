package org.ganplayground.training;

import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.ClassBroadcasts;
import org.ganplayground.classroom.ClassroomService;
import org.springframework.stereotype.Component;

/**
 * Who may do what to a run. Its owner does everything; a teacher of the owner's class reads it,
 * cancels it, resumes it after its time limit and unshares it; a classmate reads it while it is
 * shared, or while the teacher shows it to the class; the learners of a class read the runs their
 * teacher prepared for it; anyone else gets the answer a missing run gets.
 */
@Component
class RunAccess {

    private final RunRepository runs;
    private final ClassroomService classroom;
    private final ClassBroadcasts broadcasts;

    RunAccess(RunRepository runs, ClassroomService classroom, ClassBroadcasts broadcasts) {
        this.runs = runs;
        this.classroom = classroom;
        this.broadcasts = broadcasts;
    }

    /** Its owner, their teacher, and (read-only) classmates while it is shared or shown. */
    boolean mayRead(Caller me, Run run) {
        return classroom.mayRead(me, run.getOwnerId())
                || sharedWith(me, run)
                || (run.getPreparedFor() != null && run.getPreparedFor().equals(me.classId()))
                || broadcasts.isShown(me.classId(), run.getId());
    }

    /**
     * A classmate (a learner or guest of the run's class) reads a run its owner shared, while the
     * teacher has sharing on for the class; read only: every change below needs the owner.
     */
    boolean sharedWith(Caller me, Run run) {
        return run.isShared()
                && !me.teaches()
                && run.getClassId() != null
                && run.getClassId().equals(me.classId())
                && classroom.sharingOn(run.getClassId());
    }

    /** The run if the caller may read it, else exactly what a missing run throws. */
    Run readable(Caller me, long runId) {
        return runs.findById(runId).filter(r -> mayRead(me, r)).orElseThrow(() -> notFound(runId));
    }

    /** The caller's own run; another learner's is missing, a taught learner's read-only. */
    Run owned(Caller me, long runId) {
        Run run = readable(me, runId);
        if (run.getOwnerId() != me.id()) {
            throw new IllegalStateException("Only the learner who made this run can change it.");
        }
        return run;
    }

    boolean mayCancel(Caller me, Run run) {
        return run.getOwnerId() == me.id() || (me.teaches() && mayRead(me, run));
    }

    /** Its owner, or a teacher of the owner's class, takes a run out of the class gallery. */
    boolean mayUnshare(Caller me, Run run) {
        return run.getOwnerId() == me.id() || (me.teaches() && mayRead(me, run));
    }

    boolean mayResume(Caller me, Run run) {
        if (run.getStatus() == RunStatus.TIME_LIMIT) {
            return me.teaches() && mayRead(me, run);
        }
        return run.getOwnerId() == me.id();
    }

    static IllegalArgumentException notFound(long runId) {
        return new IllegalArgumentException("There is no run " + runId);
    }
}
