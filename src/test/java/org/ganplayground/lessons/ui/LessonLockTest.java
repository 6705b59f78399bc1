package org.ganplayground.lessons.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.ganplayground.KaribuViewTest;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.TestAccounts.ClassOf;
import org.ganplayground.lessons.ClassProgress;
import org.ganplayground.lessons.LessonService;
import org.ganplayground.lessons.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LessonLockTest extends KaribuViewTest {

    private static final String LESSON = "reading-the-scores";

    @Autowired LessonService lessons;
    @Autowired ClassProgress progress;

    private ClassOf k;
    private Caller learner;

    @BeforeEach
    void lockedByTheTeacher() {
        k = accounts.classOf(1);
        learner = k.learners().get(0);
        signInAs(k.teacher());
        UI.getCurrent().navigate("classes/" + k.classId() + "/progress");
        _click(_get(Button.class, spec -> spec.withId("lock-" + LESSON)));
        assertThat(_get(ProgressView.class).locks.isLocked(LESSON)).isTrue();
        assertThat(progress.locked(k.classId())).containsExactly(LESSON);
    }

    @Test
    void a_playground_link_to_a_locked_lesson_opens_the_experiment_without_the_lesson() {
        signInAs(learner);
        UI.getCurrent()
                .navigate(
                        "",
                        com.vaadin.flow.router.QueryParameters.fromString(
                                "preset=ring-good&lesson=" + LESSON));
        assertThat(notices()).contains("your teacher has locked it");
        com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications();
        UI.getCurrent()
                .navigate(
                        "",
                        com.vaadin.flow.router.QueryParameters.fromString(
                                "preset=ring-good&lesson=forger-and-inspector"));
        assertThat(notices()).doesNotContain("cannot open");
    }

    private static String notices() {
        return com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", ""))
                .collect(java.util.stream.Collectors.joining(" | "));
    }

    @Test
    void a_learner_of_the_class_can_read_a_locked_lesson_but_not_try_or_answer_it() {
        signInAs(learner);
        assertThatThrownBy(() -> lessons.answer(LESSON, "coin-toss", "0.5"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(LessonService.LOCKED);
        assertThatThrownBy(() -> lessons.open(LESSON)).isInstanceOf(IllegalStateException.class);

        UI.getCurrent().navigate("lessons");
        HorizontalLayout row =
                _get(HorizontalLayout.class, spec -> spec.withId("lesson-" + LESSON));
        assertThat(row.getElement().getTextRecursively()).contains("Locked by your teacher");
        HorizontalLayout open =
                _get(HorizontalLayout.class, spec -> spec.withId("lesson-forger-and-inspector"));
        assertThat(open.getElement().getTextRecursively()).doesNotContain("Locked");

        UI.getCurrent().navigate("lessons/" + LESSON);
        LessonView page = _get(LessonView.class);
        assertThat(page.lockNote.isAttached()).isTrue();
        assertThat(page.tryIt.isEnabled()).isFalse();
        assertThat(_find(QuestionCard.class)).allMatch(c -> !c.submit.isEnabled());
        assertThat(lessons.progress(LESSON)).isEqualTo(Progress.NOT_STARTED);
    }

    @Test
    void unlocking_lets_the_learner_answer_again() {
        _click(_get(Button.class, spec -> spec.withId("lock-" + LESSON)));
        assertThat(progress.locked(k.classId())).isEmpty();

        signInAs(learner);
        assertThat(lessons.locked()).isEmpty();
        lessons.answer(LESSON, "predict-end-score", "Around 0.5 (it cannot tell)");
        assertThat(lessons.progress(LESSON)).isEqualTo(Progress.STARTED);
    }

    @Test
    void other_classes_teachers_and_learners_without_a_class_are_unaffected() {
        lessons.open(LESSON); // the teacher who locked it
        signInAs(accounts.classOf(1).learners().get(0));
        lessons.answer(LESSON, "predict-end-score", "Around 0.5 (it cannot tell)");
        signInAs(accounts.create("solo", org.ganplayground.classroom.Role.LEARNER, null));
        lessons.answer(LESSON, "predict-end-score", "Around 0.5 (it cannot tell)");
        assertThat(lessons.locked()).isEmpty();
        UI.getCurrent().navigate("lessons/" + LESSON);
        assertThat(_get(LessonView.class).tryIt.isEnabled()).isTrue();
    }
}
