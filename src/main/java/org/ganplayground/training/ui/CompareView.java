package org.ganplayground.training.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.ganplayground.base.ui.SnapshotPanel;
import org.ganplayground.engine.Snapshot;
import org.ganplayground.settings.Settings;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunService;

/**
 * Two to four runs side by side: charts overlaid on one iteration axis, forgeries at the same
 * iteration, and the settings that differ.
 */
@PermitAll
@Route("compare")
@PageTitle("Compare | GAN Playground")
class CompareView extends VerticalLayout implements BeforeEnterObserver {

    final RunCharts charts = new RunCharts();
    final Timeline timeline = new Timeline();
    final HorizontalLayout outputs = new HorizontalLayout();
    final Grid<Settings.Row> differences = new Grid<>();
    private final RunService runs;
    final List<Run> shown = new ArrayList<>();
    final List<List<Snapshot>> snapshots = new ArrayList<>();
    private final List<SnapshotPanel> panels = new ArrayList<>();

    CompareView(RunService runs) {
        this.runs = runs;
        timeline.addMoveListener(e -> showAt(e.index()));
        com.vaadin.flow.component.html.Div chartColumn = new com.vaadin.flow.component.html.Div();
        chartColumn.addClassName("gp-run-charts");
        chartColumn.setWidthFull();
        charts.all().forEach(chartColumn::add);
        com.vaadin.flow.component.checkbox.Checkbox expert =
                new com.vaadin.flow.component.checkbox.Checkbox(
                        "Explain expert measures (JS, KL, Frechet)",
                        e -> charts.setExpert(e.getValue()));
        differences.setAllRowsVisible(true);
        differences.setPartNameGenerator(r -> r.differs() ? "gp-differs" : null);
        add(
                new H2("Compare runs"),
                new H3("Settings that differ are marked"),
                differences,
                timeline,
                outputs,
                new Paragraph(
                        "In every chart, green is real data and purple the forgeries, as on the"
                                + " plane; each run has its own line style: the first solid, the"
                                + " second dashed, the third dotted, the fourth dash-dot."),
                expert,
                chartColumn);
        outputs.setWrap(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> ids =
                event.getLocation()
                        .getQueryParameters()
                        .getParameters()
                        .getOrDefault("runs", List.of());
        shown.clear();
        snapshots.clear();
        String[] parts = String.join(",", ids).split(",");
        // more than 4 ids is no comparison: not one of them is looked up
        if (parts.length <= 4) {
            for (String part : parts) {
                RunIds.parse(part.strip()).ifPresent(id -> runs.find(id).ifPresent(shown::add));
            }
        }
        if (shown.size() < 2 || shown.size() > 4) {
            removeAll();
            add(
                    new H2("Compare runs"),
                    new Paragraph("Pick 2 to 4 runs on the Sessions page to compare them."));
            return;
        }
        shown.forEach(r -> snapshots.add(runs.snapshots(r.getId())));
        // whose run each is, when not the caller's: a shared or shown run sits beside one's own
        List<String> labels =
                shown.stream()
                        .map(
                                r ->
                                        "#"
                                                + r.getId()
                                                + " "
                                                + r.getName()
                                                + runs.ownerIfNotMine(r)
                                                        .map(o -> " (" + o + "'s)")
                                                        .orElse(""))
                        .toList();
        charts.draw(labels, snapshots);
        drawDifferences(labels);
        outputs.removeAll();
        panels.clear();
        for (int i = 0; i < shown.size(); i++) {
            SnapshotPanel p = new SnapshotPanel();
            panels.add(p);
            H3 heading = new H3();
            heading.add(new Anchor("runs/" + shown.get(i).getId(), labels.get(i)));
            VerticalLayout column = new VerticalLayout(heading, p);
            column.setWidth("24rem");
            outputs.add(column);
        }
        TreeSet<Integer> common =
                new TreeSet<>(snapshots.get(0).stream().map(Snapshot::iteration).toList());
        snapshots.forEach(
                list -> common.retainAll(list.stream().map(Snapshot::iteration).toList()));
        timeline.setSnapshots(List.copyOf(common), true);
        showAt(common.size() - 1);
    }

    private void showAt(int index) {
        List<Integer> iterations = timelineIterations();
        if (index < 0 || index >= iterations.size()) {
            return;
        }
        int iteration = iterations.get(index);
        for (int i = 0; i < shown.size(); i++) {
            int run = i;
            snapshots.get(i).stream()
                    .filter(s -> s.iteration() == iteration)
                    .findFirst()
                    .ifPresent(s -> panels.get(run).show(shown.get(run).getDomain(), s));
        }
        charts.setCursor(iteration);
    }

    private List<Integer> timelineIterations() {
        TreeSet<Integer> common =
                new TreeSet<>(snapshots.get(0).stream().map(Snapshot::iteration).toList());
        snapshots.forEach(
                list -> common.retainAll(list.stream().map(Snapshot::iteration).toList()));
        return List.copyOf(common);
    }

    private void drawDifferences(List<String> labels) {
        List<Settings.Row> rows =
                new ArrayList<>(Settings.compare(shown.stream().map(runs::config).toList()));
        rows.sort((a, b) -> Boolean.compare(b.differs(), a.differs()));
        differences.removeAllColumns();
        differences.addColumn(Settings.Row::label).setHeader("Setting");
        for (int i = 0; i < labels.size(); i++) {
            int run = i;
            differences
                    .addColumn(r -> (r.differs() ? "● " : "") + r.values().get(run))
                    .setHeader(labels.get(i));
        }
        differences.setItems(rows);
    }
}
