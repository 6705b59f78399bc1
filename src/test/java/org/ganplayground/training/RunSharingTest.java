package org.ganplayground.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ganplayground.classroom.AccountService;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.Role;
import org.ganplayground.classroom.TestAccounts;
import org.ganplayground.classroom.TestAccounts.ClassOf;
import org.ganplayground.training.RunSharing.Availability;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

@Tag("database")
@SpringBootTest
@ActiveProfiles("test")
class RunSharingTest {

    @Autowired RunService runs;
    @Autowired RunSharing sharing;
    @Autowired AccountService classes;
    @Autowired TestAccounts accounts;
    @Autowired RunRepository repository;
    @Autowired TrainingQueue queue;
    @Autowired TransactionTemplate tx;

    private ClassOf c;
    private Caller owner;
    private Caller classmate;

    @BeforeEach
    void aClassWithSharingOn() {
        c = accounts.classOf(2);
        owner = c.learners().get(0);
        classmate = c.learners().get(1);
        turnSharing(true);
    }

    @AfterEach
    void cancelWhatIsLeft() {
        Queues.cancelAll(repository, queue, tx);
        TestAccounts.signOut();
    }

    @Test
    void a_classmate_reads_a_shared_run_but_cannot_change_it() {
        // long enough to be still queued or training: a run may be shared while it trains
        long id = launchAs(owner, 20000);
        sharing.share(id, true);

        TestAccounts.signIn(classmate);
        Run seen = runs.find(id).orElseThrow();
        assertThat(seen.isShared()).isTrue();
        assertThat(runs.snapshots(id)).isNotNull();
        assertThat(runs.mayChange(seen)).isFalse();
        assertThat(runs.mayCancel(seen)).isFalse();
        assertThat(sharing.mayUnshare(seen)).isFalse();
        assertThat(runs.ownerIfNotMine(seen)).contains(owner.username());
        assertThatThrownBy(() -> runs.rename(id, "mine now"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> runs.setNotes(id, "graffiti"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> runs.cancel(id)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sharing.share(id, false))
                .isInstanceOf(IllegalStateException.class);

        TestAccounts.signIn(owner);
        runs.cancel(id);
        TestAccounts.signIn(classmate);
        assertThatThrownBy(() -> runs.resume(id)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> runs.delete(id)).isInstanceOf(IllegalStateException.class);

        TestAccounts.signIn(owner);
        Run after = runs.find(id).orElseThrow();
        assertThat(after.getName()).isNotEqualTo("mine now");
        assertThat(after.getNotes()).isNull();
        assertThat(after.isShared()).isTrue();
    }

    @Test
    void an_unshared_run_sharing_off_or_another_class_answer_like_a_missing_run() {
        long shared = launchAs(owner, 100);
        sharing.share(shared, true);
        long privateRun = launchAs(owner, 100);
        ClassOf other = accounts.classOf(1);
        Caller stranger = other.learners().get(0);

        TestAccounts.signIn(classmate);
        assertThat(runs.find(shared)).isPresent();
        assertMissing(privateRun);

        TestAccounts.signIn(stranger);
        assertMissing(shared);
        TestAccounts.signIn(accounts.create("loner", Role.LEARNER, null));
        assertMissing(shared);
        TestAccounts.signIn(other.teacher());
        assertMissing(shared);

        turnSharing(false);
        TestAccounts.signIn(classmate);
        assertMissing(shared);
        TestAccounts.signIn(c.teacher());
        assertThat(runs.find(shared)).as("the teacher still reads it").isPresent();
        TestAccounts.signIn(owner);
        assertThat(runs.find(shared)).isPresent();
    }

    @Test
    void a_learner_cannot_share_while_sharing_is_off_nor_share_someone_elses_run() {
        long mine = launchAs(owner, 100);
        turnSharing(false);
        TestAccounts.signIn(owner);
        assertThat(sharing.mayShare(runs.find(mine).orElseThrow())).isFalse();
        assertThatThrownBy(() -> sharing.share(mine, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Your teacher has not turned on sharing for your class.");

        turnSharing(true);
        TestAccounts.signIn(owner);
        assertThat(sharing.mayShare(runs.find(mine).orElseThrow())).isTrue();
        TestAccounts.signIn(classmate);
        assertThatThrownBy(() -> sharing.share(mine, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no run " + mine);
        TestAccounts.signIn(c.teacher());
        assertThatThrownBy(() -> sharing.share(mine, true))
                .isInstanceOf(IllegalStateException.class);

        TestAccounts.signIn(owner);
        assertThat(runs.find(mine).orElseThrow().isShared()).isFalse();
    }

    @Test
    void a_learner_outside_a_class_cannot_share() {
        Caller loner = accounts.create("loner", Role.LEARNER, null);
        long id = launchAs(loner, 100);
        assertThatThrownBy(() -> sharing.share(id, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not in one");
    }

    @Test
    void the_teacher_unshares_a_run_and_another_teacher_cannot() {
        long id = launchAs(owner, 100);
        sharing.share(id, true);

        TestAccounts.signIn(accounts.classOf(0).teacher());
        assertThatThrownBy(() -> sharing.share(id, false))
                .isInstanceOf(IllegalArgumentException.class);

        TestAccounts.signIn(c.teacher());
        assertThat(sharing.mayUnshare(runs.find(id).orElseThrow())).isTrue();
        sharing.share(id, false);
        assertThat(runs.find(id).orElseThrow().isShared()).isFalse();
        TestAccounts.signIn(classmate);
        assertMissing(id);
    }

    @Test
    void
            the_gallery_lists_exactly_the_shared_runs_of_the_class_and_hides_them_while_sharing_is_off() {
        long first = launchAs(owner, 100);
        sharing.share(first, true);
        launchAs(owner, 100);
        long second = launchAs(classmate, 100);
        sharing.share(second, true);
        ClassOf other = accounts.classOf(1);
        TestAccounts.signIn(other.teacher());
        classes.setSharing(other.classId(), true);
        sharing.share(launchAs(other.learners().get(0), 100), true);

        TestAccounts.signIn(classmate);
        RunSharing.Gallery g = sharing.myGallery();
        assertThat(g.availability()).isEqualTo(Availability.OPEN);
        assertThat(ids(g)).containsExactly(second, first);
        assertThat(g.runs())
                .extracting(RunService.OwnedRun::owner)
                .containsExactly(classmate.username(), owner.username());

        TestAccounts.signIn(c.teacher());
        assertThat(ids(sharing.galleryOf(c.classId()).orElseThrow()))
                .containsExactly(second, first);
        assertThat(sharing.galleryOf(other.classId())).isEmpty();

        turnSharing(false);
        TestAccounts.signIn(classmate);
        assertThat(sharing.myGallery())
                .isEqualTo(new RunSharing.Gallery(Availability.SHARING_OFF, List.of()));
        TestAccounts.signIn(c.teacher());
        RunSharing.Gallery teachers = sharing.galleryOf(c.classId()).orElseThrow();
        assertThat(teachers.availability()).isEqualTo(Availability.SHARING_OFF);
        assertThat(ids(teachers)).containsExactly(second, first);

        turnSharing(true);
        TestAccounts.signIn(classmate);
        assertThat(ids(sharing.myGallery())).as("turned on again").containsExactly(second, first);
        TestAccounts.signIn(accounts.create("loner", Role.LEARNER, null));
        assertThat(sharing.myGallery().availability()).isEqualTo(Availability.NO_CLASS);
    }

    @Test
    void only_the_classs_teacher_turns_sharing_on() {
        TestAccounts.signIn(accounts.classOf(0).teacher());
        assertThatThrownBy(() -> classes.setSharing(c.classId(), false))
                .hasMessage("There is no class " + c.classId() + ".");
        TestAccounts.signIn(owner);
        assertThatThrownBy(() -> classes.setSharing(c.classId(), false))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        TestAccounts.signIn(c.teacher());
        assertThat(classes.myClass(c.classId()).orElseThrow().isSharing()).isTrue();
    }

    private void turnSharing(boolean on) {
        TestAccounts.signIn(c.teacher());
        classes.setSharing(c.classId(), on);
    }

    private long launchAs(Caller who, int iterations) {
        TestAccounts.signIn(who);
        return runs.launch(RunServiceTest.ring(iterations), null, null).getId();
    }

    private void assertMissing(long id) {
        assertThat(runs.find(id)).isEmpty();
        assertThat(runs.snapshots(id)).isEmpty();
        assertThatThrownBy(() -> runs.rename(id, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no run " + id);
        assertThatThrownBy(() -> runs.cancel(id))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no run " + id);
    }

    private static List<Long> ids(RunSharing.Gallery g) {
        return g.runs().stream().map(o -> o.run().getId()).toList();
    }
}
