package org.ganplayground.teaching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.ganplayground.domains.Domains;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunService.OwnedRun;
import org.ganplayground.training.Thumbnails;

/**
 * A class's shared runs as a grid of cards: latest forgeries, name, owner, domain, status and
 * iterations, a link to the run, and what the page adds below (compare, unshare).
 */
final class GalleryCards {

    private GalleryCards() {}

    static Div of(
            List<OwnedRun> runs, Thumbnails thumbnails, Function<OwnedRun, Component> actions) {
        Div grid = new Div();
        grid.addClassName("gp-gallery");
        grid.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "repeat(auto-fill, minmax(15rem, 1fr))")
                .set("gap", "var(--lumo-space-m)")
                .set("width", "100%");
        runs.forEach(o -> grid.add(card(o, thumbnails, actions.apply(o))));
        return grid;
    }

    private static Div card(OwnedRun o, Thumbnails thumbnails, Component actions) {
        Run run = o.run();
        Div card = new Div();
        card.addClassName("gp-gallery-card");
        card.getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-m)")
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("gap", "var(--lumo-space-xs)");
        thumbnails
                .of(run)
                .ifPresentOrElse(
                        png -> {
                            Image img =
                                    new Image(
                                            "data:image/png;base64,"
                                                    + Base64.getEncoder().encodeToString(png),
                                            "Latest forgeries of " + run.getName());
                            img.setWidth("128px");
                            img.setHeight("128px");
                            card.add(img);
                        },
                        () -> card.add(hint("No forgeries yet.")));
        // learners' text: set as text, never as HTML
        Anchor open = new Anchor("runs/" + run.getId(), run.getName());
        open.getStyle().set("font-weight", "600");
        card.add(
                open,
                hint("by " + o.owner()),
                hint(Domains.byId(run.getDomain()).title() + " · " + run.getStatus().label()),
                hint(
                        String.format(
                                Locale.ROOT,
                                "%,d / %,d iterations",
                                run.getIterationsDone(),
                                run.getIterationsTotal())),
                actions);
        return card;
    }

    private static Span hint(String text) {
        Span s = new Span(text);
        s.addClassName("gp-hint");
        return s;
    }
}
