package org.ganplayground.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ganplayground.classroom.CurrentUser;
import org.ganplayground.domains.Domain;
import org.ganplayground.domains.Domains;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunService;
import org.ganplayground.training.RunStatus;
import org.ganplayground.training.Thumbnails;

/** The learner's stored sessions: filter, sort, open, rename, annotate, delete, compare. */
@PermitAll
@Route("sessions")
@PageTitle("Sessions | GAN Playground")
@Menu(order = 10, icon = "ARCHIVE", title = "Sessions")
class SessionsView extends VerticalLayout implements com.vaadin.flow.router.BeforeEnterObserver {

    /** The date filter's choices, counted back from now in the server's time zone. */
    enum Since {
        TODAY("Today", 0),
        WEEK("Last 7 days", 7),
        MONTH("Last 30 days", 30);

        final String label;
        private final int days;

        Since(String label, int days) {
            this.label = label;
            this.days = days;
        }

        Instant from(Clock clock) {
            return LocalDate.now(clock).minusDays(days).atStartOfDay(clock.getZone()).toInstant();
        }
    }

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    final Grid<Run> grid = new Grid<>(Run.class, false);
    final Select<Domain> domainFilter = new Select<>();
    final Select<RunStatus> statusFilter = new Select<>();
    final Select<Since> dateFilter = new Select<>();
    final Button compare = new Button("Compare selected", VaadinIcon.SPLIT.create());
    final TextField name = new TextField("Name");
    final TextArea notes = new TextArea("Notes");
    final Button save = new Button("Save");
    final Button delete = new Button("Delete", VaadinIcon.TRASH.create());
    final HorizontalLayout editor = new HorizontalLayout(name, notes, save, delete);

    /** Teachers only: their own runs, or their learners' runs with an owner column. */
    final Select<String> whose = new Select<>();

    static final String MINE = "Your runs";
    static final String LEARNERS = "Your learners' runs";
    private static final String OWN_HINT =
            "Open a run by its name. Tick one to rename, annotate or delete it; tick 2 to 4 to"
                    + " compare them.";
    private static final String LEARNERS_HINT =
            "Read-only: open a run by its name; tick 2 to 4 to compare them.";

    /** A run's name as a link to its page; Lit escapes the name (a learner's text). */
    private static final String RUN_LINK =
            "<a class=\"gp-run-link\" href=\"runs/${item.id}\">${item.name}</a>";

    final H2 heading = new H2("Your sessions");
    final Span hint = new Span(OWN_HINT);

    private final RunService runs;
    private final Thumbnails thumbnails;
    private final SessionColumns columns;
    private Map<Long, String> owners = Map.of();
    private List<Run> all = List.of();
    private final Clock clock = Clock.systemDefaultZone();

    SessionsView(RunService runs, Thumbnails thumbnails, CurrentUser user) {
        this.runs = runs;
        this.thumbnails = thumbnails;
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        // the grid's own tick boxes have no accessible name in Vaadin 24.9
        org.ganplayground.base.ui.TickColumn.replaceSelectionColumn(
                grid, r -> "Tick " + r.getName());
        // names and key metrics wrap instead of being cut: the seed at the end of a name is often
        // the only difference between two runs
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        // a template, not a component per row: the list stays quick with a class's runs
        Grid.Column<Run> thumb =
                grid.addColumn(
                                LitRenderer.<Run>of(
                                                "${item.thumb ? html`<img src=\"${item.thumb}\""
                                                        + " alt=\"Latest forgeries\" width=\"64\""
                                                        + " height=\"64\" style=\"display: block\">` : ''}")
                                        .withProperty("thumb", this::thumbnail))
                        .setHeader("Forgeries")
                        .setWidth("110px")
                        .setFlexGrow(0);
        // the name opens the run: a link works with a tap, where a double-click does not
        Grid.Column<Run> nameColumn =
                grid.addColumn(runLink(LitRenderer.of(RUN_LINK)))
                        .setTooltipGenerator(Run::getName)
                        .setHeader("Name")
                        .setComparator(Run::getName)
                        .setFlexGrow(3);
        Grid.Column<Run> ownerColumn =
                grid.addColumn(r -> owners.getOrDefault(r.getOwnerId(), ""))
                        .setHeader("Learner")
                        .setSortable(true);
        ownerColumn.setVisible(false);
        Grid.Column<Run> domain =
                grid.addColumn(r -> Domains.byId(r.getDomain()).title())
                        .setHeader("Domain")
                        .setSortable(true);
        Grid.Column<Run> status =
                grid.addColumn(r -> r.getStatus().label()).setHeader("Status").setSortable(true);
        Grid.Column<Run> iterations =
                grid.addColumn(r -> r.getIterationsDone() + " / " + r.getIterationsTotal())
                        .setHeader("Iterations");
        Grid.Column<Run> created =
                grid.addColumn(r -> WHEN.format(r.getCreatedAt()))
                        .setHeader("Created")
                        .setWidth("150px")
                        .setFlexGrow(0)
                        .setSortable(true)
                        .setComparator(Run::getCreatedAt);
        Grid.Column<Run> metrics =
                grid.addColumn(r -> SessionSummary.keyMetrics(r.getSummaryJson()))
                        .setTooltipGenerator(r -> SessionSummary.keyMetrics(r.getSummaryJson()))
                        .setHeader("Key metrics")
                        .setFlexGrow(3);
        Grid.Column<Run> card =
                grid.addColumn(
                                runLink(
                                                LitRenderer.<Run>of(
                                                        "<div class=\"gp-run-card\">"
                                                                + RUN_LINK
                                                                + "<span class=\"gp-hint\">${item.facts}</span>"
                                                                + "<span class=\"gp-hint\">${item.metrics}</span>"
                                                                + "</div>"))
                                        .withProperty("facts", this::facts)
                                        .withProperty(
                                                "metrics",
                                                r -> SessionSummary.keyMetrics(r.getSummaryJson())))
                        .setHeader("Run")
                        .setComparator(Run::getName)
                        .setFlexGrow(1);
        columns =
                new SessionColumns(
                        thumb,
                        card,
                        ownerColumn,
                        List.of(nameColumn, status, created, metrics),
                        List.of(domain, iterations));
        columns.follow(this);
        grid.addItemClickListener(
                e -> {
                    if (e.getClickCount() == 2) {
                        getUI().ifPresent(ui -> ui.navigate("runs/" + e.getItem().getId()));
                    }
                });
        grid.addSelectionListener(e -> selectionChanged());

        domainFilter.setLabel("Domain");
        domainFilter.setEmptySelectionAllowed(true);
        domainFilter.setItems(Domains.all());
        domainFilter.setItemLabelGenerator(d -> d == null ? "Any domain" : d.title());
        domainFilter.addValueChangeListener(e -> filter());
        statusFilter.setLabel("Status");
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setItems(RunStatus.values());
        statusFilter.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        statusFilter.addValueChangeListener(e -> filter());
        domainFilter.setEmptySelectionCaption("Any domain");
        statusFilter.setEmptySelectionCaption("Any status");
        dateFilter.setLabel("Created");
        dateFilter.setEmptySelectionAllowed(true);
        dateFilter.setEmptySelectionCaption("Any time");
        dateFilter.setItems(Since.values());
        dateFilter.setItemLabelGenerator(d -> d == null ? "Any time" : d.label);
        dateFilter.addValueChangeListener(e -> filter());
        compare.addClickListener(
                e -> {
                    String ids =
                            grid.getSelectedItems().stream()
                                    .map(r -> r.getId().toString())
                                    .collect(Collectors.joining(","));
                    // a query goes in QueryParameters: a "?" in the path fails Vaadin's check
                    getUI().ifPresent(
                                    ui ->
                                            ui.navigate(
                                                    "compare",
                                                    com.vaadin.flow.router.QueryParameters.of(
                                                            "runs", ids)));
                });
        save.addClickListener(e -> saveSelected());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> confirmDelete());
        name.setMaxLength(Run.NAME_MAX_LENGTH);
        notes.setMaxLength(Run.NOTES_MAX_LENGTH);
        notes.setWidth("30rem");

        whose.setLabel("Whose runs");
        whose.setItems(MINE, LEARNERS);
        whose.setValue(MINE);
        whose.setVisible(user.get().teaches());
        whose.addValueChangeListener(e -> refresh());

        HorizontalLayout filters =
                new HorizontalLayout(whose, domainFilter, statusFilter, dateFilter, compare);
        filters.setAlignItems(Alignment.BASELINE);
        editor.setAlignItems(Alignment.BASELINE);
        // a phone or a tablet upright puts what does not fit on the next line
        filters.setWrap(true);
        editor.setWrap(true);
        notes.setMaxWidth("100%");
        hint.addClassName("gp-hint");
        // runs made by a sweep are listed here too; the sweeps themselves, with a teacher's
        // learners' sweeps, have their own page (sweeps/ui/SweepsView.java)
        add(
                heading,
                hint,
                new com.vaadin.flow.component.html.Anchor(
                        "sweeps", "Sweeps: settings run over several seeds or values"),
                filters,
                grid,
                editor);
        setSizeFull();
        refresh();
    }

    private static LitRenderer<Run> runLink(LitRenderer<Run> renderer) {
        return renderer.withProperty("id", Run::getId).withProperty("name", Run::getName);
    }

    /** What the wide list shows in columns, in one line of a phone's card. */
    private String facts(Run r) {
        String owner = owners.get(r.getOwnerId());
        return (owner == null ? "" : owner + " · ")
                + Domains.byId(r.getDomain()).title()
                + " · "
                + r.getStatus().label()
                + " · "
                + r.getIterationsDone()
                + " / "
                + r.getIterationsTotal()
                + " · "
                + WHEN.format(r.getCreatedAt());
    }

    /**
     * The latest forgeries, small, as a data URL (null when there are none yet); computed only for
     * rows the learner scrolls to.
     */
    private String thumbnail(Run run) {
        return thumbnails
                .of(run)
                .map(png -> "data:image/png;base64," + Base64.getEncoder().encodeToString(png))
                .orElse(null);
    }

    /** Reads the runs again; the ticked ones stay ticked. */
    void refresh() {
        java.util.Set<Long> ticked =
                grid.getSelectedItems().stream().map(Run::getId).collect(Collectors.toSet());
        if (LEARNERS.equals(whose.getValue())) {
            List<RunService.OwnedRun> theirs = runs.runsOfMyLearners();
            owners =
                    theirs.stream()
                            .collect(
                                    Collectors.toMap(
                                            o -> o.run().getOwnerId(),
                                            RunService.OwnedRun::owner,
                                            (a, b) -> a));
            all = theirs.stream().map(RunService.OwnedRun::run).toList();
            heading.setText(LEARNERS);
            hint.setText(LEARNERS_HINT);
        } else {
            heading.setText("Your sessions");
            hint.setText(OWN_HINT);
            owners = Map.of();
            all = runs.runsOf();
        }
        columns.showOwners(!owners.isEmpty());
        filter().stream().filter(r -> ticked.contains(r.getId())).forEach(grid::select);
        selectionChanged();
    }

    /** Shows the runs that pass the filters, and returns them. */
    private List<Run> filter() {
        Instant from = dateFilter.getValue() == null ? null : dateFilter.getValue().from(clock);
        List<Run> shown =
                all.stream()
                        .filter(r -> from == null || !r.getCreatedAt().isBefore(from))
                        .filter(
                                r ->
                                        domainFilter.getValue() == null
                                                || r.getDomain()
                                                        .equals(domainFilter.getValue().id()))
                        .filter(
                                r ->
                                        statusFilter.getValue() == null
                                                || r.getStatus() == statusFilter.getValue())
                        .toList();
        grid.setItems(shown);
        return shown;
    }

    private void selectionChanged() {
        int n = grid.getSelectedItems().size();
        compare.setEnabled(n >= 2 && n <= 4);
        compare.setTooltipText("Pick 2 to 4 runs");
        // a teacher reads their learners' runs; only a run's owner renames or deletes it
        boolean one = n == 1 && runs.mayChange(grid.getSelectedItems().iterator().next());
        // shown for one selected run only: a hidden editor never reaches the browser
        editor.setVisible(one);
        if (one) {
            Run r = grid.getSelectedItems().iterator().next();
            name.setValue(r.getName());
            notes.setValue(r.getNotes() == null ? "" : r.getNotes());
        }
    }

    private void saveSelected() {
        Run r = grid.getSelectedItems().iterator().next();
        try {
            runs.rename(r.getId(), name.getValue());
            runs.setNotes(r.getId(), notes.getValue());
            name.setInvalid(false);
            refresh();
            Notification.show("Saved");
        } catch (IllegalArgumentException e) {
            name.setErrorMessage(e.getMessage());
            name.setInvalid(true);
        }
    }

    private void confirmDelete() {
        Run r = grid.getSelectedItems().iterator().next();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Delete \"" + r.getName() + "\"?");
        dialog.setText("Its snapshots and charts are deleted too. This cannot be undone.");
        dialog.setCancelable(true);
        dialog.setConfirmText("Delete");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(
                e -> {
                    try {
                        runs.delete(r.getId());
                        refresh();
                    } catch (IllegalStateException ex) {
                        Notification.show(ex.getMessage());
                    }
                });
        dialog.open();
    }

    /** {@code /sessions?whose=learners} opens a teacher's view of their learners' runs. */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        var whoseParam = event.getLocation().getQueryParameters().getParameters().get("whose");
        if (whose.isVisible() && whoseParam != null && whoseParam.contains("learners")) {
            whose.setValue(LEARNERS);
        }
    }
}
