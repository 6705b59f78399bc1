package org.ganplayground.teaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import org.ganplayground.classroom.AccountProblem;
import org.ganplayground.classroom.AccountService;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.Role;
import org.ganplayground.classroom.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the schedule promises self-paced learners: their data to take, and deleted when they say.
 */
@Tag("database")
@SpringBootTest
@ActiveProfiles("test")
class MyAccountTest {

    private static final String PASSWORD = "a good long password";

    @Autowired TestAccounts accounts;
    @Autowired TestWork work;
    @Autowired AccountService accountService;
    @Autowired LearnerExport export;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_self_paced_learner_downloads_their_data_then_deletes_it_all_with_their_password()
            throws Exception {
        Caller me = accounts.createWithPassword("alone", Role.LEARNER, null, PASSWORD);
        long run = work.of(me);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeMine(out);
        assertThat(TestWork.unzip(out).keySet())
                .containsExactlyElementsOf(TestWork.exportFiles(run));

        assertThatThrownBy(() -> accountService.deleteMyAccount("not my password"))
                .isInstanceOf(AccountProblem.class)
                .hasMessage("That is not your password.");
        assertThat(work.rows(me.id())).isEqualTo(TestWork.ONE_LEARNERS_WORK);
        accountService.deleteMyAccount(PASSWORD);
        assertThat(work.rows(me.id())).isEqualTo(TestWork.NOTHING);
    }

    @Test
    void a_learner_of_a_class_asks_their_teacher_instead() {
        var c = accounts.classOf(1, PASSWORD);
        work.of(c.learners().get(0));
        assertThatThrownBy(() -> accountService.deleteMyAccount(PASSWORD))
                .hasMessage("Your teacher manages your account: ask them to delete it.");
        assertThat(work.rows(c.learners().get(0).id())).isEqualTo(TestWork.ONE_LEARNERS_WORK);
    }
}
