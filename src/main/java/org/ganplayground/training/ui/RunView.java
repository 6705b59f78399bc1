package org.ganplayground.training.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.ganplayground.base.ui.SnapshotPanel;
import org.ganplayground.engine.Snapshot;
import org.ganplayground.training.DetectorLab;
import org.ganplayground.training.QuotaExceededException;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunEvents;
import org.ganplayground.training.RunService;
import org.ganplayground.training.RunSharing;
import org.ganplayground.training.RunStatus;
import org.ganplayground.training.StepSessions;

/**
 * One run, live while it trains and as a replay afterwards: progress, the forger's outputs, the
 * charts over time, and a timeline over the stored snapshots.
 */
@PermitAll
@Route("runs/:runId")
@PageTitle("Run | GAN Playground")
class RunView extends VerticalLayout implements BeforeEnterObserver {

    final H2 title = new H2();
    final Span status = new Span();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Paragraph message = new Paragraph();
    final SnapshotPanel outputs = new SnapshotPanel();
    final RunCharts charts = new RunCharts();
    final Timeline timeline = new Timeline();
    final Button cancel = new Button("Cancel run", VaadinIcon.STOP.create());
    final Button resume = new Button("Resume", VaadinIcon.PLAY.create());
    final Button share = new Button();
    final Button pause = new Button("Pause live view", VaadinIcon.PAUSE.create());
    final ModelOverview overview = new ModelOverview();
    final HorizontalLayout exports = new HorizontalLayout();

    /** While paused the page keeps what arrives but does not redraw it (WCAG 2.2.2). */
    boolean paused;

    private final RunService runs;
    private final RunEvents events;
    private final StepSessions stepSessions;
    private final RunSharing sharing;
    private final DetectorLab lab;
    final List<Snapshot> snapshots = new ArrayList<>();
    long runId;
    private Run run;
    private RunEvents.Subscription subscription;

    RunView(
            RunService runs,
            RunEvents events,
            StepSessions stepSessions,
            RunSharing sharing,
            DetectorLab lab) {
        this.runs = runs;
        this.lab = lab;
        this.events = events;
        this.stepSessions = stepSessions;
        this.sharing = sharing;
        status.getElement().getThemeList().add("badge");
        // a polite live region: it changes only when the status does, so it never floods
        status.getElement().setAttribute("role", "status");
        progress.setWidth("100%");
        progress.getElement().setAttribute("aria-label", "Training progress");
        pause.addClickListener(e -> setPaused(!paused));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(e -> runs.cancel(runId));
        resume.addClickListener(e -> resume());
        share.addClickListener(e -> toggleSharing());
        timeline.addMoveListener(e -> showAt(e.index()));
        HorizontalLayout head = new HorizontalLayout(title, status, cancel, resume, share, pause);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        add(
                head,
                progress,
                progressText,
                message,
                overview,
                charts.besidePicture(outputs, timeline),
                exports);
        exports.setWrap(true);
        addClassName("gp-run-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        runId = RunIds.parse(event.getRouteParameters().get("runId").orElse("")).orElse(-1L);
        // subscribe, then read: a change between the two arrives as an event, none is missed
        subscribe(event.getUI());
        reload();
    }

    private void subscribe(UI ui) {
        if (subscription != null) {
            subscription.cancel();
        }
        // Events arrive on training threads or another learner's request thread. Inside
        // ui.access the page's own user is signed in: the security config installs Vaadin's
        // session-aware context holder (classroom/ui/SecurityConfig.java). Wrapping the command
        // to set a context would leave the calling thread signed in as this page's user.
        subscription = events.subscribe(runId, event -> ui.access(() -> onEvent(event)));
    }

    /** Pausing stops the picture and charts moving; the status and progress still update. */
    void setPaused(boolean on) {
        paused = on;
        pause.setText(on ? "Resume live view" : "Pause live view");
        pause.setIcon(on ? VaadinIcon.PLAY.create() : VaadinIcon.PAUSE.create());
        if (!on && run != null) {
            redraw(timeline.isAtEnd());
        }
    }

    void reload() {
        run = runId < 0 ? null : runs.find(runId).orElse(null);
        if (run == null) {
            removeAll();
            RunIds.missing(title).forEach(this::add);
            return;
        }
        String shared = sharing.seenByClass(run) ? "shared with the class, " : "";
        title.setText(
                runs.ownerIfNotMine(run)
                        .map(
                                owner ->
                                        run.getName()
                                                + " ("
                                                + owner
                                                + "'s run, "
                                                + shared
                                                + "read-only)")
                        .orElse(run.getName()));
        snapshots.clear();
        snapshots.addAll(runs.snapshots(runId));
        overview.setConfig(runs.config(run));
        redraw(true);
        exports.removeAll();
        RunExports.links(runs, run).forEach(exports::add);
        exports.add(new Anchor("compare?runs=" + runId, "Compare with other runs"));
        // the same settings on the playground, to run again or change one thing
        String playground =
                "./?"
                        + org.ganplayground.settings.Settings.query(runs.config(run))
                        + (run.getLessonSlug() == null
                                ? ""
                                : "&lesson="
                                        + java.net.URLEncoder.encode(
                                                run.getLessonSlug(),
                                                java.nio.charset.StandardCharsets.UTF_8));
        exports.add(new Anchor(playground, "Open these settings in the playground"));
        // the playground opens its sweep dialog over these settings (sweeps/ui/SweepDialog.java)
        exports.add(new Anchor(playground + "&sweep", "Sweep this run…"));
        if (!run.getStatus().isActive()) {
            // the inspector game judges the samples the run kept (game/ui/GamesView.java)
            exports.add(
                    new Anchor("inspector?run=" + runId, "Be the inspector: judge its forgeries"));
        }
        if (lab.testable(run)) {
            exports.add(
                    new Anchor(
                            "detector-lab?inspector=" + runId,
                            "Test this inspector on another forger"));
        }
        if (stepSessions.isOpen(runId)) {
            exports.add(new Anchor("step/" + runId, "Continue in step mode"));
        } else {
            stepSessions.openElsewhere(run).ifPresent(why -> exports.add(new Span(why)));
        }
        if (run.getLessonSlug() != null) {
            exports.add(new Anchor("lessons/" + run.getLessonSlug(), "Back to the lesson"));
        }
    }

    /** Shares the run with the class, or takes it out of the gallery (owner or teacher). */
    private void toggleSharing() {
        try {
            sharing.share(runId, !run.isShared());
            Notification.show(
                    run.isShared()
                            ? "No longer shared: classmates cannot open it."
                            : "Shared: your classmates can open it in the class gallery, read-only.");
        } catch (IllegalStateException | IllegalArgumentException e) {
            Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE);
        }
        reload();
    }

    private void resume() {
        try {
            runs.resume(runId);
        } catch (IllegalStateException | QuotaExceededException e) {
            Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE);
        }
        reload();
    }

    private void redraw(boolean moveToEnd) {
        RunStatus s = run.getStatus();
        status.setText(s.label());
        if (cancel.isVisible() && !runs.mayCancel(run)) {
            // the run ended: a keyboard user on Cancel or Pause, now hidden, goes on from the title
            title.getElement().setAttribute("tabindex", "-1");
            title.getElement()
                    .executeJs(
                            "setTimeout(() => { const a = document.activeElement;"
                                    + " if (!a || a === document.body) $0.focus(); })",
                            title.getElement());
        }
        cancel.setVisible(runs.mayCancel(run));
        resume.setVisible(runs.mayResume(run));
        share.setText(run.isShared() ? "Stop sharing" : "Share with my class");
        share.setVisible(sharing.mayShare(run) || sharing.mayUnshare(run));
        pause.setVisible(s.isActive());
        if (paused && !s.isActive()) {
            // a run that ends while paused is drawn to its end: the button to resume is gone
            paused = false;
            pause.setText("Pause live view");
            pause.setIcon(VaadinIcon.PAUSE.create());
        }
        double done =
                run.getIterationsTotal() == 0
                        ? 0
                        : run.getIterationsDone() / (double) run.getIterationsTotal();
        progress.setValue(Math.min(1, done));
        progressText.setText(RunProgress.describe(run, runs.runsAhead(runId), lastElapsed()));
        message.setText(run.getStatusMessage() == null ? "" : run.getStatusMessage());
        message.setVisible(run.getStatusMessage() != null);
        if (paused) {
            return;
        }
        charts.draw(List.of(run.getName()), List.of(snapshots));
        timeline.setSnapshots(snapshots.stream().map(Snapshot::iteration).toList(), moveToEnd);
        if (!snapshots.isEmpty() && moveToEnd) {
            showAt(snapshots.size() - 1);
        }
    }

    private long lastElapsed() {
        return snapshots.isEmpty() ? 0 : snapshots.get(snapshots.size() - 1).elapsedMs();
    }

    private void showAt(int index) {
        if (index < 0 || index >= snapshots.size()) {
            return;
        }
        Snapshot s = snapshots.get(index);
        outputs.show(run.getDomain(), s);
        overview.show(s);
        charts.setCursor(
                index == snapshots.size() - 1 && run.getStatus().isActive() ? -1 : s.iteration());
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (subscription == null && runId >= 0) {
            // attached again after a detach: subscribe, then read what changed meanwhile
            subscribe(attach.getUI());
            reload();
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
        timeline.stop();
    }

    private void onEvent(RunEvents.RunEvent event) {
        if (run == null) {
            return;
        }
        if (run.getStatus() == RunStatus.QUEUED
                && (event instanceof RunEvents.Progress
                        || event instanceof RunEvents.SnapshotTaken)) {
            // it started between this page's first read and its subscription: read it again
            reload();
            return;
        }
        if (event instanceof RunEvents.QueueChanged) {
            if (run.getStatus() == RunStatus.QUEUED) {
                progressText.setText(RunProgress.position(runs.runsAhead(runId)));
            }
        } else if (event instanceof RunEvents.Progress p) {
            if (run.getStatus() != RunStatus.RUNNING) {
                reload(); // a resumed run: its status changed before this page read it
                return;
            }
            progress.setValue(Math.min(1, p.iteration() / (double) p.total()));
            progressText.setText(RunProgress.live(p.iteration(), p.total(), p.elapsedMs()));
        } else if (event instanceof RunEvents.SnapshotTaken t) {
            snapshots.removeIf(s -> s.iteration() >= t.snapshot().iteration());
            snapshots.add(t.snapshot());
            if (paused) {
                return;
            }
            boolean atEnd = timeline.isAtEnd();
            charts.draw(List.of(run.getName()), List.of(snapshots));
            timeline.setSnapshots(snapshots.stream().map(Snapshot::iteration).toList(), atEnd);
            if (atEnd) {
                showAt(snapshots.size() - 1);
            }
        } else {
            reload();
        }
    }
}
