package org.ganplayground.teaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.ClassBroadcasts;
import org.ganplayground.classroom.Role;
import org.ganplayground.classroom.TestAccounts;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.settings.Settings;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The teacher's side of a class in session, as the services enforce it. */
@Tag("database")
@SpringBootTest
@ActiveProfiles("test")
class BoardServiceTest {

    @Autowired BoardService boards;
    @Autowired RunService runs;
    @Autowired ClassBroadcasts broadcasts;
    @Autowired TestAccounts accounts;
    @Autowired org.ganplayground.lessons.ClassProgress progress;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    static GanConfig small() {
        return Settings.read(
                        Map.of(
                                "domain", "points-2d",
                                "iterations", "150",
                                "snapshot.every", "50"))
                .orThrow();
    }

    Run finishedRunOf(Caller learner) throws InterruptedException {
        TestAccounts.signIn(learner);
        Run run = runs.launch(small(), "ring of " + learner.username(), null);
        long end = System.currentTimeMillis() + 30_000;
        while (runs.find(run.getId()).orElseThrow().getStatus().isActive()
                && System.currentTimeMillis() < end) {
            Thread.sleep(50);
        }
        return runs.find(run.getId()).orElseThrow();
    }

    @Test
    void a_shown_run_is_readable_by_classmates_until_the_teacher_stops_showing() throws Exception {
        TestAccounts.ClassOf c = accounts.classOf(2);
        Caller owner = c.learners().get(0);
        Caller classmate = c.learners().get(1);
        Caller stranger = accounts.classOf(1).learners().get(0);
        Run run = finishedRunOf(owner);

        TestAccounts.signIn(classmate);
        assertThat(runs.find(run.getId())).as("not shown yet").isEmpty();

        TestAccounts.signIn(c.teacher());
        boards.show(c.classId(), run.getId());

        TestAccounts.signIn(classmate);
        assertThat(runs.find(run.getId())).isPresent();
        assertThat(runs.snapshots(run.getId())).isNotEmpty();
        assertThat(runs.mayChange(runs.find(run.getId()).orElseThrow())).isFalse();
        assertThatThrownBy(() -> runs.rename(run.getId(), "mine now"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> runs.delete(run.getId()))
                .isInstanceOf(IllegalStateException.class);

        TestAccounts.signIn(stranger);
        assertThat(runs.find(run.getId())).as("another class").isEmpty();

        TestAccounts.signIn(c.teacher());
        boards.stopShowing(c.classId());
        TestAccounts.signIn(classmate);
        assertThat(runs.find(run.getId())).isEmpty();
    }

    @Test
    void only_the_classes_teacher_may_open_its_board_show_or_send() throws Exception {
        TestAccounts.ClassOf c = accounts.classOf(1);
        TestAccounts.ClassOf other = accounts.classOf(1);
        Run theirs = finishedRunOf(other.learners().get(0));
        Run ours = finishedRunOf(c.learners().get(0));

        for (Caller who :
                List.of(
                        c.learners().get(0),
                        other.teacher(),
                        accounts.create("g", Role.GUEST, null))) {
            TestAccounts.signIn(who);
            assertThatThrownBy(() -> boards.open(c.classId()))
                    .hasMessage("There is no class " + c.classId() + ".");
            assertThatThrownBy(() -> boards.show(c.classId(), ours.getId()))
                    .hasMessage("There is no class " + c.classId() + ".");
            assertThatThrownBy(() -> boards.send(c.classId(), "preset:ring-good"))
                    .hasMessage("There is no class " + c.classId() + ".");
        }
        TestAccounts.signIn(c.teacher());
        assertThatThrownBy(() -> boards.show(c.classId(), theirs.getId()))
                .as("a run of another class's learner")
                .hasMessage("There is no run " + theirs.getId());
        assertThatThrownBy(() -> boards.send(c.classId(), "preset:<script>"))
                .hasMessage("Pick an experiment.");
        assertThat(broadcasts.shown(c.classId())).isEmpty();
    }

    @Test
    void a_sent_experiment_reaches_the_pages_of_that_class_only() {
        TestAccounts.ClassOf c = accounts.classOf(1);
        TestAccounts.ClassOf other = accounts.classOf(1);
        List<ClassBroadcasts.Broadcast> ours = new CopyOnWriteArrayList<>();
        List<ClassBroadcasts.Broadcast> theirs = new CopyOnWriteArrayList<>();
        var a = broadcasts.subscribe(c.classId(), ours::add);
        var b = broadcasts.subscribe(other.classId(), theirs::add);
        try {
            TestAccounts.signIn(c.teacher());
            Experiment lesson =
                    boards.experiments().stream()
                            .filter(e -> e.id().equals("lesson:forger-and-inspector"))
                            .findFirst()
                            .orElseThrow();
            boards.send(c.classId(), lesson.id());
            assertThat(ours)
                    .containsExactly(
                            new ClassBroadcasts.SendExperiment(
                                    c.classId(), lesson.query(), lesson.label()));
            assertThat(lesson.query()).isEqualTo("preset=ring-good&lesson=forger-and-inspector");
            assertThat(theirs).isEmpty();

            progress.setLocked(c.classId(), "forger-and-inspector", true);
            assertThatThrownBy(() -> boards.send(c.classId(), lesson.id()))
                    .hasMessageContaining("locked");
            assertThat(ours).hasSize(1);
        } finally {
            a.cancel();
            b.cancel();
        }
    }

    @Test
    void the_board_opens_with_a_tile_per_learner_showing_their_latest_run() throws Exception {
        TestAccounts.ClassOf c = accounts.classOf(2);
        Run run = finishedRunOf(c.learners().get(1));
        TestAccounts.signIn(c.teacher());
        BoardService.Opened opened = boards.open(c.classId());
        try {
            List<Tile> tiles = opened.board().tiles();
            assertThat(tiles)
                    .extracting(Tile::username)
                    .containsExactly(
                            c.learners().get(0).username(), c.learners().get(1).username());
            assertThat(tiles.get(0).run()).isNull();
            assertThat(tiles.get(1).run().id()).isEqualTo(run.getId());
            List<Tile> first = opened.board().tick(System.currentTimeMillis());
            assertThat(first).as("the first tick draws the stored picture").hasSize(1);
            assertThat(first.get(0).picture()).isNotEmpty();
        } finally {
            opened.sub().cancel();
        }
    }
}
