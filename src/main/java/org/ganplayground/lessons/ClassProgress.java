package org.ganplayground.lessons;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ganplayground.classroom.Account;
import org.ganplayground.classroom.AccountService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A teacher's view of one class in the course: where each learner is in every lesson, one learner's
 * answers in one lesson, and which lessons are locked for the class. Only the class's teacher;
 * another teacher's class is answered like a missing one.
 */
@Service
public class ClassProgress {

    /** One learner's row of the grid: their progress in each lesson, by slug. */
    public record Row(long learnerId, String username, Map<String, Progress> bySlug) {
        public Progress in(String slug) {
            return bySlug.getOrDefault(slug, Progress.NOT_STARTED);
        }
    }

    /**
     * One question with a learner's answer.
     *
     * @param answer as typed, or null when not answered yet
     * @param correct right or not for graded questions; null for predictions and reflections
     */
    public record AnswerLine(Question question, String answer, Boolean correct) {}

    private final LessonService lessons;
    private final LessonStartRepository starts;
    private final LessonAnswerRepository answers;
    private final LessonLockRepository locks;
    private final AccountService accounts;
    private final ClassActivity activity;
    private final org.ganplayground.training.RunService runs;

    ClassProgress(
            LessonService lessons,
            LessonStartRepository starts,
            LessonAnswerRepository answers,
            LessonLockRepository locks,
            AccountService accounts,
            ClassActivity activity,
            org.ganplayground.training.RunService runs) {
        this.runs = runs;
        this.lessons = lessons;
        this.starts = starts;
        this.answers = answers;
        this.locks = locks;
        this.accounts = accounts;
        this.activity = activity;
    }

    /** Every learner of the class by username, with their progress in every lesson. */
    @Transactional(readOnly = true)
    public List<Row> grid(long classId) {
        List<Account> learners = learners(classId);
        Map<Long, Set<String>> opened = new HashMap<>();
        for (LessonStart s : starts.findByClass(classId)) {
            opened.computeIfAbsent(s.getLearnerId(), k -> new HashSet<>()).add(s.getLessonSlug());
        }
        Map<Long, Map<String, Map<String, Answered>>> answered = new HashMap<>();
        for (LessonAnswer a : answers.findByClass(classId)) {
            answered.computeIfAbsent(a.getLearnerId(), k -> new HashMap<>())
                    .computeIfAbsent(a.getLessonSlug(), k -> new HashMap<>())
                    .put(a.getQuestionId(), a.answered());
        }
        Map<Long, Set<String>> ran =
                runs.lessonsRun(learners.stream().map(Account::getId).toList());
        Set<String> prepared = lessons.preparedDone(classId);
        List<Row> rows = new ArrayList<>();
        for (Account learner : learners) {
            Set<String> theirStarts = opened.getOrDefault(learner.getId(), Set.of());
            Map<String, Map<String, Answered>> theirAnswers =
                    answered.getOrDefault(learner.getId(), Map.of());
            Set<String> theirRuns = ran.getOrDefault(learner.getId(), Set.of());
            Map<String, Progress> bySlug = new LinkedHashMap<>();
            for (Lesson lesson : lessons.lessons()) {
                Map<String, Answered> given = theirAnswers.getOrDefault(lesson.slug(), Map.of());
                bySlug.put(
                        lesson.slug(),
                        lesson.progress(
                                theirStarts.contains(lesson.slug()),
                                given,
                                theirRuns.contains(lesson.slug())
                                        || LessonService.studied(lesson, given, prepared)));
            }
            rows.add(new Row(learner.getId(), learner.getUsername(), bySlug));
        }
        return rows;
    }

    /**
     * Every question of the lesson in order, with the learner's answer where there is one.
     *
     * @throws IllegalArgumentException for a class that is not the caller's, a learner not in it or
     *     an unknown lesson
     */
    @Transactional(readOnly = true)
    public List<AnswerLine> answers(long classId, long learnerId, String slug) {
        boolean inClass = learners(classId).stream().anyMatch(a -> a.getId() == learnerId);
        if (!inClass) {
            throw new IllegalArgumentException("There is no learner " + learnerId + " here.");
        }
        Lesson lesson = lesson(slug);
        Map<String, LessonAnswer> given =
                answers.findByLearnerIdAndLessonSlug(learnerId, lesson.slug()).stream()
                        .collect(
                                Collectors.toMap(LessonAnswer::getQuestionId, Function.identity()));
        return lesson.questions().stream()
                .map(
                        q -> {
                            LessonAnswer a = given.get(q.id());
                            return a == null
                                    ? new AnswerLine(q, null, null)
                                    : new AnswerLine(q, a.getAnswer(), a.getCorrect());
                        })
                .toList();
    }

    /** The lessons locked for the class, by slug. */
    @Transactional(readOnly = true)
    public Set<String> locked(long classId) {
        requireClass(classId);
        return locks.findByClassId(classId).stream()
                .map(LessonLock::getLessonSlug)
                .collect(Collectors.toSet());
    }

    /** Locks or unlocks a lesson for the class's learners; doing it twice changes nothing. */
    @Transactional
    public void setLocked(long classId, String slug, boolean locked) {
        requireClass(classId);
        Lesson lesson = lesson(slug);
        boolean now = locks.existsByClassIdAndLessonSlug(classId, lesson.slug());
        if (locked && !now) {
            locks.save(new LessonLock(classId, lesson.slug()));
        } else if (!locked && now) {
            locks.deleteByClassIdAndLessonSlug(classId, lesson.slug());
        }
        activity.changed(classId);
    }

    private List<Account> learners(long classId) {
        requireClass(classId);
        return accounts.learnersOf(classId);
    }

    private void requireClass(long classId) {
        if (accounts.myClass(classId).isEmpty()) {
            throw new IllegalArgumentException("There is no class " + classId + ".");
        }
    }

    private Lesson lesson(String slug) {
        return lessons.find(slug)
                .orElseThrow(() -> new IllegalArgumentException("No lesson '" + slug + "'"));
    }
}
