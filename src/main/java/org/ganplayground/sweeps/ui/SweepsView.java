package org.ganplayground.sweeps.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.ganplayground.sweeps.SweepService;

/** The caller's sweeps, and a teacher's learners' sweeps, newest first, each a link to its page. */
@PermitAll
@Route("sweeps")
@PageTitle("Sweeps | GAN Playground")
@Menu(order = 11, icon = "CHART", title = "Sweeps")
class SweepsView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    final Grid<SweepService.Listed> mine = grid(false);
    final Grid<SweepService.Listed> learners = grid(true);
    final Paragraph none =
            new Paragraph(
                    "No sweeps yet. In the playground, press \"Sweep…\" beside Launch to run your"
                            + " settings over several seeds, or over several values of one"
                            + " setting.");
    final H3 learnersHeading = new H3("Your learners' sweeps");

    private final SweepService sweeps;

    SweepsView(SweepService sweeps) {
        this.sweeps = sweeps;
        none.addClassName("gp-hint");
        add(new H2("Your sweeps"), none, mine, learnersHeading, learners);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<SweepService.Listed> own = sweeps.mine();
        mine.setItems(own);
        mine.setVisible(!own.isEmpty());
        none.setVisible(own.isEmpty());
        List<SweepService.Listed> theirs = sweeps.ofMyLearners();
        learners.setItems(theirs);
        learners.setVisible(!theirs.isEmpty());
        learnersHeading.setVisible(!theirs.isEmpty());
    }

    private static Grid<SweepService.Listed> grid(boolean withOwner) {
        Grid<SweepService.Listed> g = new Grid<>();
        g.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        g.setAllRowsVisible(true);
        // Lit escapes the name (a learner's text)
        g.addColumn(
                        LitRenderer.<SweepService.Listed>of(
                                        "<a href=\"sweeps/${item.id}\">${item.name}</a>")
                                .withProperty("id", l -> l.sweep().getId())
                                .withProperty("name", l -> l.sweep().getName()))
                .setHeader("Name")
                .setFlexGrow(3);
        if (withOwner) {
            g.addColumn(SweepService.Listed::owner).setHeader("Learner").setSortable(true);
        }
        g.addColumn(SweepService.Listed::swept).setHeader("Swept").setFlexGrow(3);
        g.addColumn(l -> l.runs() + (l.waiting() > 0 ? " (" + l.waiting() + " waiting)" : ""))
                .setHeader("Runs");
        g.addColumn(l -> WHEN.format(l.sweep().getCreatedAt())).setHeader("Made");
        return g;
    }
}
