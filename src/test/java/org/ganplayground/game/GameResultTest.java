package org.ganplayground.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Scoring a game from its stored answers, and planning its rounds. */
class GameResultTest {

    private static GameResult.Scored pair(
            int iteration, boolean fakeFirst, Answer a, boolean machine) {
        return new GameResult.Scored(iteration, a, fakeFirst, false, machine, false);
    }

    @Test
    void the_player_is_fooled_from_the_first_snapshot_after_which_they_never_beat_chance() {
        List<GameResult.Scored> rounds = new ArrayList<>();
        rounds.add(pair(0, true, Answer.FIRST, true)); // right
        rounds.add(pair(100, true, Answer.SECOND, true)); // wrong
        rounds.add(pair(200, false, Answer.SECOND, true)); // right
        rounds.add(pair(300, false, Answer.FIRST, false)); // wrong, machine wrong
        rounds.add(pair(400, true, Answer.TIMEOUT, false)); // wrong, machine wrong
        GameResult r = GameResult.of(Format.PAIR, rounds);
        assertThat(r.played()).isEqualTo(5);
        assertThat(r.right()).isEqualTo(2);
        assertThat(r.machineRight()).isEqualTo(3);
        assertThat(r.youFooledFrom()).isEqualTo(300);
        assertThat(r.machineFooledFrom()).isEqualTo(300);
        assertThat(r.running()).containsExactly(1.0, 0.5, 2 / 3.0, 0.5, 0.4);
        assertThat(r.halves()[0]).isEqualTo(0.5);
        assertThat(r.halves()[1]).isCloseTo(1 / 3.0, within(1e-12));
    }

    @Test
    void a_player_right_at_the_last_snapshot_is_not_fooled_and_unplayed_rounds_do_not_count() {
        List<GameResult.Scored> rounds = new ArrayList<>();
        rounds.add(pair(0, true, Answer.SECOND, true));
        rounds.add(pair(100, true, Answer.FIRST, true));
        rounds.add(pair(200, true, null, true));
        GameResult r = GameResult.of(Format.PAIR, rounds);
        assertThat(r.played()).isEqualTo(2);
        assertThat(r.youFooledFrom()).isNull();
        assertThat(r.perSnapshot())
                .extracting(GameResult.AtSnapshot::iteration)
                .containsExactly(0, 100);
    }

    @Test
    void d_prime_is_zero_for_answers_that_ignore_the_sample_and_high_for_perfect_ones() {
        List<GameResult.Scored> always = new ArrayList<>();
        List<GameResult.Scored> perfect = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            boolean fake = i % 2 == 0;
            always.add(new GameResult.Scored(0, Answer.REAL, false, fake, true, false));
            perfect.add(
                    new GameResult.Scored(
                            0, fake ? Answer.FORGED : Answer.REAL, false, fake, true, false));
        }
        GameResult lean = GameResult.of(Format.SINGLE, always);
        assertThat(lean.dPrime()).isCloseTo(0, within(1e-9));
        assertThat(lean.bias()).isGreaterThan(1); // leans hard to "real"
        GameResult best = GameResult.of(Format.SINGLE, perfect);
        assertThat(best.dPrime()).isGreaterThan(3);
        assertThat(best.bias()).isCloseTo(0, within(1e-9));
        assertThat(Signal.z(0.5)).isCloseTo(0, within(1e-9));
        assertThat(Signal.z(0.975)).isCloseTo(1.959964, within(1e-6));
        assertThat(Signal.z(0.01)).isCloseTo(-2.326348, within(1e-6));
    }

    @Test
    void a_plan_walks_from_the_first_kept_snapshot_to_the_last_and_repeats_no_item_early() {
        List<Integer> kept = List.of(0, 300, 600, 900, 1200);
        GameOptions options = new GameOptions(Format.PAIR, Walk.EARLY_TO_LATE, 20, 0, true);
        List<RoundPlan.Planned> plan = RoundPlan.of(kept, 10, options, 42);
        assertThat(plan).hasSize(20);
        assertThat(plan.get(0).iteration()).isZero();
        assertThat(plan.get(19).iteration()).isEqualTo(1200);
        for (int i = 1; i < plan.size(); i++) {
            assertThat(plan.get(i).iteration()).isGreaterThanOrEqualTo(plan.get(i - 1).iteration());
        }
        for (int it : kept) {
            Set<Integer> fakes = new HashSet<>();
            plan.stream().filter(p -> p.iteration() == it).forEach(p -> fakes.add(p.fakeItem()));
            long rounds = plan.stream().filter(p -> p.iteration() == it).count();
            assertThat(fakes).hasSize((int) rounds);
        }
        assertThat(RoundPlan.of(kept, 10, options, 42)).isEqualTo(plan);
        assertThat(RoundPlan.of(kept, 10, options, 43)).isNotEqualTo(plan);
    }
}
