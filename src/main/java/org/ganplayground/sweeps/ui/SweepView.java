package org.ganplayground.sweeps.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.ganplayground.base.ui.LineChart;
import org.ganplayground.sweeps.Sweep;
import org.ganplayground.sweeps.SweepChart;
import org.ganplayground.sweeps.SweepRow;
import org.ganplayground.sweeps.SweepService;
import org.ganplayground.training.RunEvents;
import org.ganplayground.training.ui.MetricGuide;

/**
 * One sweep: what was swept over which seeds, a row per run (value, seed, status, outcome, a link
 * to the run), and the chosen outcome against the swept value, the mean over seeds with the lowest
 * and highest. Live: it reads again whenever one of its runs changes status.
 */
@PermitAll
@Route("sweeps/:sweepId")
@PageTitle("Sweep | GAN Playground")
class SweepView extends VerticalLayout implements BeforeEnterObserver {

    static final String NO_SUCH_SWEEP = "No such sweep";

    final H2 title = new H2();
    final Paragraph swept = new Paragraph();
    final Paragraph progress = new Paragraph();
    final Button cancel = new Button("Cancel sweep", VaadinIcon.STOP.create());
    final Anchor csv = new Anchor();
    final Select<String> outcome = new Select<>();
    final OutcomeChart chart = new OutcomeChart();
    final Grid<SweepRow> table = new Grid<>(SweepRow.class, false);

    private final SweepService sweeps;
    private final RunEvents events;
    long sweepId = -1;
    private Sweep sweep;
    List<SweepRow> rows = List.of();
    private volatile Set<Long> runIds = Set.of();
    private volatile boolean waiting;
    private RunEvents.Subscription subscription;
    private boolean laidOut;

    SweepView(SweepService sweeps, RunEvents events) {
        this.sweeps = sweeps;
        this.events = events;
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(e -> cancelSweep());
        csv.setText("Download CSV");
        csv.getElement().setAttribute("download", true);
        outcome.setLabel("Outcome");
        outcome.setItemLabelGenerator(MetricGuide::label);
        outcome.addValueChangeListener(e -> drawChart());
        chart.setWidthFull();
        table.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.setAllRowsVisible(true);
        table.addColumn(SweepRow::shown).setHeader("Value").setFlexGrow(1);
        table.addColumn(SweepRow::seed).setHeader("Seed").setFlexGrow(0).setWidth("6rem");
        table.addColumn(SweepRow::statusText).setHeader("Status").setFlexGrow(2);
        table.addColumn(r -> outcomeOf(r)).setHeader("Outcome").setFlexGrow(1);
        // Lit escapes the name (a learner's text)
        table.addColumn(
                        LitRenderer.<SweepRow>of(
                                        "${item.id ? html`<a href=\"runs/${item.id}\">${item.name}</a>` : ''}")
                                .withProperty("id", SweepRow::runId)
                                .withProperty("name", SweepRow::runName))
                .setHeader("Run")
                .setFlexGrow(3);
        addClassName("gp-sweep-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sweepId = parse(event.getRouteParameters().get("sweepId").orElse(""));
        // subscribe, then read: a change between the two arrives as an event, none is missed
        subscribe(event.getUI());
        reload();
    }

    private void subscribe(UI ui) {
        if (subscription != null) {
            subscription.cancel();
        }
        // every run's news, on training threads: only this sweep's status changes reach the page,
        // which updates inside ui.access as its own signed-in user (training/ui/RunView.java)
        subscription =
                events.subscribeStatus(
                        e -> {
                            if (runIds.contains(e.runId()) || waiting) {
                                ui.access(this::reload);
                            }
                        });
    }

    void reload() {
        sweep = sweepId < 0 ? null : sweeps.find(sweepId).orElse(null);
        if (sweep == null) {
            removeAll();
            laidOut = false;
            title.setText(NO_SUCH_SWEEP);
            add(
                    title,
                    new Paragraph("This sweep does not exist or was deleted."),
                    new Anchor("sweeps", "Your sweeps"));
            return;
        }
        if (!laidOut) {
            layout();
        }
        title.setText(
                sweeps.ownerIfNotMine(sweep)
                        .map(o -> sweep.getName() + " (" + o + "'s sweep, read-only)")
                        .orElse(sweep.getName()));
        swept.setText(sweeps.describe(sweep) + ".");
        rows = sweeps.rows(sweepId);
        runIds =
                rows.stream()
                        .map(SweepRow::runId)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toUnmodifiableSet());
        waiting = rows.stream().anyMatch(SweepRow::waiting);
        long ended =
                rows.stream().filter(r -> r.status() != null && !r.status().isActive()).count();
        progress.setText(
                ended
                        + " of "
                        + rows.size()
                        + " runs ended"
                        + (waiting ? "; the runs marked waiting start as earlier runs end." : "."));
        cancel.setVisible(sweeps.mayCancel(sweep, rows));
        List<String> present =
                SweepChart.outcomes(rows).stream().filter(MetricGuide::charted).toList();
        String chosen = outcome.getValue();
        outcome.setItems(present);
        outcome.setValue(
                chosen != null && present.contains(chosen)
                        ? chosen
                        : SweepChart.defaultOutcome(present));
        outcome.setVisible(!present.isEmpty());
        table.setItems(rows);
        drawChart();
    }

    private void layout() {
        removeAll();
        laidOut = true;
        long id = sweepId;
        csv.setHref(
                DownloadHandler.fromInputStream(
                        event -> {
                            byte[] data = sweeps.csv(id).getBytes(StandardCharsets.UTF_8);
                            return new DownloadResponse(
                                    new ByteArrayInputStream(data),
                                    "sweep-" + id + ".csv",
                                    "text/csv",
                                    data.length);
                        }));
        HorizontalLayout head = new HorizontalLayout(title, cancel);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        HorizontalLayout links = new HorizontalLayout(csv);
        links.setWrap(true);
        links.add(
                new Anchor(
                        "./?" + org.ganplayground.settings.Settings.query(sweeps.config(sweep)),
                        "Open the starting settings in the playground"));
        if (sweep.getLessonSlug() != null) {
            links.add(new Anchor("lessons/" + sweep.getLessonSlug(), "Back to the lesson"));
        }
        add(head, swept, progress, links, outcome, chart, new H3("Runs"), table);
    }

    private void drawChart() {
        String metric = outcome.getValue();
        if (metric == null) {
            chart.clear();
        } else {
            chart.draw(SweepChart.of(rows, metric), xName(), sweep.overSeedsOnly());
        }
        // the table's outcome column follows the chosen outcome
        table.getDataProvider().refreshAll();
    }

    private String xName() {
        return sweep.overSeedsOnly() ? "seed" : sweeps.settingLabel(sweep).toLowerCase();
    }

    private String outcomeOf(SweepRow r) {
        String metric = outcome.getValue();
        Double v = metric == null || !r.finished() ? null : r.metrics().get(metric);
        return v == null ? "" : LineChart.number(v);
    }

    private void cancelSweep() {
        try {
            sweeps.cancel(sweepId);
            Notification.show("Sweep cancelled: what its runs trained so far is kept.");
        } catch (IllegalStateException | IllegalArgumentException e) {
            Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE);
        }
        reload();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (subscription == null && sweepId >= 0) {
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
    }

    /** A plain id of at most 18 digits, else -1 (the page a missing sweep gets). */
    static long parse(String text) {
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Long.parseLong(text);
    }
}
