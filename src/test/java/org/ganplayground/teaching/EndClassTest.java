package org.ganplayground.teaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.ganplayground.classroom.AccountService;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.ClassLifecycle;
import org.ganplayground.classroom.ClassroomService;
import org.ganplayground.classroom.TestAccounts;
import org.ganplayground.classroom.TestAccounts.ClassOf;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.lessons.LessonService;
import org.ganplayground.settings.Settings;
import org.ganplayground.training.QuotaExceededException;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunService;
import org.ganplayground.training.RunStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;

@Tag("database")
@SpringBootTest
@ActiveProfiles("test")
class EndClassTest {

    private static final String PASSWORD = "a good long password";
    private static final String ENDED = ClassroomService.CLASS_ENDED;

    @Autowired TestAccounts accounts;
    @Autowired TestWork work;
    @Autowired ClassLifecycle lifecycle;
    @Autowired AccountService accountService;
    @Autowired RunService runs;
    @Autowired org.ganplayground.training.RunSharing sharing;
    @Autowired LessonService lessons;
    @Autowired AuthenticationProvider signIn;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private static GanConfig longRing() {
        return Settings.read(Map.of("domain", "points-2d", "iterations", "20000")).orThrow();
    }

    @Test
    void an_ended_class_refuses_runs_and_answers_while_its_learners_sign_in_and_read() {
        ClassOf c = accounts.classOf(1, PASSWORD);
        Caller learner = c.learners().get(0);
        long finished = work.of(learner);
        Run training = runs.launch(longRing(), "long one", null);

        TestAccounts.signIn(c.teacher());
        lifecycle.end(c.classId());
        assertThat(accountService.myClass(c.classId()).orElseThrow().getJoinCode()).isNull();

        TestAccounts.signIn(learner);
        assertThat(runs.find(training.getId()).orElseThrow().getStatus())
                .isEqualTo(RunStatus.CANCELLED);
        assertThatThrownBy(() -> runs.launch(longRing(), null, null))
                .isInstanceOf(QuotaExceededException.class)
                .hasMessage(ENDED);
        assertThatThrownBy(() -> runs.resume(training.getId())).hasMessage(ENDED);
        assertThatThrownBy(() -> runs.rename(finished, "new name")).hasMessage(ENDED);
        assertThatThrownBy(() -> runs.setNotes(finished, "notes")).hasMessage(ENDED);
        assertThatThrownBy(() -> runs.delete(finished)).hasMessage(ENDED);
        assertThatThrownBy(() -> sharing.share(finished, true)).hasMessage(ENDED);
        assertThatThrownBy(() -> lessons.answer(TestWork.LESSON, "predict-blobs", "5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(ENDED);

        // reading still works, and nothing was changed
        assertThat(runs.find(finished).orElseThrow().getName()).startsWith("ring of");
        assertThat(runs.snapshots(finished)).hasSize(2);
        assertThat(lessons.answers(TestWork.LESSON)).containsEntry("predict-blobs", "3");
        assertThat(lifecycle.endedNotice().orElseThrow())
                .startsWith(ENDED)
                .contains("It will be deleted on");

        // and so does signing in
        TestAccounts.signOut();
        var auth =
                signIn.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(
                                learner.username(), PASSWORD));
        assertThat(auth.isAuthenticated()).isTrue();
    }

    @Test
    void a_reopened_class_takes_changes_again_and_its_teacher_cannot_add_learners_while_ended() {
        ClassOf c = accounts.classOf(1);
        long run = work.of(c.learners().get(0));
        TestAccounts.signIn(c.teacher());
        lifecycle.end(c.classId());
        assertThatThrownBy(() -> accountService.createLearners(c.classId(), "late", 2))
                .hasMessageContaining("has ended");

        lifecycle.reopen(c.classId());
        TestAccounts.signIn(c.learners().get(0));
        runs.rename(run, "renamed after reopening");
        assertThat(runs.find(run).orElseThrow().getName()).isEqualTo("renamed after reopening");
        assertThat(lifecycle.endedNotice()).isEmpty();
    }
}
