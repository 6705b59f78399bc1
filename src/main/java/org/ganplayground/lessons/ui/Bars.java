package org.ganplayground.lessons.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import org.ganplayground.lessons.Histogram;

/**
 * A histogram as rows of labelled bars, each with its count written beside it: the numbers are text
 * (readable, and read by screen readers and tests), the bar only shows them at a glance.
 */
class Bars extends VerticalLayout {

    static final String ROW = "gp-bar";
    static final String LABEL = "gp-bar-label";
    static final String COUNT = "gp-bar-count";

    Bars(Histogram histogram) {
        setPadding(false);
        setSpacing(false);
        int largest = histogram.largest();
        for (Histogram.Bar bar : histogram.bars()) {
            Span label = new Span(bar.label());
            label.addClassName(LABEL);
            label.setWidth("14rem");
            Div fill = new Div();
            fill.getStyle()
                    .set("background", "var(--lumo-primary-color)")
                    .set("height", "100%")
                    .set(
                            "width",
                            String.format(Locale.ROOT, "%.1f%%", 100.0 * bar.count() / largest));
            Div track = new Div(fill);
            track.getElement().setAttribute("aria-hidden", "true");
            track.getStyle()
                    .set("background", "var(--lumo-contrast-10pct)")
                    .set("width", "10rem")
                    .set("height", "1em");
            Span count = new Span(String.valueOf(bar.count()));
            count.addClassName(COUNT);
            HorizontalLayout row = new HorizontalLayout(label, track, count);
            row.addClassName(ROW);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            add(row);
        }
    }
}
