package org.ganplayground.training;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.ClassroomService;
import org.ganplayground.classroom.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The class gallery: a learner shares a run with their class, classmates read it (never change it)
 * while the teacher has sharing on for the class, and the owner or the teacher takes it out again.
 * A run may be shared while it is queued or training: classmates then watch it live. Turning
 * sharing off hides every shared run without unsharing it; turned on again, they are back.
 */
@Service
public class RunSharing {

    /** Why a gallery shows what it shows. */
    public enum Availability {
        /** The caller is not a learner of a class. */
        NO_CLASS,
        /** The teacher has not turned sharing on (learners see nothing). */
        SHARING_OFF,
        OPEN
    }

    /** A class's shared runs with their owners' usernames, most recently shared first. */
    public record Gallery(Availability availability, List<RunService.OwnedRun> runs) {}

    private final RunRepository runs;
    private final RunAccess access;
    private final ClassroomService classroom;
    private final CurrentUser user;

    RunSharing(RunRepository runs, RunAccess access, ClassroomService classroom, CurrentUser user) {
        this.runs = runs;
        this.access = access;
        this.classroom = classroom;
        this.user = user;
    }

    /**
     * Shares the caller's own run with their class, or takes a run out of the gallery (its owner,
     * or a teacher of the owner's class). A run the caller may not read is answered like a missing
     * one; sharing an already shared run keeps its place in the gallery.
     */
    @Transactional
    public void share(long runId, boolean on) {
        Caller me = user.get();
        if (!on) {
            Run run = access.readable(me, runId);
            if (!access.mayUnshare(me, run)) {
                throw new IllegalStateException(
                        "Only the learner who made this run, or their teacher, can stop sharing"
                                + " it.");
            }
            runs.unshare(runId);
            return;
        }
        Run run = access.owned(me, runId);
        classroom.refuseIfEnded(me.id(), IllegalStateException::new);
        if (run.getClassId() == null || !run.getClassId().equals(me.classId())) {
            throw new IllegalStateException(
                    me.classId() == null
                            ? "Runs are shared with a class, and you are not in one."
                            : "This run was made outside your class, so it cannot be shared with"
                                    + " it.");
        }
        if (!classroom.sharingOn(run.getClassId())) {
            throw new IllegalStateException(
                    "Your teacher has not turned on sharing for your class.");
        }
        runs.share(runId, Instant.now());
    }

    /** Whether the caller may share this run now: their own, made in their class, sharing on. */
    @Transactional(readOnly = true)
    public boolean mayShare(Run run) {
        Caller me = user.get();
        return !run.isShared()
                && run.getOwnerId() == me.id()
                && run.getClassId() != null
                && run.getClassId().equals(me.classId())
                && classroom.sharingOn(run.getClassId());
    }

    /** Whether the caller may take this run out of the gallery now. */
    @Transactional(readOnly = true)
    public boolean mayUnshare(Run run) {
        return run.isShared() && access.mayUnshare(user.get(), run);
    }

    /** Whether the run's classmates can see it now (shared, and sharing on for its class). */
    @Transactional(readOnly = true)
    public boolean seenByClass(Run run) {
        return run.isShared() && classroom.sharingOn(run.getClassId());
    }

    /** The gallery of the caller's class, as a learner or guest of it sees it. */
    @Transactional(readOnly = true)
    public Gallery myGallery() {
        Caller me = user.get();
        if (me.teaches() || me.classId() == null) {
            return new Gallery(Availability.NO_CLASS, List.of());
        }
        if (!classroom.sharingOn(me.classId())) {
            return new Gallery(Availability.SHARING_OFF, List.of());
        }
        return new Gallery(Availability.OPEN, sharedIn(me, me.classId()));
    }

    /**
     * A class's shared runs for its teacher, also while sharing is off (to tidy up before turning
     * it on); empty for another teacher's class, as for a missing one.
     */
    @Transactional(readOnly = true)
    public Optional<Gallery> galleryOf(long classId) {
        Caller me = user.get();
        if (!classroom.teachesClass(me, classId)) {
            return Optional.empty();
        }
        Availability a =
                classroom.sharingOn(classId) ? Availability.OPEN : Availability.SHARING_OFF;
        return Optional.of(new Gallery(a, sharedIn(me, classId)));
    }

    /** The class's shared runs the caller may read now, most recently shared first. */
    List<RunService.OwnedRun> sharedIn(Caller me, long classId) {
        List<Run> shared =
                runs.findByClassIdAndSharedAtNotNullOrderBySharedAtDesc(classId).stream()
                        .filter(r -> access.mayRead(me, r))
                        .toList();
        Map<Long, String> names =
                classroom.usernames(shared.stream().map(Run::getOwnerId).distinct().toList());
        return shared.stream()
                .map(r -> new RunService.OwnedRun(r, names.getOrDefault(r.getOwnerId(), "?")))
                .toList();
    }
}
