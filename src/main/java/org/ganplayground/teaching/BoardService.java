package org.ganplayground.teaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ganplayground.classroom.AccountService;
import org.ganplayground.classroom.ClassBroadcasts;
import org.ganplayground.classroom.SchoolClass;
import org.ganplayground.domains.Domains;
import org.ganplayground.engine.Snapshot;
import org.ganplayground.lessons.Lesson;
import org.ganplayground.lessons.LessonService;
import org.ganplayground.settings.Preset;
import org.ganplayground.settings.Presets;
import org.ganplayground.training.Exports;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunEvents;
import org.ganplayground.training.RunService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The teacher's side of a class in session. Every method checks that the caller teaches the class
 * (another teacher's class is answered like a missing one), whatever the page showed.
 */
@Service
public class BoardService {

    /** Pixels of a tile's picture: shown at 96 CSS pixels, sharp on high-density screens. */
    static final int PICTURE_PIXELS = 128;

    private final AccountService accounts;
    private final RunService runs;
    private final RunEvents events;
    private final ClassBroadcasts broadcasts;
    private final LessonService lessons;
    private final org.ganplayground.lessons.ClassProgress progress;
    private final long stallMs;

    BoardService(
            AccountService accounts,
            RunService runs,
            RunEvents events,
            ClassBroadcasts broadcasts,
            LessonService lessons,
            org.ganplayground.lessons.ClassProgress progress,
            @Value("${gan.board.queue-stall-seconds:120}") long stallSeconds) {
        this.accounts = accounts;
        this.runs = runs;
        this.events = events;
        this.broadcasts = broadcasts;
        this.lessons = lessons;
        this.progress = progress;
        this.stallMs = stallSeconds * 1000;
    }

    /** A live board, listening from before its first read so that no new run is missed. */
    public record Opened(SchoolClass schoolClass, ClassBoard board, RunEvents.Subscription sub) {}

    /**
     * Opens the board of one of the caller's classes; its {@code tick} must run as the caller.
     *
     * @throws IllegalArgumentException for another teacher's class or a missing one
     */
    public Opened open(long classId) {
        SchoolClass c = mine(classId);
        List<RunService.OwnedRun> all = runs.runsOfClass(classId);
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        accounts.learnersOf(classId).forEach(a -> names.put(a.getId(), a.getUsername()));
        List<RunInfo> infos = new ArrayList<>();
        all.forEach(o -> infos.add(RunInfo.of(o.run())));
        Map<Long, Double> peaks =
                runs.peaks(
                        infos.stream().filter(r -> r.status().isActive()).map(RunInfo::id).toList(),
                        ClassBoard.MODES);
        ClassBoard board = new ClassBoard(classId, names, infos, peaks, source(), stallMs);
        RunEvents.Subscription sub = events.subscribeAll(board::onEvent);
        return new Opened(c, board, sub);
    }

    private ClassBoard.Source source() {
        return new ClassBoard.Source() {
            @Override
            public Optional<RunInfo> find(long runId) {
                return runs.find(runId).map(RunInfo::of);
            }

            @Override
            public Optional<Snapshot> latest(long runId) {
                return runs.latestSnapshot(runId);
            }

            @Override
            public byte[] picture(RunInfo run, Snapshot snapshot) {
                return Exports.thumbnail(
                        Domains.byId(run.domain()).pictureKind(), snapshot, PICTURE_PIXELS);
            }
        };
    }

    /** Puts one of the class's runs on every learner's screen. */
    public void show(long classId, long runId) {
        mine(classId);
        Map<Long, String> learners = new java.util.HashMap<>();
        accounts.learnersOf(classId).forEach(a -> learners.put(a.getId(), a.getUsername()));
        // one run, read as the teacher, and only if its owner is in this class
        Run run =
                runs.find(runId)
                        .filter(r -> learners.containsKey(r.getOwnerId()))
                        .orElseThrow(
                                () -> new IllegalArgumentException("There is no run " + runId));
        broadcasts.publish(
                new ClassBroadcasts.ShowRun(
                        classId,
                        runId,
                        run.getOwnerId(),
                        learners.get(run.getOwnerId()) + "'s run: " + run.getName()));
    }

    public void stopShowing(long classId) {
        mine(classId);
        broadcasts.stopShowing(classId);
    }

    /** The run shown to the class now, if any. */
    public Optional<ClassBroadcasts.ShowRun> shown(long classId) {
        mine(classId);
        return broadcasts.shown(classId);
    }

    /** What the teacher shows or sends to the class from now on (the projector page listens). */
    public ClassBroadcasts.Subscription listen(
            long classId, java.util.function.Consumer<ClassBroadcasts.Broadcast> listener) {
        mine(classId);
        return broadcasts.subscribe(classId, listener);
    }

    /** How many of the class's pages are open now (each learner tab counts). */
    public int screens(long classId) {
        mine(classId);
        return broadcasts.listening(classId);
    }

    /** Opens an experiment on every learner's playground; only ids from {@link #experiments}. */
    public Experiment send(long classId, String experimentId) {
        mine(classId);
        Experiment e =
                experiments().stream()
                        .filter(x -> x.id().equals(experimentId))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("Pick an experiment."));
        String slug = e.id().startsWith("lesson:") ? e.id().split(":")[1] : null;
        if (slug != null && progress.locked(classId).contains(slug)) {
            throw new IllegalArgumentException(
                    "This lesson is locked for the class: unlock it on the progress page first.");
        }
        broadcasts.publish(new ClassBroadcasts.SendExperiment(classId, e.query(), e.label()));
        return e;
    }

    /** Every lesson's Try-it (and its other presets), then every preset. */
    public List<Experiment> experiments() {
        List<Experiment> out = new ArrayList<>();
        for (Lesson l : lessons.lessons()) {
            String p = l.experiment().get("preset");
            out.add(
                    new Experiment(
                            "lesson:" + l.slug(),
                            "Lesson " + l.order() + ", " + l.title() + ": " + presetTitle(p),
                            l.tryItQuery()));
            for (String other : l.alsoTry()) {
                out.add(
                        new Experiment(
                                "lesson:" + l.slug() + ":" + other,
                                "Lesson "
                                        + l.order()
                                        + ", "
                                        + l.title()
                                        + ": "
                                        + presetTitle(other),
                                l.tryItQuery(other)));
            }
        }
        for (Preset p : Presets.all()) {
            out.add(new Experiment("preset:" + p.id(), p.title(), "preset=" + p.id()));
        }
        return out;
    }

    private static String presetTitle(String id) {
        return id == null ? "its experiment" : Presets.byId(id).map(Preset::title).orElse(id);
    }

    private SchoolClass mine(long classId) {
        return accounts.myClass(classId)
                .orElseThrow(
                        () -> new IllegalArgumentException("There is no class " + classId + "."));
    }
}
