package org.ganplayground.lessons;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.ganplayground.classroom.ClassroomService;
import org.ganplayground.classroom.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One learner's answers and progress as records, for exports: read by the learner and by the
 * teachers of their class; anyone else is answered like a missing learner.
 */
@Service
public class LessonRecords {

    /** A stored answer with the question's prompt; {@code correct} is null where not graded. */
    public record AnswerRecord(
            String lesson,
            String questionId,
            String prompt,
            String answer,
            Boolean correct,
            Instant answeredAt) {}

    private final LessonService lessons;
    private final LessonAnswerRepository answers;
    private final ClassroomService classroom;
    private final CurrentUser currentUser;

    LessonRecords(
            LessonService lessons,
            LessonAnswerRepository answers,
            ClassroomService classroom,
            CurrentUser currentUser) {
        this.lessons = lessons;
        this.answers = answers;
        this.classroom = classroom;
        this.currentUser = currentUser;
    }

    /** The learner's answers, by lesson and question. */
    @Transactional(readOnly = true)
    public List<AnswerRecord> answersOf(long learnerId) {
        check(learnerId);
        return answers.findByLearnerId(learnerId).stream()
                .map(
                        a ->
                                new AnswerRecord(
                                        a.getLessonSlug(),
                                        a.getQuestionId(),
                                        prompt(a.getLessonSlug(), a.getQuestionId()),
                                        a.getAnswer(),
                                        a.getCorrect(),
                                        a.getAnsweredAt()))
                .sorted(
                        Comparator.comparing(AnswerRecord::lesson)
                                .thenComparing(AnswerRecord::questionId))
                .toList();
    }

    /** The learner's progress in every lesson of the course, by slug. */
    @Transactional(readOnly = true)
    public Map<String, Progress> progressOf(long learnerId) {
        check(learnerId);
        return lessons.progressOf(learnerId);
    }

    private String prompt(String slug, String questionId) {
        return lessons.find(slug).stream()
                .flatMap(l -> l.questions().stream())
                .filter(q -> q.id().equals(questionId))
                .map(Question::prompt)
                .findFirst()
                .orElse("");
    }

    private void check(long learnerId) {
        if (!classroom.mayRead(currentUser.get(), learnerId)) {
            throw new IllegalArgumentException("There is no learner " + learnerId + ".");
        }
    }
}
