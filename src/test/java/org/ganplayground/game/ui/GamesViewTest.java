package org.ganplayground.game.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.ganplayground.KaribuViewTest;
import org.ganplayground.training.TestRuns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The inspector page: each problem shows on its field, and nobody else's run can be chosen. */
class GamesViewTest extends KaribuViewTest {

    @Autowired TestRuns testRuns;

    @Test
    void a_game_without_a_run_or_with_too_many_rounds_is_refused_on_the_field() {
        UI.getCurrent().navigate("inspector");
        GamesView view = _get(GamesView.class);
        view.startGame();
        assertThat(view.run.isInvalid()).isTrue();
        assertThat(view.run.getErrorMessage())
                .isEqualTo("Choose a run whose forgeries you will judge.");
        view.rounds.setValue(400);
        view.startGame();
        assertThat(view.rounds.isInvalid()).isTrue();
        assertThat(view.rounds.getErrorMessage()).isEqualTo("A game has 5 to 40 rounds.");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("inspector");
    }

    @Test
    void a_run_without_samples_kept_is_refused_with_the_reason_on_the_run_field() {
        // a stored run from before the game kept samples: snapshots without a deck
        long runId = testRuns.finished(me, "old run", 2);
        UI.getCurrent().navigate("inspector", QueryParameters.fromString("run=" + runId));
        GamesView view = _get(GamesView.class);
        assertThat(view.run.getValue().run().getId()).isEqualTo(runId);
        view.startGame();
        assertThat(view.run.isInvalid()).isTrue();
        assertThat(view.run.getErrorMessage()).startsWith("This run kept no samples to judge");
        // another learner's run is not offered, even by its id
        long theirs =
                testRuns.finished(
                        accounts.create("other", org.ganplayground.classroom.Role.LEARNER, null),
                        "theirs",
                        1);
        UI.getCurrent().navigate("inspector", QueryParameters.fromString("run=" + theirs));
        view = _get(GamesView.class);
        assertThat(view.run.getValue()).isNull();
    }
}
