package org.ganplayground.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableFunction;

/**
 * Tick boxes that a screen reader can name, for a grid in multi-select mode. Vaadin 24.9's own
 * selection column gives each box only an {@code aria-label} on the host element, which neither
 * reaches the box nor is allowed there (vaadin/web-components#10944; WCAG 4.1.2): the row boxes
 * have no name and axe-core reports them.
 */
public final class TickColumn {

    private TickColumn() {}

    /**
     * Hides the grid's selection column and adds, first, a column of tick boxes each named by
     * {@code name}; ticking selects the row in the grid, so the grid's selection stays the one
     * truth. No "select all" box.
     */
    public static <T> Grid.Column<T> replaceSelectionColumn(
            Grid<T> grid, SerializableFunction<T, String> name) {
        // the grid inserts its selection column when it is attached
        grid.addAttachListener(
                attach -> attach.getUI().beforeClientResponse(grid, done -> hideSelection(grid)));
        Span header = new Span("Tick");
        header.addClassName("gp-sr-only");
        Grid.Column<T> column =
                grid.addColumn(
                                LitRenderer.<T>of(
                                                "<vaadin-checkbox .checked=\"${model.selected}\""
                                                        + " .accessibleName=\"${item.tickName}\""
                                                        + " @change=\"${e => tick(e.target.checked)}\">"
                                                        + "</vaadin-checkbox>")
                                        .withProperty("tickName", name::apply)
                                        .withFunction(
                                                "tick",
                                                (item, args) -> {
                                                    if (args.getBoolean(0)) {
                                                        grid.select(item);
                                                    } else {
                                                        grid.deselect(item);
                                                    }
                                                }))
                        .setHeader(header)
                        .setWidth("72px")
                        .setFlexGrow(0);
        grid.setColumnOrder(
                java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(column),
                                grid.getColumns().stream().filter(c -> c != column))
                        .toList());
        return column;
    }

    private static void hideSelection(Grid<?> grid) {
        grid.getElement()
                .getChildren()
                .filter(e -> "vaadin-grid-flow-selection-column".equals(e.getTag()))
                .forEach(e -> e.setProperty("hidden", true));
    }
}
