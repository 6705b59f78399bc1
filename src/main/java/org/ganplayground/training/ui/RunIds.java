package org.ganplayground.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.OptionalLong;

/**
 * Run ids as links carry them. Anything but a plain id (letters, a sign, a decimal point, more
 * digits than a long holds) is no run at all, and gets the page a missing run gets.
 */
final class RunIds {

    static final String NO_SUCH_RUN = "No such run";
    static final String MISSING = "This run does not exist or was deleted.";

    /** 18 digits always fit a long; ids never come near. */
    private static final int MAX_DIGITS = 18;

    private RunIds() {}

    /**
     * The id in {@code text}, or empty when it is not a plain non-negative number; never throws.
     */
    static OptionalLong parse(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_DIGITS) {
            return OptionalLong.empty();
        }
        long id = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return OptionalLong.empty();
            }
            id = id * 10 + (c - '0');
        }
        return OptionalLong.of(id);
    }

    /** What a page shows instead of a run that cannot be found. */
    static List<Component> missing(H2 title) {
        title.setText(NO_SUCH_RUN);
        return List.of(title, new Paragraph(MISSING), new Anchor("sessions", "Your sessions"));
    }
}
