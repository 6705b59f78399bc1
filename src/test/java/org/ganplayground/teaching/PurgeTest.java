package org.ganplayground.teaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ganplayground.TestClock;
import org.ganplayground.classroom.AccountService;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.ClassLifecycle;
import org.ganplayground.classroom.Purge;
import org.ganplayground.classroom.Role;
import org.ganplayground.classroom.TestAccounts;
import org.ganplayground.classroom.TestAccounts.ClassOf;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The retention schedule as the purge job enforces it, with a clock the test moves forward. */
@Tag("database")
@SpringBootTest
@ActiveProfiles("test")
class PurgeTest {

    @Autowired Purge purge;
    @Autowired TestClock clock;
    @Autowired TestAccounts accounts;
    @Autowired TestWork work;
    @Autowired ClassLifecycle lifecycle;
    @Autowired AccountService accountService;

    @AfterEach
    void resetClock() {
        clock.reset();
        TestAccounts.signOut();
    }

    @Test
    void expired_guest_and_old_ended_class_data_is_gone_after_the_purge_and_nothing_else_is() {
        TestAccounts.signOut();
        Caller guest = accountService.startGuest();
        work.of(guest);
        ClassOf old = accounts.classOf(2);
        old.learners().forEach(work::of);
        ClassOf recent = accounts.classOf(1);
        ClassOf running = accounts.classOf(1);
        Caller alone = accounts.create("alone", Role.LEARNER, null);
        List.of(recent.learners().get(0), running.learners().get(0), alone).forEach(work::of);

        TestAccounts.signIn(old.teacher());
        lifecycle.end(old.classId());
        clock.advance(Duration.ofDays(25));
        TestAccounts.signIn(recent.teacher());
        lifecycle.end(recent.classId());
        clock.advance(Duration.ofDays(6));
        // a guest who started 31 days after the first: still within their hours
        TestAccounts.signOut();
        Caller newGuest = accountService.startGuest();
        work.of(newGuest);
        TestAccounts.signOut();

        Purge.Purged purged = purge.run();

        // other tests' expired guests and ended classes may go in the same pass
        assertThat(purged.guests()).isGreaterThanOrEqualTo(1);
        assertThat(purged.classes()).isGreaterThanOrEqualTo(1);
        assertThat(work.rows(guest.id())).isEqualTo(TestWork.NOTHING);
        for (Caller l : old.learners()) {
            assertThat(work.rows(l.id())).as(l.username()).isEqualTo(TestWork.NOTHING);
        }
        assertThat(work.classExists(old.classId())).isFalse();

        Map<String, Caller> kept =
                Map.of(
                        "learner of a class ended 6 days ago",
                        recent.learners().get(0),
                        "learner of a running class",
                        running.learners().get(0),
                        "self-paced learner",
                        alone,
                        "guest within their hours",
                        newGuest);
        kept.forEach(
                (who, c) ->
                        assertThat(work.rows(c.id()))
                                .as(who)
                                .isEqualTo(TestWork.ONE_LEARNERS_WORK));
        assertThat(work.classExists(recent.classId())).isTrue();
        assertThat(work.classExists(running.classId())).isTrue();
        // the teacher of the deleted class keeps their account
        assertThat(work.rows(old.teacher().id()).get(0)).isEqualTo(1);

        // a second pass finds nothing more of these
        clock.advance(Duration.ofHours(1));
        purge.run();
        kept.forEach(
                (who, c) ->
                        assertThat(work.rows(c.id()))
                                .as(who)
                                .isEqualTo(TestWork.ONE_LEARNERS_WORK));
    }
}
