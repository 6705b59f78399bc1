package org.ganplayground.lessons;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.ClassroomService;
import org.ganplayground.classroom.CurrentUser;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunService;
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
            CurrentUser currentUser,
            ClassroomService classroom) {
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
        Map<String, String> texts = new HashMap<>();
        try {
            for (Resource r :
                    new PathMatchingResourcePatternResolver().getResources(BUNDLED + "*.md")) {
                String name = r.getFilename();
                if (name != null && LessonLibrary.isLessonFile(name)) {
                    texts.put(name, r.getContentAsString(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info(
                "No lessons folder at {}: using the {} lessons built into the app",
                folder.toAbsolutePath(),
                texts.size());
        return texts.isEmpty()
                ? LessonLibrary.load(folder) // says that the folder is missing
                : LessonLibrary.parse(texts);
    }

    public List<Lesson> lessons() {
        return library.lessons();
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

    /**
     * Checks and stores an answer, replacing an earlier one to the same question.
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
        Checked checked = q.check(given);
        open(slug);
        LessonAnswer row =
                answers.findByLearnerIdAndLessonSlugAndQuestionId(learnerId, slug, questionId)
                        .orElseGet(() -> new LessonAnswer(learnerId, slug, questionId));
        row.record(given, checked.correct());
        answers.save(row);
        activity.changed(me.classId());
        return checked;
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
        Map<String, Set<String>> answered = new HashMap<>();
        for (LessonAnswer a : answers.findByLearnerId(learnerId)) {
            answered.computeIfAbsent(a.getLessonSlug(), s -> new HashSet<>())
                    .add(a.getQuestionId());
        }
        Map<String, Progress> out = new HashMap<>();
        for (Lesson lesson : library.lessons()) {
            out.put(
                    lesson.slug(),
                    lesson.progress(
                            started.contains(lesson.slug()),
                            answered.getOrDefault(lesson.slug(), Set.of())));
        }
        return out;
    }

    public Progress progress(String slug) {
        return progress().getOrDefault(slug, Progress.NOT_STARTED);
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
