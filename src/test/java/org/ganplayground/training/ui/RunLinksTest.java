package org.ganplayground.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import org.ganplayground.KaribuViewTest;
import org.ganplayground.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Hand-edited links to runs get the page a missing run gets, never an exception page. */
class RunLinksTest extends KaribuViewTest {

    private static final String MISSING_ID = "987654321";
    private static final String TWENTY_DIGITS = "12345678901234567890";

    @Autowired JdbcTemplate jdbc;
    @Autowired org.ganplayground.training.RunService runs;
    @Autowired org.ganplayground.training.StepSessions stepSessions;

    private static String page(Class<? extends Component> view) {
        return _get(view).getElement().getTextRecursively();
    }

    private static String open(String location, Class<? extends Component> view) {
        UI.getCurrent().navigate(location);
        return page(view);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", TWENTY_DIGITS, "-1", "0x10", "1e3", " 7"})
    void a_run_link_with_a_bad_id_shows_no_such_run_like_a_missing_id(String id) {
        String missing = open("runs/" + MISSING_ID, RunView.class);
        assertThat(missing).contains(RunIds.NO_SUCH_RUN).contains(RunIds.MISSING);
        assertThat(open("runs/" + id, RunView.class)).isEqualTo(missing);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", TWENTY_DIGITS, "-1"})
    void a_step_link_with_a_bad_id_shows_no_such_run_like_a_missing_id(String id) {
        String missing = open("step/" + MISSING_ID, StepView.class);
        assertThat(missing).contains(RunIds.NO_SUCH_RUN).contains(RunIds.MISSING);
        assertThat(open("step/" + id, StepView.class)).isEqualTo(missing);
    }

    private static String compare(String ids) {
        UI.getCurrent().navigate("compare", QueryParameters.simple(Map.of("runs", ids)));
        return page(CompareView.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc,1", "abc,def", TWENTY_DIGITS + ",-1", "", ",,,"})
    void a_compare_link_with_bad_ids_shows_the_page_for_missing_runs(String ids) {
        String missing = compare(MISSING_ID + "," + MISSING_ID + "1");
        assertThat(missing).contains("Pick 2 to 4 runs");
        assertThat(compare(ids)).isEqualTo(missing);
    }

    @org.junit.jupiter.api.Test
    void a_compare_link_with_30_ids_of_a_real_run_shows_the_page_for_missing_runs() {
        long id = storedRun();
        String thirty = String.join(",", Collections.nCopies(30, Long.toString(id)));
        assertThat(compare(thirty)).isEqualTo(compare(MISSING_ID + "," + MISSING_ID + "1"));
    }

    /** A finished run row, without training one. */
    private long storedRun() {
        String config =
                Settings.writeJson(
                        Settings.read(
                                        Map.of(
                                                "domain",
                                                "points-2d",
                                                "iterations",
                                                "10",
                                                "snapshot.every",
                                                "10"))
                                .orThrow());
        jdbc.update(
                "insert into run (owner_id, name, domain, config_json, status, iterations_total,"
                        + " iterations_done, created_at, version)"
                        + " values (?, 'stored', 'points-2d', ?, 'COMPLETED', 10, 10, ?, 0)",
                me.id(),
                config,
                Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select max(id) from run", Long.class);
    }

    @Test
    void another_learners_run_step_session_and_compare_ids_look_exactly_like_missing_ones()
            throws Exception {
        // learner A: a finished run and an open step session
        var ring =
                org.ganplayground.settings.Settings.read(
                                Map.of(
                                        "domain",
                                        "points-2d",
                                        "iterations",
                                        "60",
                                        "snapshot.every",
                                        "20"))
                        .orThrow();
        long run = runs.launch(ring, "A's run", null).getId();
        long step = stepSessions.open(ring, null).getId();
        var learnerA = me;
        while (runs.find(run).orElseThrow().getStatus().isActive()) {
            Thread.sleep(50);
        }
        try {
            // learner B tampers with the address bar
            signInAs(accounts.create("other", org.ganplayground.classroom.Role.LEARNER, null));
            assertThat(open("runs/" + run, RunView.class))
                    .isEqualTo(open("runs/" + MISSING_ID, RunView.class));
            assertThat(open("step/" + step, StepView.class))
                    .isEqualTo(open("step/" + MISSING_ID, StepView.class));
            assertThat(compare(run + "," + step)).isEqualTo(compare(MISSING_ID + ",987654322"));
            // no export links either: the page of a missing run has none
            open("runs/" + run, RunView.class);
            assertThat(_find(_get(RunView.class), com.vaadin.flow.component.html.Anchor.class))
                    .noneMatch(a -> a.getText().contains("CSV"));
        } finally {
            signInAs(learnerA);
            stepSessions.close(step, "test over.");
        }
    }
}
