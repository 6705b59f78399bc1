package org.ganplayground.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ganplayground.classroom.Caller;
import org.ganplayground.domains.Domains;
import org.ganplayground.engine.CrossCheck;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.engine.GanRun;
import org.ganplayground.settings.Settings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The detector lab: does a deepfake detector trained against one forger catch another? The
 * inspector of one finished run is tested on its own forger and on another run's, each from its
 * stored checkpoint. Both runs must be readable by the caller (someone else's run is answered like
 * a missing one), stored with a checkpoint, done training, and of the same domain; otherwise the
 * answer is a {@link Refused} sentence for the picker it concerns, never an exception. The caller
 * is passed in because the page runs the test off its request thread, where no one is signed in.
 */
@Service
public class DetectorLab {

    /** The two pickers of the lab: whose inspector, and whose forger. */
    public enum Picker {
        INSPECTOR,
        FORGER
    }

    /** One run as the lab used it: at the iteration of its checkpoint. */
    public record Side(long runId, String name, int iteration) {}

    /** What a test gives: the numbers and a sentence, or why it could not be done. */
    public sealed interface Outcome permits Tested, Refused {}

    /** The inspector of {@code inspector} tested on its own forger and on {@code forger}'s. */
    public record Tested(Side inspector, Side forger, CrossCheck check, String sentence)
            implements Outcome {}

    /** Why the test was not done, for the picker the problem concerns. */
    public record Refused(Picker picker, String problem) implements Outcome {}

    /**
     * A run the caller may test: their own ({@code owner} null), a classmate's shared one, or a
     * taught learner's, at the iteration of its checkpoint.
     */
    public record Candidate(Run run, String owner, int iteration) {}

    private final RunRepository runs;
    private final RunCheckpointRepository checkpoints;
    private final RunAccess access;
    private final RunSharing sharing;
    private final RunService runService;
    private final TransactionTemplate tx;

    DetectorLab(
            RunRepository runs,
            RunCheckpointRepository checkpoints,
            RunAccess access,
            RunSharing sharing,
            RunService runService,
            TransactionTemplate tx) {
        this.runs = runs;
        this.checkpoints = checkpoints;
        this.access = access;
        this.sharing = sharing;
        this.runService = runService;
        this.tx = tx;
    }

    /**
     * Tests the inspector of one run on its own forger and on another run's. Reading the two
     * checkpoints is one short transaction; the networks are rebuilt and judged after it (a second
     * or two for creatures), on the calling thread.
     */
    public Outcome test(Caller me, long inspectorRunId, long forgerRunId) {
        Prepared read = tx.execute(s -> prepare(me, inspectorRunId, forgerRunId));
        if (read.refused() != null) {
            return read.refused();
        }
        Loaded a = read.inspector();
        Loaded b = read.forger();
        GanRun inspector = GanRun.resume(a.config(), a.state());
        GanRun forger = GanRun.resume(b.config(), b.state());
        if (!inspector.sameSamples(forger)) {
            return kinds(a.run(), b.run());
        }
        CrossCheck check = inspector.crossCheck(forger);
        Side own = new Side(a.run().getId(), a.run().getName(), a.iteration());
        Side other = new Side(b.run().getId(), b.run().getName(), b.iteration());
        return new Tested(own, other, check, sentence(own, other, check));
    }

    private Prepared prepare(Caller me, long inspectorRunId, long forgerRunId) {
        Run inspector = readable(me, inspectorRunId);
        Run forger = readable(me, forgerRunId);
        Optional<Refused> no =
                refusal(inspector, inspectorRunId, Picker.INSPECTOR)
                        .or(() -> refusal(forger, forgerRunId, Picker.FORGER));
        if (no.isEmpty() && inspectorRunId == forgerRunId) {
            no =
                    Optional.of(
                            new Refused(
                                    Picker.FORGER,
                                    "Pick another run here: against its own forger on both"
                                            + " sides, the inspector scores the same twice."));
        }
        if (no.isEmpty() && !inspector.getDomain().equals(forger.getDomain())) {
            no = Optional.of(kinds(inspector, forger));
        }
        return no.map(r -> new Prepared(r, null, null))
                .orElseGet(() -> new Prepared(null, load(inspector), load(forger)));
    }

    /** Either why not, or both runs' checkpoints. */
    private record Prepared(Refused refused, Loaded inspector, Loaded forger) {}

    /**
     * Why this run cannot be picked, if it cannot: the same sentence {@link #test} would give, so a
     * run preselected by a link can be refused before anyone presses the button.
     */
    @Transactional(readOnly = true)
    public Optional<String> problemWith(Caller me, long runId, Picker picker) {
        return refusal(readable(me, runId), runId, picker).map(Refused::problem);
    }

    /** Whether a run's inspector (and forger) can be tested: done training, with a checkpoint. */
    @Transactional(readOnly = true)
    public boolean testable(Run run) {
        return !run.getStatus().isActive() && checkpoints.existsById(run.getId());
    }

    /**
     * The runs the caller may test, each once: their own (newest first), their class gallery's
     * shared runs, and for a teacher their learners' runs; only runs done training with a
     * checkpoint.
     */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(Caller me) {
        Map<Long, RunService.OwnedRun> readable = new LinkedHashMap<>();
        for (Run r : runs.findByOwnerIdOrderByCreatedAtDesc(me.id())) {
            readable.put(r.getId(), new RunService.OwnedRun(r, null));
        }
        List<RunService.OwnedRun> others = new ArrayList<>();
        if (!me.teaches() && me.classId() != null) {
            others.addAll(sharing.sharedIn(me, me.classId()));
        }
        others.addAll(runService.runsOfLearnersOf(me));
        others.forEach(o -> readable.putIfAbsent(o.run().getId(), o));
        List<Long> done =
                readable.values().stream()
                        .map(RunService.OwnedRun::run)
                        .filter(r -> !r.getStatus().isActive())
                        .map(Run::getId)
                        .toList();
        Map<Long, Integer> saved =
                checkpoints.iterationsOf(done).stream()
                        .collect(
                                Collectors.toMap(
                                        RunCheckpointRepository.Saved::getRunId,
                                        RunCheckpointRepository.Saved::getIteration));
        return done.stream()
                .filter(saved::containsKey)
                .map(id -> readable.get(id))
                .map(o -> new Candidate(o.run(), o.owner(), saved.get(o.run().getId())))
                .toList();
    }

    /** The run's checkpoint, read in the caller's transaction. */
    private Loaded load(Run run) {
        RunCheckpoint cp = checkpoints.findById(run.getId()).orElseThrow();
        return new Loaded(
                run, Settings.stored(run.getConfigJson()), cp.getIteration(), cp.getState());
    }

    private record Loaded(Run run, GanConfig config, int iteration, byte[] state) {}

    /** The run if the caller may read it, else null (someone else's run as a missing one). */
    private Run readable(Caller me, long runId) {
        return runs.findById(runId).filter(r -> access.mayRead(me, r)).orElse(null);
    }

    /** Why this run (null: not readable) cannot be used on this side, if it cannot. */
    private Optional<Refused> refusal(Run run, long runId, Picker picker) {
        if (run == null) {
            // the same words for someone else's run as for a missing one
            return Optional.of(
                    new Refused(picker, "There is no run " + runId + " that you can open."));
        }
        String name = quoted(run.getName());
        if (run.getStatus() == RunStatus.QUEUED) {
            return Optional.of(
                    new Refused(
                            picker,
                            "Run "
                                    + name
                                    + " is still waiting to train: test it when it has"
                                    + " finished."));
        }
        if (run.getStatus().isActive()) {
            return Optional.of(
                    new Refused(
                            picker,
                            "Run " + name + " is still training: test it when it has finished."));
        }
        if (!checkpoints.existsById(runId)) {
            return Optional.of(
                    new Refused(
                            picker,
                            "Run "
                                    + name
                                    + " stopped before it saved its networks, so it has no "
                                    + (picker == Picker.INSPECTOR ? "inspector" : "forger")
                                    + " to test."));
        }
        return Optional.empty();
    }

    private static Refused kinds(Run inspector, Run forger) {
        return new Refused(
                Picker.FORGER,
                quoted(inspector.getName())
                        + " draws "
                        + kind(inspector.getDomain())
                        + " and "
                        + quoted(forger.getName())
                        + " draws "
                        + kind(forger.getDomain())
                        + ": an inspector can only judge forgeries of its own kind.");
    }

    private static String kind(String domain) {
        return Domains.byId(domain).noun();
    }

    static String sentence(Side own, Side other, CrossCheck c) {
        return "The inspector of "
                + quoted(own.name())
                + " (iteration "
                + String.format(Locale.ROOT, "%,d", own.iteration())
                + ") was right "
                + percent(c.ownAccuracy())
                + " of the time against its own forger and "
                + percent(c.otherAccuracy())
                + " against the forger of "
                + quoted(other.name())
                + " (iteration "
                + String.format(Locale.ROOT, "%,d", other.iteration())
                + "): it caught "
                + percent(c.ownCaught())
                + " of its own forger's forgeries and "
                + percent(c.otherCaught())
                + " of the other's, and passed "
                + percent(c.realPassed())
                + " of real samples.";
    }

    /** A share as a whole percentage, "58 %". */
    public static String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    private static String quoted(String name) {
        return "\u201c" + name + "\u201d";
    }
}
