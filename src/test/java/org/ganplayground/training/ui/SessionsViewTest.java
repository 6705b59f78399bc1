package org.ganplayground.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.ganplayground.KaribuViewTest;
import org.ganplayground.domains.Domains;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.settings.Settings;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunService;
import org.ganplayground.training.RunStatus;
import org.ganplayground.training.Thumbnails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SessionsViewTest extends KaribuViewTest {

    @Autowired RunService runs;
    @Autowired Thumbnails thumbnails;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    private Run first;
    private Run second;

    @BeforeEach
    void twoFinishedRuns() throws InterruptedException {
        long me = this.me.id();
        GanConfig ring =
                Settings.read(
                                Map.of(
                                        "domain",
                                        "points-2d",
                                        "iterations",
                                        "100",
                                        "snapshot.every",
                                        "50"))
                        .orThrow();
        first = runs.launch(ring, "sessions test one", null);
        second =
                runs.launch(
                        Settings.with(ring, Map.of("seed", "2")).orThrow(),
                        "sessions test two",
                        null);
        first = finished(first);
        second = finished(second);
    }

    private Run finished(Run run) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Run now = runs.find(run.getId()).orElseThrow();
        while (now.getStatus().isActive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            now = runs.find(run.getId()).orElseThrow();
        }
        assertThat(now.getStatus()).isEqualTo(RunStatus.COMPLETED);
        return now;
    }

    private static List<Run> rows(SessionsView view) {
        return GridKt._fetch(view.grid, 0, GridKt._size(view.grid));
    }

    private static Run row(SessionsView view, Run run) {
        return rows(view).stream()
                .filter(r -> r.getId().equals(run.getId()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the_list_shows_the_runs_and_filters_them_by_domain_and_status() {
        UI.getCurrent().navigate("sessions");
        SessionsView view = _get(SessionsView.class);
        assertThat(rows(view)).extracting(Run::getId).contains(first.getId(), second.getId());

        assertThat(Domains.all())
                .extracting(d -> view.domainFilter.getItemLabelGenerator().apply(d))
                .containsExactly(
                        "Points in the plane", "Creature sprites", "Particle energy spectrum");
        view.domainFilter.setValue(Domains.byId("creatures"));
        assertThat(rows(view)).allSatisfy(r -> assertThat(r.getDomain()).isEqualTo("creatures"));
        assertThat(rows(view)).extracting(Run::getId).doesNotContain(first.getId());
        view.domainFilter.setValue(Domains.byId("points-2d"));
        view.statusFilter.setValue(RunStatus.COMPLETED);
        assertThat(rows(view)).extracting(Run::getId).contains(first.getId(), second.getId());
        view.statusFilter.setValue(RunStatus.FAILED);
        assertThat(rows(view)).extracting(Run::getId).doesNotContain(first.getId());
    }

    @Test
    void the_date_filter_keeps_recent_runs_and_drops_older_ones() {
        jdbc.update(
                "update run set created_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofDays(40))),
                second.getId());
        UI.getCurrent().navigate("sessions");
        SessionsView view = _get(SessionsView.class);
        assertThat(rows(view)).extracting(Run::getId).contains(first.getId(), second.getId());

        view.dateFilter.setValue(SessionsView.Since.TODAY);
        assertThat(rows(view)).extracting(Run::getId).contains(first.getId());
        assertThat(rows(view)).extracting(Run::getId).doesNotContain(second.getId());
        view.dateFilter.setValue(SessionsView.Since.MONTH);
        assertThat(rows(view)).extracting(Run::getId).doesNotContain(second.getId());
        view.dateFilter.clear();
        assertThat(rows(view)).extracting(Run::getId).contains(second.getId());
    }

    @Test
    void a_finished_run_has_a_small_thumbnail_of_its_last_forgeries() throws Exception {
        byte[] png = thumbnails.of(first).orElseThrow();
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(Math.max(image.getWidth(), image.getHeight())).isEqualTo(128);
    }

    @Test
    void one_ticked_run_can_be_renamed_and_annotated_and_a_bad_name_is_refused_in_place() {
        UI.getCurrent().navigate("sessions");
        SessionsView view = _get(SessionsView.class);
        assertThat(view.editor.isVisible()).isFalse();

        view.grid.select(row(view, first));
        assertThat(view.editor.isVisible()).isTrue();
        assertThat(view.name.getValue()).isEqualTo("sessions test one");
        assertThat(view.compare.isEnabled()).isFalse();

        view.name.setValue("   ");
        _click(view.save);
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("A name needs 1 to 120 characters");
        assertThat(runs.find(first.getId()).orElseThrow().getName()).isEqualTo("sessions test one");

        view.name.setValue("ring, slow forger");
        view.notes.setValue("The forger found 6 of 8 blobs.");
        _click(view.save);
        Run saved = runs.find(first.getId()).orElseThrow();
        assertThat(saved.getName()).isEqualTo("ring, slow forger");
        assertThat(saved.getNotes()).isEqualTo("The forger found 6 of 8 blobs.");
        assertThat(view.name.isInvalid()).isFalse();
        assertThat(view.editor.isVisible()).isTrue();
        assertThat(row(view, first).getName()).isEqualTo("ring, slow forger");

        view.grid.select(row(view, second));
        assertThat(view.editor.isVisible()).isFalse();
        assertThat(view.compare.isEnabled()).isTrue();
        _click(view.compare);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CompareView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters())
                .containsOnlyKeys("runs");
    }

    @Test
    void delete_asks_first_and_a_cancelled_dialog_keeps_the_run() {
        UI.getCurrent().navigate("sessions");
        SessionsView view = _get(SessionsView.class);
        view.grid.select(row(view, second));

        _click(view.delete);
        ConfirmDialog ask = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(ask)).isEqualTo("Delete \"sessions test two\"?");
        ConfirmDialogKt._fireCancel(ask);
        assertThat(runs.find(second.getId())).isPresent();

        _click(view.delete);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(runs.find(second.getId())).isEmpty();
        assertThat(rows(view)).extracting(Run::getId).doesNotContain(second.getId());
        assertThat(runs.snapshots(second.getId())).isEmpty();
    }

    @Test
    void a_teacher_lists_their_learners_runs_with_the_learner_and_cannot_edit_them()
            throws Exception {
        var c = accounts.classOf(1);
        signInAs(c.learners().get(0));
        Run theirs =
                finished(
                        runs.launch(
                                Settings.read(
                                                Map.of(
                                                        "domain", "points-2d",
                                                        "iterations", "50",
                                                        "snapshot.every", "50"))
                                        .orThrow(),
                                "learner's run",
                                null));

        signInAs(c.teacher());
        UI.getCurrent().navigate("sessions");
        SessionsView view = _get(SessionsView.class);
        assertThat(view.whose.isVisible()).isTrue();
        assertThat(rows(view)).extracting(Run::getId).doesNotContain(theirs.getId());
        view.whose.setValue(SessionsView.LEARNERS);
        assertThat(rows(view)).extracting(Run::getId).containsExactly(theirs.getId());
        view.grid.select(row(view, theirs));
        assertThat(view.editor.isVisible()).isFalse();
    }

    @Test
    void a_learner_sees_only_their_own_runs() {
        signInAs(accounts.create("other", org.ganplayground.classroom.Role.LEARNER, null));
        UI.getCurrent().navigate("sessions");
        SessionsView view = _get(SessionsView.class);
        assertThat(view.whose.isVisible()).isFalse();
        assertThat(rows(view)).isEmpty();
    }
}
