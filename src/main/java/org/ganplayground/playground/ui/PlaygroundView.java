package org.ganplayground.playground.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import org.ganplayground.base.ui.SnapshotPanel;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.lessons.LessonService;
import org.ganplayground.settings.InvalidConfigException;
import org.ganplayground.settings.Preset;
import org.ganplayground.settings.Presets;
import org.ganplayground.settings.Settings;
import org.ganplayground.sweeps.Sweep;
import org.ganplayground.sweeps.SweepPlan;
import org.ganplayground.sweeps.SweepService;
import org.ganplayground.sweeps.ui.SweepDialog;
import org.ganplayground.training.QuotaExceededException;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunService;
import org.ganplayground.training.StepSessions;

/**
 * The start page: choose what is real, set guardrails, start from a preset or tune, launch. The
 * whole config lives in the URL, so a copied link reproduces the run.
 */
@PermitAll
@Route("")
@PageTitle("Playground | GAN Playground")
@Menu(order = 0, icon = "FLASK", title = "Playground")
class PlaygroundView extends HorizontalLayout implements BeforeEnterObserver {

    final Select<Preset> preset = new Select<>();
    final Paragraph presetText = new Paragraph();
    final SettingsForm settings = new SettingsForm();
    final GuardrailEditor guardrails = new GuardrailEditor();
    final SnapshotPanel preview = new SnapshotPanel();
    final Button launch = new Button("Launch run", VaadinIcon.PLAY.create());
    final Button stepMode = new Button("Open in step mode", VaadinIcon.STEP_FORWARD.create());

    /** Runs these settings over several seeds or values of one setting. */
    final Button sweep = new Button("Sweep…", VaadinIcon.CHART.create());

    /** The open sweep dialog, if any. */
    SweepDialog sweepDialog;

    final Span status = new Span();

    /** What the config would cost on this server, beside Launch. */
    final Span estimate = new Span();

    final Upload importConfig = new Upload();
    private final PlaygroundLogic logic;
    private final RunService runs;
    private final StepSessions stepSessions;
    private final LessonService lessons;
    private final SweepService sweeps;

    PlaygroundView(
            RunService runs,
            StepSessions stepSessions,
            LessonService lessons,
            SweepService sweeps) {
        this.runs = runs;
        this.stepSessions = stepSessions;
        this.lessons = lessons;
        this.sweeps = sweeps;
        this.logic = new PlaygroundLogic(this);
        setWidthFull();
        setWrap(true);

        preset.setLabel("Start from a preset");
        preset.setPlaceholder("Your own settings");
        preset.setItems(Presets.all());
        preset.setItemLabelGenerator(
                p -> p.title() + (p.instructiveFailure() ? " (fails on purpose)" : ""));
        preset.setWidth("24rem");
        preset.setMaxWidth("100%");
        preset.addValueChangeListener(
                e -> {
                    if (e.isFromClient() && e.getValue() != null) {
                        logic.load(e.getValue().params());
                    }
                });
        presetText.addClassName("gp-hint");
        settings.addChangeListener(e -> logic.changed());
        guardrails.addChangeListener(e -> logic.changed());
        launch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        launch.addClickListener(e -> launch());
        stepMode.setTooltipText("Decide yourself which side learns, a few steps at a time");
        stepMode.addClickListener(e -> openStepMode());
        sweep.setTooltipText("Run these settings over several seeds, or several values of one");
        sweep.addClickListener(e -> openSweep());
        status.addClassName("gp-hint");
        estimate.addClassName("gp-hint");
        importConfig.setAcceptedFileTypes("application/json", ".json");
        importConfig.setMaxFileSize(Settings.MAX_TEXT);
        importConfig.setUploadButton(
                new Button("Import a config (JSON)", VaadinIcon.UPLOAD.create()));
        importConfig.setDropLabel(new Span("or drop an exported config here"));
        // the upload refuses a file over the size before it is read: say why in plain words
        importConfig.addFileRejectedListener(
                e ->
                        status.setText(
                                "Not imported: a config file is at most "
                                        + String.format(
                                                java.util.Locale.ROOT, "%,d", Settings.MAX_TEXT)
                                        + " characters of JSON, exported from a run or the"
                                        + " playground."));
        importConfig.addAttachListener(
                e -> {
                    UI ui = e.getUI();
                    importConfig.setUploadHandler(
                            UploadHandler.inMemory((meta, data) -> importFile(ui, data)));
                });

        VerticalLayout left =
                new VerticalLayout(new H2("Playground"), preset, presetText, settings, guardrails);
        left.setWidth("34rem");
        HorizontalLayout buttons = new HorizontalLayout(launch, sweep, stepMode);
        buttons.setWrap(true);
        VerticalLayout right =
                new VerticalLayout(
                        new H2("What is real"), preview, buttons, estimate, status, importConfig);
        right.setWidth("28rem");
        // side by side where they fit, one under the other on a tablet upright or a phone
        left.setMaxWidth("100%");
        right.setMaxWidth("100%");
        add(left, right);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        logic.enter(
                event.getLocation().getQueryParameters(),
                slug -> lessons.find(slug).isPresent() && !lessons.locked().contains(slug));
        // a lesson keeps the settings it is not about out of the way
        settings.hide(lessons.hiddenControls(logic.lessonSlug()));
        if (logic.sweepAsked() && logic.validConfig() != null) {
            openSweep();
        }
    }

    /**
     * The sweep dialog over the settings as they are: it plans each edit here, and a started sweep
     * opens its page; problems are shown on the dialog's fields.
     */
    void openSweep() {
        GanConfig config = logic.validConfig();
        if (config == null) {
            status.setText("Fix the marked settings first.");
            return;
        }
        SweepDialog dialog = new SweepDialog(config);
        dialog.addChangeListener(
                e -> {
                    SweepPlan plan = sweeps.plan(config, e.request());
                    dialog.showPlan(plan, plan.valid() ? sweeps.estimate(plan) : "");
                });
        dialog.addStartListener(
                e -> {
                    try {
                        Sweep started = sweeps.start(config, e.request(), logic.lessonSlug());
                        dialog.close();
                        getUI().ifPresent(ui -> ui.navigate("sweeps/" + started.getId()));
                    } catch (InvalidConfigException problem) {
                        dialog.showErrors(problem.errors());
                    }
                });
        dialog.addDetachListener(e -> sweepDialog = null);
        sweepDialog = dialog;
        dialog.refresh();
        dialog.open();
    }

    /** Called on the upload's request thread: hand the file to the UI's own thread. */
    private void importFile(UI ui, byte[] data) {
        String json = new String(data, StandardCharsets.UTF_8);
        ui.access(() -> logic.importJson(json));
    }

    /** Called by the logic after every change: the estimate of a valid config, else nothing. */
    void estimateChanged(GanConfig config) {
        estimate.setText(config == null ? "" : runs.estimate(config).sentence());
    }

    private void openStepMode() {
        start("step/", config -> stepSessions.open(config, logic.lessonSlug()));
    }

    private void launch() {
        start("runs/", config -> runs.launch(config, null, logic.lessonSlug()));
    }

    /** Starts a run the given way and opens its page; problems are shown where they belong. */
    private void start(String route, java.util.function.Function<GanConfig, Run> how) {
        GanConfig config = logic.validConfig();
        if (config == null) {
            status.setText("Fix the marked settings first.");
            return;
        }
        try {
            Run run = how.apply(config);
            getUI().ifPresent(ui -> ui.navigate(route + run.getId()));
        } catch (InvalidConfigException e) {
            logic.showErrors(e.errors());
        } catch (QuotaExceededException e) {
            Notification n = Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
    }
}
