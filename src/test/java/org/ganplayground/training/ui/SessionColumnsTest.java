package org.ganplayground.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.ganplayground.training.Run;
import org.junit.jupiter.api.Test;

class SessionColumnsTest {

    private final Grid<Run> grid = new Grid<>(Run.class, false);
    private final Grid.Column<Run> thumb = grid.addColumn(r -> "").setHeader("Forgeries");
    private final Grid.Column<Run> name = grid.addColumn(Run::getName).setHeader("Name");
    private final Grid.Column<Run> owner = grid.addColumn(r -> "").setHeader("Learner");
    private final Grid.Column<Run> domain = grid.addColumn(Run::getDomain).setHeader("Domain");
    private final Grid.Column<Run> card = grid.addColumn(Run::getName).setHeader("Run");
    private final SessionColumns columns =
            new SessionColumns(thumb, card, owner, List.of(name), List.of(domain));

    private List<String> shown() {
        return grid.getColumns().stream()
                .filter(Grid.Column::isVisible)
                .map(Grid.Column::getHeaderText)
                .toList();
    }

    @Test
    void a_phone_shows_one_card_per_run_beside_the_forgeries() {
        columns.showOwners(true);
        columns.fit(390);
        assertThat(shown()).containsExactly("Forgeries", "Run");
    }

    @Test
    void a_tablet_leaves_out_the_wide_only_columns_and_a_wide_screen_shows_them() {
        columns.showOwners(true);
        columns.fit(768);
        assertThat(shown()).containsExactly("Forgeries", "Name", "Learner");
        columns.fit(1366);
        assertThat(shown()).containsExactly("Forgeries", "Name", "Learner", "Domain");
        columns.showOwners(false);
        assertThat(shown()).containsExactly("Forgeries", "Name", "Domain");
    }
}
