package org.ganplayground.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.ganplayground.training.Run;

/**
 * Which of the sessions list's columns fit the screen, so the list never scrolls sideways: a phone
 * shows one card-like cell per run (name, then domain, status, iterations and date, then the key
 * metrics), a tablet or a narrow window leaves out the domain and the iteration count, a wide
 * screen shows every column. Follows the browser window as it is resized or turned.
 */
final class SessionColumns {

    /** Narrower windows (a phone held upright) get the card. */
    static final int PHONE_MAX = 600;

    /**
     * From this window width every column fits beside the side navigation: the fixed columns
     * (selection, forgeries, created) and six of Vaadin's default 100 px, plus the 256 px drawer
     * and the page's padding.
     */
    static final int WIDE_MIN = 1240;

    enum Fit {
        PHONE,
        TABLET,
        WIDE;

        static Fit of(int windowWidth) {
            return windowWidth < PHONE_MAX ? PHONE : windowWidth < WIDE_MIN ? TABLET : WIDE;
        }
    }

    private final Grid.Column<Run> thumb;
    private final Grid.Column<Run> card;
    private final Grid.Column<Run> owner;
    private final List<Grid.Column<Run>> notOnPhone;
    private final List<Grid.Column<Run>> wideOnly;
    private Fit fit = Fit.WIDE;
    private boolean owners;

    /**
     * @param notOnPhone columns the card replaces on a phone
     * @param wideOnly columns shown on a wide screen only
     */
    SessionColumns(
            Grid.Column<Run> thumb,
            Grid.Column<Run> card,
            Grid.Column<Run> owner,
            List<Grid.Column<Run>> notOnPhone,
            List<Grid.Column<Run>> wideOnly) {
        this.thumb = thumb;
        this.card = card;
        this.owner = owner;
        this.notOnPhone = notOnPhone;
        this.wideOnly = wideOnly;
        apply();
    }

    /** Fits the columns to the window the view is shown in, now and whenever it is resized. */
    void follow(Component view) {
        Registration[] resize = new Registration[1];
        view.addAttachListener(
                e -> {
                    view.getElement()
                            .executeJs("return window.innerWidth")
                            .then(Integer.class, this::fit);
                    resize[0] =
                            e.getUI()
                                    .getPage()
                                    .addBrowserWindowResizeListener(r -> fit(r.getWidth()));
                });
        view.addDetachListener(
                e -> {
                    if (resize[0] != null) {
                        resize[0].remove();
                    }
                });
    }

    /** Whether the learner column is wanted (a teacher reading their learners' runs). */
    void showOwners(boolean show) {
        owners = show;
        apply();
    }

    void fit(int windowWidth) {
        Fit next = Fit.of(windowWidth);
        if (next != fit) {
            fit = next;
            apply();
        }
    }

    Fit fit() {
        return fit;
    }

    private void apply() {
        boolean phone = fit == Fit.PHONE;
        card.setVisible(phone);
        notOnPhone.forEach(c -> c.setVisible(!phone));
        wideOnly.forEach(c -> c.setVisible(fit == Fit.WIDE));
        owner.setVisible(owners && !phone);
        // the thumbnail (64 px) and the cell's padding, no more, beside a phone's card
        thumb.setWidth(phone ? "96px" : "110px");
    }
}
