package org.ganplayground.teaching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.ganplayground.classroom.CurrentUser;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunService;
import org.ganplayground.training.RunService.OwnedRun;
import org.ganplayground.training.RunSharing;
import org.ganplayground.training.Thumbnails;

/**
 * The runs a learner's classmates shared with the class: open one (read-only) or compare it with
 * one of the learner's own runs. Says plainly when there is no gallery to show.
 */
@PermitAll
@Route("gallery")
@PageTitle("Class gallery | GAN Playground")
@Menu(order = 12, icon = "PICTURE", title = "Class gallery")
class GalleryView extends VerticalLayout implements BeforeEnterObserver {

    static final String NO_CLASS =
            "The class gallery shows runs your classmates share. You are not in a class, so there"
                    + " is none for you.";
    static final String TEACHER =
            "Learners see their class's gallery here. Each of your classes has its gallery on its"
                    + " class page (My classes).";
    static final String SHARING_OFF =
            "Sharing is off for your class: your teacher turns it on when the class shares runs.";
    static final String EMPTY =
            "Nobody has shared a run yet. Open one of your runs and press \"Share with my class\".";

    final Paragraph state = new Paragraph();
    final Select<Run> mine = new Select<>();
    final Div cards = new Div();
    private final RunSharing sharing;
    private final RunService runs;
    private final Thumbnails thumbnails;
    private final CurrentUser user;

    GalleryView(RunSharing sharing, RunService runs, Thumbnails thumbnails, CurrentUser user) {
        this.sharing = sharing;
        this.user = user;
        this.runs = runs;
        this.thumbnails = thumbnails;
        mine.setLabel("Compare with one of my runs");
        mine.setItemLabelGenerator(r -> r == null ? "" : "#" + r.getId() + " " + r.getName());
        mine.setEmptySelectionAllowed(true);
        mine.setEmptySelectionCaption("Pick one of your runs");
        mine.setWidth("24rem");
        cards.setWidthFull();
        add(new H2("Class gallery"), state, mine, cards);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    void refresh() {
        RunSharing.Gallery g = sharing.myGallery();
        cards.removeAll();
        mine.setVisible(g.availability() == RunSharing.Availability.OPEN && !g.runs().isEmpty());
        state.setText(
                switch (g.availability()) {
                    case NO_CLASS -> user.get().teaches() ? TEACHER : NO_CLASS;
                    case SHARING_OFF -> SHARING_OFF;
                    case OPEN ->
                            g.runs().isEmpty()
                                    ? EMPTY
                                    : "Runs shared with your class: open one to watch it"
                                            + " (read-only), or pick one of your runs and compare.";
                });
        if (g.runs().isEmpty()) {
            return;
        }
        mine.setItems(runs.runsOf());
        cards.add(GalleryCards.of(g.runs(), thumbnails, this::compareButton));
    }

    private Component compareButton(OwnedRun shared) {
        if (runs.mayChange(shared.run())) {
            return new Span("Your run");
        }
        Button compare = new Button("Compare with my run", VaadinIcon.SPLIT.create());
        compare.addThemeVariants(ButtonVariant.LUMO_SMALL);
        compare.addClickListener(
                e -> {
                    Run own = mine.getValue();
                    if (own == null) {
                        mine.setErrorMessage("Pick one of your runs first.");
                        mine.setInvalid(true);
                        return;
                    }
                    mine.setInvalid(false);
                    String ids = shared.run().getId() + "," + own.getId();
                    getUI().ifPresent(
                                    ui ->
                                            ui.navigate(
                                                    "compare",
                                                    QueryParameters.simple(Map.of("runs", ids))));
                });
        return compare;
    }
}
