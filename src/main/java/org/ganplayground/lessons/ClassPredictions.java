package org.ganplayground.lessons;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.ganplayground.classroom.AccountService;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.CurrentUser;
import org.ganplayground.training.ClassRunResults;
import org.ganplayground.training.ClassRunResults.Result;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a class predicted, beside what its runs then measured: for each prediction question, how
 * many chose each choice (or guessed each number), and the final value of the question's outcome
 * metric in the class's runs of that lesson. Counts only, never who: the teacher sees every
 * question, a learner one question of their class once they have made their own prediction.
 */
@Service
public class ClassPredictions {

    /** The class's predictions to one question, and what its runs measured (null if nothing). */
    public record Spread(
            Lesson lesson, Question question, Histogram predictions, Outcome outcome) {}

    /**
     * The outcome metric's values in the class's runs.
     *
     * @param finished runs that finished, counted with their final value
     * @param training runs still training, counted with their latest value
     */
    public record Outcome(String metric, Histogram results, int finished, int training) {}

    private final LessonService lessons;
    private final LessonAnswerRepository answers;
    private final ClassRunResults runResults;
    private final AccountService accounts;
    private final CurrentUser user;

    ClassPredictions(
            LessonService lessons,
            LessonAnswerRepository answers,
            ClassRunResults runResults,
            AccountService accounts,
            CurrentUser user) {
        this.lessons = lessons;
        this.answers = answers;
        this.runResults = runResults;
        this.accounts = accounts;
        this.user = user;
    }

    /**
     * Every prediction question of the course, in order, for the caller's class.
     *
     * @throws IllegalArgumentException for a class the caller does not teach, as for a missing one
     */
    @Transactional(readOnly = true)
    public List<Spread> ofClass(long classId) {
        if (accounts.myClass(classId).isEmpty()) {
            throw new IllegalArgumentException("There is no class " + classId + ".");
        }
        Map<String, List<String>> byQuestion = new HashMap<>();
        for (LessonAnswer a : answers.findByClass(classId)) {
            byQuestion
                    .computeIfAbsent(
                            key(a.getLessonSlug(), a.getQuestionId()), k -> new ArrayList<>())
                    .add(a.getAnswer());
        }
        List<Spread> out = new ArrayList<>();
        for (Lesson lesson : lessons.lessons()) {
            for (Question q : lesson.before()) {
                out.add(
                        spread(
                                classId,
                                lesson,
                                q,
                                byQuestion.getOrDefault(key(lesson.slug(), q.id()), List.of())));
            }
        }
        return out;
    }

    /**
     * The spread of the signed-in learner's class for one prediction question, once they have
     * answered it; empty before that, outside a class, for teachers and for anything but a
     * prediction.
     */
    @Transactional(readOnly = true)
    public Optional<Spread> forMe(String slug, String questionId) {
        Caller me = user.get();
        if (me.teaches() || me.classId() == null) {
            return Optional.empty();
        }
        Optional<Lesson> lesson = lessons.find(slug);
        Optional<Question> question =
                lesson.stream()
                        .flatMap(l -> l.before().stream())
                        .filter(q -> q.id().equals(questionId))
                        .findFirst();
        if (question.isEmpty()
                || answers.findByLearnerIdAndLessonSlugAndQuestionId(me.id(), slug, questionId)
                        .isEmpty()) {
            return Optional.empty();
        }
        List<String> given =
                answers.findByClassAndQuestion(me.classId(), slug, questionId).stream()
                        .map(LessonAnswer::getAnswer)
                        .toList();
        return Optional.of(spread(me.classId(), lesson.get(), question.get(), given));
    }

    private Spread spread(long classId, Lesson lesson, Question q, List<String> given) {
        List<Result> results =
                q.outcome() == null
                        ? List.of()
                        : runResults.latest(classId, lesson.slug(), q.outcome());
        List<Double> values = results.stream().map(Result::value).toList();
        Histogram predictions;
        Histogram.Bins resultBins = Histogram.Bins.over(values);
        switch (q.kind()) {
            case CHOICE -> predictions = Histogram.ofChoices(q.choices(), given);
            case NUMBER -> {
                List<Double> numbers = new ArrayList<>();
                for (String text : given) {
                    try {
                        numbers.add(Question.number(text));
                    } catch (IllegalArgumentException e) {
                        // a prediction is stored as typed; it is counted apart
                    }
                }
                // predictions and results on the same bins, so the bars line up
                Histogram.Bins shared = Histogram.Bins.over(both(numbers, values));
                predictions = Histogram.ofNumbers(shared, numbers, given.size() - numbers.size());
                resultBins = shared;
            }
            default -> predictions = new Histogram(List.of(), given.size());
        }
        Outcome outcome =
                q.outcome() == null
                        ? null
                        : new Outcome(
                                q.outcome(),
                                Histogram.ofNumbers(resultBins, values, 0),
                                (int) results.stream().filter(Result::finished).count(),
                                (int) results.stream().filter(r -> !r.finished()).count());
        return new Spread(lesson, q, predictions, outcome);
    }

    private static List<Double> both(Collection<Double> a, Collection<Double> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private static String key(String slug, String questionId) {
        return slug + "/" + questionId;
    }
}
