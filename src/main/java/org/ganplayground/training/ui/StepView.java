package org.ganplayground.training.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.ganplayground.base.ui.SnapshotPanel;
import org.ganplayground.engine.Metrics;
import org.ganplayground.engine.Snapshot;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunService;
import org.ganplayground.training.RunStatus;
import org.ganplayground.training.StepSessions;

/**
 * Step mode: the learner decides who learns next, k steps at a time, and sees what one side's
 * learning does to the picture (GAN Lab's step buttons).
 */
@PermitAll
@Route("step/:runId")
@PageTitle("Step mode | GAN Playground")
class StepView extends VerticalLayout implements BeforeEnterObserver {

    final IntegerField steps = new IntegerField("Steps per click");
    final Button inspector = new Button("Inspector learns");
    final Button forger = new Button("Forger learns");
    final Button both = new Button("Both learn");
    final Button close = new Button("Finish step session");
    final ModelOverview overview = new ModelOverview();
    final Span scores = new Span();
    final ProgressBar busy = new ProgressBar();
    final SnapshotPanel outputs = new SnapshotPanel();
    final RunCharts charts = new RunCharts();
    private final RunService runs;
    private final StepSessions sessions;
    final List<Snapshot> history = new ArrayList<>();
    private Run run;

    StepView(RunService runs, StepSessions sessions) {
        this.runs = runs;
        this.sessions = sessions;
        steps.setMin(1);
        steps.setMax(StepSessions.MAX_STEPS);
        steps.setValue(10);
        steps.setStepButtonsVisible(true);
        steps.setHelperText("1 to " + StepSessions.MAX_STEPS);
        inspector.addClickListener(e -> step(StepSessions.Side.INSPECTOR));
        forger.addClickListener(e -> step(StepSessions.Side.FORGER));
        both.addClickListener(e -> step(StepSessions.Side.BOTH));
        scores.getElement().setAttribute("role", "status");
        both.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.addClickListener(
                e -> {
                    sessions.close(run.getId(), "Step session finished by you.");
                    getUI().ifPresent(ui -> ui.navigate("runs/" + run.getId()));
                });
        busy.setIndeterminate(true);
        busy.getElement().setAttribute("aria-label", "Learning");
        busy.setVisible(false);
        HorizontalLayout buttons = new HorizontalLayout(steps, inspector, forger, both, close);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        buttons.setWrap(true);
        addClassName("gp-run-page");
        add(
                new H2("Step mode"),
                new Paragraph(
                        "Make one side learn at a time. Watch the inspector's verdict change when only the"
                                + " inspector learns, and the forgeries move when only the forger learns."),
                buttons,
                busy,
                scores,
                overview,
                charts.besidePicture(outputs));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RunIds.parse(event.getRouteParameters().get("runId").orElse("")).orElse(-1L);
        run = id < 0 ? null : runs.find(id).orElse(null);
        if (run == null) {
            removeAll();
            RunIds.missing(new H2()).forEach(this::add);
            return;
        }
        if (!sessions.isOpen(id)) {
            removeAll();
            add(
                    new H2("Step mode"),
                    new Paragraph(
                            sessions.openElsewhere(run)
                                    .orElse(
                                            run.getStatus() == RunStatus.INTERRUPTED
                                                            && run.getStatusMessage() != null
                                                    // e.g. the server holding it went away
                                                    ? run.getStatusMessage()
                                                    : "This step session is closed. Its steps are"
                                                            + " stored with the run.")),
                    new Anchor("runs/" + id, "Open the run"));
            return;
        }
        history.clear();
        history.addAll(runs.snapshots(id));
        overview.setConfig(runs.config(run));
        redraw();
    }

    private void step(StepSessions.Side side) {
        Integer k = steps.getValue();
        if (k == null || k < 1 || k > StepSessions.MAX_STEPS) {
            steps.setErrorMessage("Choose 1 to " + StepSessions.MAX_STEPS + " steps");
            steps.setInvalid(true);
            return;
        }
        steps.setInvalid(false);
        UI ui = UI.getCurrent();
        setBusy(true);
        overview.setLearning(
                switch (side) {
                    case INSPECTOR -> ModelOverview.Learning.INSPECTOR;
                    case FORGER -> ModelOverview.Learning.FORGER;
                    case BOTH -> ModelOverview.Learning.BOTH;
                });
        try {
            sessions.step(run.getId(), side, k)
                    .whenComplete(
                            (snapshot, error) ->
                                    ui.access(
                                            () -> {
                                                setBusy(false);
                                                if (error != null) {
                                                    scores.setText(
                                                            "That step failed: "
                                                                    + error.getMessage());
                                                    return;
                                                }
                                                history.removeIf(
                                                        s -> s.iteration() == snapshot.iteration());
                                                history.add(snapshot);
                                                redraw();
                                            }));
        } catch (IllegalStateException e) {
            setBusy(false);
            scores.setText(e.getMessage());
        }
    }

    private void setBusy(boolean on) {
        busy.setVisible(on);
        inspector.setEnabled(!on);
        forger.setEnabled(!on);
        both.setEnabled(!on);
    }

    private void redraw() {
        if (history.isEmpty()) {
            return;
        }
        Snapshot last = history.get(history.size() - 1);
        outputs.show(run.getDomain(), last);
        overview.show(last);
        charts.draw(List.of(run.getName()), List.of(history));
        scores.setText(
                String.format(
                        java.util.Locale.ROOT,
                        "Iteration %d: the inspector scores real samples %.2f and forgeries %.2f.",
                        last.iteration(),
                        last.metric(Metrics.SCORE_REAL),
                        last.metric(Metrics.SCORE_FAKE)));
    }
}
