package org.ganplayground.teaching.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Optional;
import org.ganplayground.base.ui.SnapshotPanel;
import org.ganplayground.classroom.ClassBroadcasts;
import org.ganplayground.teaching.BoardService;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunEvents;
import org.ganplayground.training.RunService;

/**
 * For the classroom projector: the run the teacher shows to everyone, large and live, switching
 * when the teacher shows another. "Full screen" hides the browser's frame.
 */
@Route("classes/:classId/projector")
@PageTitle("Projector | GAN Playground")
@RolesAllowed("TEACHER")
class ProjectorView extends VerticalLayout implements BeforeEnterObserver {

    /** A projector needs no more than two pictures a second. */
    static final long DRAW_EVERY_MS = 500;

    final H2 title = new H2("Projector");
    final Paragraph missing = new Paragraph();
    final Span progress = new Span();
    final SnapshotPanel outputs = new SnapshotPanel();
    final Button fullScreen = new Button("Full screen");

    private final BoardService boards;
    private final RunService runs;
    private final RunEvents events;
    private long classId = -1;
    private Run run;
    private long drawnAtMs;
    private ClassBroadcasts.Subscription listening;
    private RunEvents.Subscription watching;

    ProjectorView(BoardService boards, RunService runs, RunEvents events) {
        this.boards = boards;
        this.runs = runs;
        this.events = events;
        addClassName("gp-projector");
        fullScreen.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        fullScreen.addClickListener(
                e ->
                        getElement()
                                .executeJs(
                                        "document.documentElement.requestFullscreen &&"
                                                + " document.documentElement.requestFullscreen()"));
        progress.addClassName("gp-projector-progress");
        add(fullScreen, title, missing, progress, outputs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("classId").orElse("");
        try {
            classId = Long.parseLong(raw);
            showing(boards.shown(classId));
        } catch (IllegalArgumentException e) {
            classId = -1;
            fullScreen.setVisible(false);
            title.setText("Projector");
            missing.setText(
                    "There is no class " + raw.substring(0, Math.min(raw.length(), 20)) + ".");
            outputs.setVisible(false);
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (classId < 0) {
            return;
        }
        UI ui = attach.getUI();
        listening =
                boards.listen(
                        classId,
                        Secured.onPage(
                                ui,
                                b -> {
                                    if (!(b instanceof ClassBroadcasts.SendExperiment)) {
                                        showing(boards.shown(classId));
                                    }
                                }));
        watch(ui);
    }

    private void showing(Optional<ClassBroadcasts.ShowRun> shown) {
        run = shown.flatMap(s -> runs.find(s.runId())).orElse(null);
        if (run == null) {
            title.setText("Nothing is shown yet");
            missing.setText("Press \"Show to everyone\" on a tile of the live board.");
            progress.setText("");
            outputs.setVisible(false);
        } else {
            title.setText(shown.get().title());
            missing.setText("");
            outputs.setVisible(true);
            runs.latestSnapshot(run.getId()).ifPresent(s -> outputs.show(run.getDomain(), s));
            describe(run.getIterationsDone());
        }
        getUI().filter(ui -> isAttached()).ifPresent(this::watch);
    }

    private void describe(int iteration) {
        progress.setText(
                String.format(
                        Locale.ROOT,
                        "%s: %,d of %,d rounds",
                        run.getStatus().label(),
                        iteration,
                        run.getIterationsTotal()));
    }

    /** Follows the shown run's events (and only that run's). */
    private void watch(UI ui) {
        if (watching != null) {
            watching.cancel();
            watching = null;
        }
        if (run == null) {
            return;
        }
        long id = run.getId();
        watching = events.subscribe(id, Secured.onPage(ui, e -> onRunEvent(id, e)));
    }

    private void onRunEvent(long id, RunEvents.RunEvent event) {
        if (run == null || run.getId() != id) {
            return;
        }
        if (event instanceof RunEvents.SnapshotTaken t) {
            long now = System.currentTimeMillis();
            if (now - drawnAtMs >= DRAW_EVERY_MS) {
                drawnAtMs = now;
                outputs.show(run.getDomain(), t.snapshot());
            }
        } else if (event instanceof RunEvents.Progress p) {
            describe(p.iteration());
        } else if (event instanceof RunEvents.StatusChanged) {
            showing(boards.shown(classId)); // reads the run again, and its last picture
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (listening != null) {
            listening.cancel();
            listening = null;
        }
        if (watching != null) {
            watching.cancel();
            watching = null;
        }
    }
}
