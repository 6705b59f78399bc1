package org.ganplayground.lessons;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.ClassroomService;
import org.ganplayground.classroom.CurrentUser;
import org.ganplayground.settings.Presets;
import org.ganplayground.sweeps.Sweep;
import org.ganplayground.sweeps.SweepService;
import org.ganplayground.training.QuotaExceededException;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunService;
import org.ganplayground.training.RunStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The course and each learner's way through it. Lessons are read once at start: a broken lesson
 * stops the app when {@code gan.lessons.strict} is on (tests), otherwise it is skipped and listed
 * on the Lessons page so a teacher sees it.
 */
@Service
public class LessonService {

    private static final Logger log = LoggerFactory.getLogger(LessonService.class);

    /** Why a learner cannot open or answer a lesson their teacher locked. */
    public static final String LOCKED =
            "Locked by your teacher: you can read this lesson, and try it and answer once your"
                    + " teacher unlocks it.";

    /** Where the build puts a copy of lessons/ (see pom.xml). */
    static final String BUNDLED = "classpath*:lessons/";

    private final LessonLibrary library;
    private final LessonStartRepository starts;
    private final LessonAnswerRepository answers;
    private final LessonLockRepository locks;
    private final ClassActivity activity;
    private final RunService runs;
    private final SweepService sweeps;
    private final CurrentUser currentUser;
    private final ClassroomService classroom;

    LessonService(
            @Value("${gan.lessons.dir:lessons}") Path folder,
            @Value("${gan.lessons.strict:false}") boolean strict,
            LessonStartRepository starts,
            LessonAnswerRepository answers,
            LessonLockRepository locks,
            ClassActivity activity,
            RunService runs,
            SweepService sweeps,
            CurrentUser currentUser,
            ClassroomService classroom) {
        this.sweeps = sweeps;
        this.currentUser = currentUser;
        this.classroom = classroom;
        this.locks = locks;
        this.activity = activity;
        this.library = load(folder);
        this.starts = starts;
        this.answers = answers;
        this.runs = runs;
        if (!library.problems().isEmpty()) {
            if (strict) {
                throw new IllegalStateException(
                        "Broken lessons:\n" + String.join("\n", library.problems()));
            }
            library.problems().forEach(p -> log.warn("Lesson skipped: {}", p));
        }
    }

    /**
     * The lessons folder when there is one (a teacher edits those files and restarts), otherwise
     * the copy of the course built into the app.
     */
    private static LessonLibrary load(Path folder) {
        if (Files.isDirectory(folder)) {
            log.info("Lessons from {}", folder.toAbsolutePath());
            return LessonLibrary.load(folder);
        }
        Map<String, String> texts = bundled(BUNDLED);
        log.info(
                "No lessons folder at {}: using the {} lessons built into the app",
                folder.toAbsolutePath(),
                texts.size());
        return texts.isEmpty()
                ? LessonLibrary.load(folder) // says that the folder is missing
                : LessonLibrary.parse(texts, bundled(BUNDLED + TeacherPackParser.FOLDER + "/"));
    }

    private static Map<String, String> bundled(String location) {
        Map<String, String> texts = new HashMap<>();
        try {
            for (Resource r :
                    new PathMatchingResourcePatternResolver().getResources(location + "*.md")) {
                String name = r.getFilename();
                if (name != null && LessonLibrary.isLessonFile(name)) {
                    texts.put(name, r.getContentAsString(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    public List<Lesson> lessons() {
        return library.lessons();
    }

    /** The teacher packs by slug, for anyone: {@link TeacherPacks} decides who sees them. */
    Map<String, TeacherPack> packsForAnyone() {
        return library.packs();
    }

    /** Lesson files that could not be used, with file and line. */
    public List<String> problems() {
        return library.problems();
    }

    /** The lesson with this slug; empty for anything else a link may hold. */
    public Optional<Lesson> find(String slug) {
        if (slug == null || slug.length() > Run.LESSON_SLUG_MAX_LENGTH) {
            return Optional.empty();
        }
        return library.lessons().stream().filter(l -> l.slug().equals(slug)).findFirst();
    }

    /** The playground settings a lesson hides; none for an unknown slug. */
    public List<String> hiddenControls(String slug) {
        return slug == null ? List.of() : find(slug).map(Lesson::hidden).orElse(List.of());
    }

    /**
     * Marks the lesson started for the signed-in learner (once).
     *
     * @throws IllegalStateException with {@link #LOCKED} when the learner's teacher locked it
     */
    @Transactional
    public void open(String slug) {
        Caller me = currentUser.get();
        Lesson lesson = require(slug);
        refuseIfLocked(me, lesson.slug());
        if (!starts.existsByLearnerIdAndLessonSlug(me.id(), lesson.slug())) {
            starts.save(new LessonStart(me.id(), lesson.slug()));
            activity.changed(me.classId());
        }
    }

    /**
     * The lessons the signed-in learner's teacher has locked for their class; none for teachers and
     * for learners outside a class.
     */
    @Transactional(readOnly = true)
    public Set<String> locked() {
        Caller me = currentUser.get();
        if (me.teaches() || me.classId() == null) {
            return Set.of();
        }
        return locks.findByClassId(me.classId()).stream()
                .map(LessonLock::getLessonSlug)
                .collect(Collectors.toSet());
    }

    private void refuseIfLocked(Caller me, String slug) {
        if (!me.teaches()
                && me.classId() != null
                && locks.existsByClassIdAndLessonSlug(me.classId(), slug)) {
            throw new IllegalStateException(LOCKED);
        }
    }

    static final String PREDICTION_CLOSED =
            "Predictions close once you have run the experiment: compare yours with what the run"
                    + " showed.";

    static final String ALREADY_RIGHT = "You got this one right already.";

    static final String NO_TRIES_LEFT =
            "You have used your " + Question.TRIES + " tries: read the explanation above.";

    /**
     * Whether a question still takes an answer from this learner: a prediction until the lesson has
     * a run of theirs, a graded question until it is right or its tries are used.
     */
    public static boolean open(Question q, Answered earlier, boolean ran) {
        if (q.when() == Question.When.BEFORE) {
            return !ran;
        }
        if (!q.graded() || earlier == null) {
            return true;
        }
        return !Boolean.TRUE.equals(earlier.correct()) && earlier.tries() < Question.TRIES;
    }

    /**
     * Checks and stores an answer, replacing an earlier one to the same question. A prediction is
     * refused once the learner has run the lesson's experiment (it would not be a prediction); a
     * graded question takes {@link Question#TRIES} tries.
     *
     * @throws IllegalArgumentException when the answer cannot be read (nothing is stored)
     * @throws IllegalStateException with {@link #LOCKED} when the learner's teacher locked it
     */
    @Transactional
    public Checked answer(String slug, String questionId, String text) {
        Caller me = currentUser.get();
        long learnerId = me.id();
        classroom.refuseIfEnded(learnerId, IllegalArgumentException::new);
        Lesson lesson = require(slug);
        refuseIfLocked(me, lesson.slug());
        Question q =
                lesson.questions().stream()
                        .filter(x -> x.id().equals(questionId))
                        .findFirst()
                        .orElseThrow(
                                () -> new IllegalArgumentException("No question " + questionId));
        String given = text == null ? "" : text.strip();
        if (given.length() > LessonAnswer.MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "Keep it under " + LessonAnswer.MAX_LENGTH + " characters.");
        }
        LessonAnswer row =
                answers.findByLearnerIdAndLessonSlugAndQuestionId(learnerId, slug, questionId)
                        .orElseGet(() -> new LessonAnswer(learnerId, slug, questionId));
        Answered earlier = row.getAnswer() == null ? null : row.answered();
        if (!open(q, earlier, predictionsClosed(lesson))) {
            throw new IllegalStateException(
                    q.when() == Question.When.BEFORE
                            ? PREDICTION_CLOSED
                            : Boolean.TRUE.equals(earlier.correct())
                                    ? ALREADY_RIGHT
                                    : NO_TRIES_LEFT);
        }
        Double own =
                q.kind() == Question.Kind.NUMBER && q.metric() != null
                        ? lastRunMetrics(slug).map(m -> m.get(q.metric())).orElse(null)
                        : null;
        Checked checked = q.check(given, row.getTries() + 1, own);
        if (q.kind() == Question.Kind.TEXT && q.when() == Question.When.AFTER && alone(me)) {
            checked = q.savedAlone();
        }
        open(slug);
        row.record(given, checked.correct());
        answers.save(row);
        activity.changed(me.classId());
        return checked;
    }

    /** The signed-in learner's answers in a lesson with their tries, by question id. */
    @Transactional(readOnly = true)
    public Map<String, Answered> answered(String slug) {
        return answers.findByLearnerIdAndLessonSlug(currentUser.get().id(), slug).stream()
                .collect(Collectors.toMap(LessonAnswer::getQuestionId, LessonAnswer::answered));
    }

    /** The signed-in learner's latest answers in a lesson, by question id. */
    @Transactional(readOnly = true)
    public Map<String, String> answers(String slug) {
        return answers.findByLearnerIdAndLessonSlug(currentUser.get().id(), slug).stream()
                .collect(Collectors.toMap(LessonAnswer::getQuestionId, LessonAnswer::getAnswer));
    }

    /** The signed-in learner's progress in every lesson of the course. */
    @Transactional(readOnly = true)
    public Map<String, Progress> progress() {
        return progressOf(currentUser.get().id());
    }

    /** A learner's progress in every lesson; callers check who may read it (LessonRecords). */
    Map<String, Progress> progressOf(long learnerId) {
        Set<String> started =
                starts.findByLearnerId(learnerId).stream()
                        .map(LessonStart::getLessonSlug)
                        .collect(Collectors.toSet());
        Map<String, Map<String, Answered>> answered = new HashMap<>();
        for (LessonAnswer a : answers.findByLearnerId(learnerId)) {
            answered.computeIfAbsent(a.getLessonSlug(), s -> new HashMap<>())
                    .put(a.getQuestionId(), a.answered());
        }
        Set<String> ran = runs.lessonsRun(List.of(learnerId)).getOrDefault(learnerId, Set.of());
        Set<String> done = preparedDone(classroom.classOf(learnerId).orElse(null));
        Map<String, Progress> out = new HashMap<>();
        for (Lesson lesson : library.lessons()) {
            out.put(
                    lesson.slug(),
                    lesson.progress(
                            started.contains(lesson.slug()),
                            answered.getOrDefault(lesson.slug(), Map.of()),
                            ran.contains(lesson.slug())
                                    || studied(
                                            lesson,
                                            answered.getOrDefault(lesson.slug(), Map.of()),
                                            done)));
        }
        return out;
    }

    public Progress progress(String slug) {
        return progress().getOrDefault(slug, Progress.NOT_STARTED);
    }

    /**
     * Clears the signed-in learner's answers to a lesson's graded questions that went wrong, for
     * new tries, when too few were right to pass ({@link Lesson#needsRetake}); else refused.
     */
    @Transactional
    public void retake(String slug) {
        Caller me = currentUser.get();
        classroom.refuseIfEnded(me.id(), IllegalArgumentException::new);
        Lesson lesson = require(slug);
        refuseIfLocked(me, lesson.slug());
        Map<String, Answered> mine = answered(slug);
        if (!lesson.needsRetake(mine)) {
            throw new IllegalStateException("There is nothing to try again in this lesson.");
        }
        List<String> wrong =
                lesson.after().stream()
                        .filter(Question::graded)
                        .map(Question::id)
                        .filter(id -> !Boolean.TRUE.equals(mine.get(id).correct()))
                        .toList();
        answers.deleteAnswers(me.id(), slug, wrong);
        activity.changed(me.classId());
    }

    /** A learner outside a class: nobody reads their reflections, so they see model answers. */
    static boolean alone(Caller me) {
        return !me.teaches() && me.classId() == null;
    }

    /** Whether the signed-in learner works alone (no class, not a teacher). */
    public boolean alone() {
        return alone(currentUser.get());
    }

    /** Whether the signed-in learner may try the lesson's graded questions again. */
    @Transactional(readOnly = true)
    public boolean mayRetake(String slug) {
        return require(slug).needsRetake(answered(slug));
    }

    /** What the signed-in learner still has to do to finish a lesson; empty once it is done. */
    @Transactional(readOnly = true)
    public List<String> toFinish(String slug) {
        Lesson lesson = require(slug);
        long me = currentUser.get().id();
        boolean ran = runs.lessonsRun(List.of(me)).getOrDefault(me, Set.of()).contains(slug);
        Map<String, Answered> mine = answered(slug);
        return lesson.missing(mine, ran || preparedFinished(lesson, mine));
    }

    /**
     * The final metrics of the signed-in learner's latest finished run of this lesson's own
     * experiment (not of its other presets or sweep), to set beside their predictions and to check
     * "your run" numbers on; empty before one has finished.
     */
    @Transactional(readOnly = true)
    public Optional<Map<String, Double>> lastRunMetrics(String slug) {
        Lesson lesson = require(slug);
        Optional<Run> own = experimentRun(lesson, runs(slug));
        Optional<Run> run = own.isPresent() ? own : experimentRun(lesson, prepared(slug).runs());
        return run.map(r -> runs.finalMetrics(List.of(r.getId())).get(r.getId()));
    }

    /**
     * Whether the signed-in learner has a finished run of the lesson's experiment of their own
     * (else {@link #lastRunMetrics} comes from the run their teacher prepared, if any).
     */
    @Transactional(readOnly = true)
    public boolean ownRunFinished(String slug) {
        Lesson lesson = require(slug);
        return experimentRun(lesson, runs(slug)).isPresent();
    }

    /** The newest finished run of the lesson's own experiment among these. */
    private Optional<Run> experimentRun(Lesson lesson, List<Run> among) {
        return among.stream()
                .filter(r -> r.getStatus() == RunStatus.COMPLETED)
                // lesson 5's ring-fast-inspector run is not the learner's ring-collapse run
                .filter(r -> !lesson.isAnotherExperiment(runs.config(r)))
                .findFirst();
    }

    /** What a lesson page shows of the runs a teacher prepared for the learner's class. */
    public enum Shown {
        /** None prepared (or the learner is not in a class). */
        NONE,
        /** Prepared, shown once the learner has made every prediction. */
        AFTER_PREDICTIONS,
        SHOWN
    }

    /** The runs and sweeps prepared for a lesson, as the caller may see them now. */
    public record Prepared(Shown shown, List<Run> runs, List<Sweep> sweeps) {
        static final Prepared NONE = new Prepared(Shown.NONE, List.of(), List.of());
    }

    /**
     * The runs and sweep the teacher prepared for the signed-in learner's class in this lesson:
     * listed only once the learner has made every prediction (or launched a run of their own),
     * since a prediction made after seeing the result is not one.
     */
    @Transactional(readOnly = true)
    public Prepared prepared(String slug) {
        Caller me = currentUser.get();
        Lesson lesson = require(slug);
        if (me.classId() == null || me.teaches()) {
            return Prepared.NONE;
        }
        List<Run> made = runs.preparedRuns(me.classId(), lesson.slug());
        List<Sweep> swept = sweeps.prepared(me.classId(), lesson.slug());
        if (made.isEmpty() && swept.isEmpty()) {
            return Prepared.NONE;
        }
        if (!predicted(lesson, answered(slug)) && runs(slug).isEmpty()) {
            return new Prepared(Shown.AFTER_PREDICTIONS, List.of(), List.of());
        }
        return new Prepared(Shown.SHOWN, made, swept);
    }

    /** The runs and sweeps prepared for one of the caller's classes in this lesson (teachers). */
    @Transactional(readOnly = true)
    public Prepared preparedFor(String slug, long classId) {
        Lesson lesson = require(slug);
        if (!classroom.teachesClass(currentUser.get(), classId)) {
            return Prepared.NONE;
        }
        List<Run> made = runs.preparedRuns(classId, lesson.slug());
        List<Sweep> swept = sweeps.prepared(classId, lesson.slug());
        return made.isEmpty() && swept.isEmpty()
                ? Prepared.NONE
                : new Prepared(Shown.SHOWN, made, swept);
    }

    static final String ALREADY_PREPARED =
            "This lesson is already prepared for that class: its runs are listed below. Cancel"
                    + " them first to prepare it again.";

    /**
     * A teacher prepares a lesson for one of their classes: its experiment, its other presets and
     * its sweep are launched once, as the teacher's runs, readable by the class's learners (so a
     * class of 30 on one server need not wait for 30 creature runs: Lesson.InClass). Refused for a
     * class that is not the caller's or has ended, and while an earlier preparation still stands
     * (runs queued, training or finished).
     *
     * @return what was launched; runs over the teacher's active-run limit are refused with the
     *     limit's sentence, the sweep's runs follow as slots free
     */
    public Prepared prepare(String slug, long classId) {
        Caller me = currentUser.get();
        Lesson lesson = require(slug);
        if (!classroom.teachesClass(me, classId) || classroom.classOver(classId)) {
            throw new IllegalStateException(
                    "Only the teacher of a class that has not ended prepares its lessons.");
        }
        Prepared before = preparedFor(slug, classId);
        boolean standing =
                before.runs().stream()
                        .anyMatch(
                                r ->
                                        r.getStatus() != RunStatus.CANCELLED
                                                && r.getStatus() != RunStatus.FAILED);
        if (standing) {
            throw new IllegalStateException(ALREADY_PREPARED);
        }
        String name = truncate("Prepared: " + lesson.title(), Run.NAME_MAX_LENGTH);
        List<Run> made = new java.util.ArrayList<>();
        made.add(runs.launchFor(me, lesson.config(), name, lesson.slug(), classId));
        for (String presetId : lesson.alsoTry()) {
            try {
                made.add(
                        runs.launchFor(
                                me,
                                Presets.byId(presetId).orElseThrow().config(),
                                truncate("Prepared: " + presetId, Run.NAME_MAX_LENGTH),
                                lesson.slug(),
                                classId));
            } catch (QuotaExceededException full) {
                log.info("Prepared {} without {}: {}", slug, presetId, full.getMessage());
            }
        }
        List<Sweep> swept = new java.util.ArrayList<>();
        if (lesson.sweep() != null) {
            swept.add(
                    sweeps.start(
                            lesson.sweep().baseConfig(),
                            lesson.sweep().request(),
                            lesson.slug(),
                            classId));
        }
        return new Prepared(Shown.SHOWN, made, swept);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** Whether the learner has answered every prediction of the lesson. */
    private static boolean predicted(Lesson lesson, Map<String, Answered> answers) {
        return lesson.before().stream().allMatch(q -> answers.containsKey(q.id()));
    }

    /**
     * Whether predictions are closed for the signed-in learner: once they have a run of the lesson,
     * or once the class's prepared runs are shown to them (every prediction made).
     */
    @Transactional(readOnly = true)
    public boolean predictionsClosed(String slug) {
        return predictionsClosed(require(slug));
    }

    private boolean predictionsClosed(Lesson lesson) {
        if (!runs(lesson.slug()).isEmpty()) {
            return true;
        }
        return prepared(lesson.slug()).shown() == Shown.SHOWN;
    }

    /** Whether the learner studied a finished prepared run of the lesson's experiment. */
    private boolean preparedFinished(Lesson lesson, Map<String, Answered> answers) {
        Prepared p = prepared(lesson.slug());
        return p.shown() == Shown.SHOWN
                && predicted(lesson, answers)
                && experimentRun(lesson, p.runs()).isPresent();
    }

    /**
     * The lessons whose experiment has a finished run prepared for this class (none for no class),
     * as the caller may read them: a learner of the class or its teacher.
     */
    Set<String> preparedDone(Long classId) {
        if (classId == null) {
            return Set.of();
        }
        Set<String> out = new java.util.HashSet<>();
        for (Lesson lesson : library.lessons()) {
            if (experimentRun(lesson, runs.preparedRuns(classId, lesson.slug())).isPresent()) {
                out.add(lesson.slug());
            }
        }
        return out;
    }

    /**
     * Whether a prepared run counts as the learner's run of the lesson: it finished, and they made
     * every prediction before it was shown to them.
     */
    static boolean studied(Lesson lesson, Map<String, Answered> answers, Set<String> done) {
        return done.contains(lesson.slug()) && predicted(lesson, answers);
    }

    /** The signed-in learner's runs launched from this lesson, newest first. */
    public List<Run> runs(String slug) {
        return runs.runsOf().stream().filter(r -> slug.equals(r.getLessonSlug())).toList();
    }

    private Lesson require(String slug) {
        return find(slug)
                .orElseThrow(() -> new IllegalArgumentException("No lesson '" + slug + "'"));
    }
}
