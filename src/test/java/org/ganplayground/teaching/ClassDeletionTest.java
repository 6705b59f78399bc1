package org.ganplayground.teaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ganplayground.classroom.AccountProblem;
import org.ganplayground.classroom.AccountService;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.ClassLifecycle;
import org.ganplayground.classroom.SchoolClass;
import org.ganplayground.classroom.TestAccounts;
import org.ganplayground.classroom.TestAccounts.ClassOf;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@Tag("database")
@SpringBootTest
@ActiveProfiles("test")
class ClassDeletionTest {

    @Autowired TestAccounts accounts;
    @Autowired TestWork work;
    @Autowired FailOnce failOnce;
    @Autowired ClassLifecycle lifecycle;
    @Autowired AccountService accountService;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void deleting_a_class_again_after_a_failure_midway_leaves_nothing() {
        ClassOf c = accounts.classOf(3);
        c.learners().forEach(work::of);
        List<Caller> ls = c.learners(); // deleted in username order: learner0-, learner1-, ...
        failOnce.arm(ls.get(1).id());
        TestAccounts.signIn(c.teacher());
        String name = accountService.myClass(c.classId()).orElseThrow().getName();

        lifecycle.delete(c.classId(), name);
        work.awaitDeletion(c.classId());

        SchoolClass left = accountService.myClass(c.classId()).orElseThrow();
        assertThat(left.isDeleting()).isTrue();
        assertThat(lifecycle.unfinished(left)).isTrue();
        assertThat(work.rows(ls.get(0).id())).isEqualTo(TestWork.NOTHING);
        assertThat(work.rows(ls.get(1).id())).isEqualTo(TestWork.ONE_LEARNERS_WORK);
        assertThat(work.rows(ls.get(2).id())).isEqualTo(TestWork.ONE_LEARNERS_WORK);
        assertThat(accountService.learnersOf(c.classId())).hasSize(2);

        lifecycle.deleteAgain(c.classId());
        work.awaitDeletion(c.classId());

        assertThat(accountService.myClass(c.classId())).isEmpty();
        assertThat(work.classExists(c.classId())).isFalse();
        for (Caller l : ls) {
            assertThat(work.rows(l.id())).as(l.username()).isEqualTo(TestWork.NOTHING);
        }
    }

    @Test
    void a_class_is_deleted_only_with_its_name_typed_and_only_by_its_teacher() {
        ClassOf c = accounts.classOf(1);
        work.of(c.learners().get(0));
        TestAccounts.signIn(
                accounts.create("other", org.ganplayground.classroom.Role.TEACHER, null));
        assertThatThrownBy(() -> lifecycle.delete(c.classId(), "Class of x"))
                .isInstanceOf(AccountProblem.class)
                .hasMessage("There is no class " + c.classId() + ".");
        TestAccounts.signIn(c.teacher());
        assertThatThrownBy(() -> lifecycle.delete(c.classId(), "something else"))
                .isInstanceOf(AccountProblem.class)
                .hasMessageStartingWith("Type the class's name exactly");

        assertThat(accountService.myClass(c.classId()).orElseThrow().isDeleting()).isFalse();
        assertThat(work.rows(c.learners().get(0).id())).isEqualTo(TestWork.ONE_LEARNERS_WORK);
    }
}
