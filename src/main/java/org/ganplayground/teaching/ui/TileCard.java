package org.ganplayground.teaching.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.util.Base64;
import java.util.Locale;
import org.ganplayground.teaching.RunInfo;
import org.ganplayground.teaching.Tile;

/**
 * One learner's square on the board. Takes no services: "Show to everyone" fires a {@link Show}
 * event that the board turns into a service call. Only what changed is sent to the browser: the
 * picture only when its version moved.
 */
class TileCard extends Div {

    /** The teacher wants this tile's run on every screen. */
    static final class Show extends ComponentEvent<TileCard> {
        final long runId;

        Show(TileCard source, long runId) {
            super(source, false);
            this.runId = runId;
        }
    }

    final Span name = new Span();
    final Image picture = new Image();
    final Span runName = new Span();
    final Span status = new Span();
    final Span iteration = new Span();
    final Div flags = new Div();
    final Anchor open = new Anchor();
    final Button show = new Button("Show to everyone");
    private long pictureVersion = -1;
    private Long runId;

    TileCard(Tile tile) {
        addClassName("gp-tile");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", tile.username());
        getElement().setAttribute("data-learner", tile.username());
        name.addClassName("gp-tile-name");
        name.setText(tile.username());
        picture.addClassName("gp-tile-picture");
        status.getElement().getThemeList().add("badge small");
        iteration.addClassName("gp-tile-iteration");
        runName.addClassName("gp-hint");
        flags.addClassName("gp-tile-flags");
        show.addThemeVariants(ButtonVariant.LUMO_SMALL);
        show.addClickListener(
                e -> {
                    if (runId != null) {
                        fireEvent(new Show(this, runId));
                    }
                });
        open.setText("Open");
        add(name, picture, runName, status, iteration, flags, open, show);
        update(tile);
    }

    Registration addShowListener(ComponentEventListener<Show> listener) {
        return addListener(Show.class, listener);
    }

    void update(Tile tile) {
        RunInfo run = tile.run();
        runId = run == null ? null : run.id();
        boolean hasRun = run != null;
        runName.setText(hasRun ? run.name() : "No run yet");
        status.setText(hasRun ? run.status().label() : "");
        status.setVisible(hasRun);
        status.getElement().getThemeList().removeAll(java.util.List.of("success", "error"));
        if (hasRun && run.status().isActive()) {
            status.getElement().getThemeList().add("success");
        }
        iteration.setText(
                hasRun
                        ? String.format(
                                Locale.ROOT,
                                "%,d / %,d rounds",
                                tile.iteration(),
                                run.iterationsTotal())
                        : "");
        flags.removeAll();
        for (Tile.Flag f : tile.flags()) {
            Span flag = new Span(f.text());
            flag.getElement().getThemeList().add("badge error small");
            flag.getElement().setAttribute("data-flag", f.kind().name().toLowerCase(Locale.ROOT));
            flags.add(flag);
        }
        if (!tile.flags().isEmpty()) {
            addClassName("gp-tile-flagged");
        } else {
            removeClassName("gp-tile-flagged");
        }
        if (tile.pictureVersion() != pictureVersion) {
            pictureVersion = tile.pictureVersion();
            if (tile.picture() == null) {
                picture.setSrc("");
                picture.setVisible(false);
            } else {
                picture.setSrc(
                        "data:image/png;base64,"
                                + Base64.getEncoder().encodeToString(tile.picture()));
                picture.setAlt("The latest forgeries of " + tile.username() + "'s run");
                picture.setVisible(true);
            }
        }
        open.setVisible(hasRun);
        show.setVisible(hasRun);
        if (hasRun) {
            open.setHref("runs/" + run.id());
            open.getElement().setAttribute("aria-label", "Open " + tile.username() + "'s run");
            show.getElement()
                    .setAttribute("aria-label", "Show " + tile.username() + "'s run to everyone");
        }
    }
}
