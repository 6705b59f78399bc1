package org.ganplayground.game;

import java.util.ArrayList;
import java.util.List;
import org.ganplayground.domains.DomainSetup;
import org.ganplayground.domains.Domains;
import org.ganplayground.engine.Deck;
import org.ganplayground.engine.Snapshot;
import org.ganplayground.guardrails.Guardrail;
import org.ganplayground.training.RunDecks;

/**
 * A game being looked at: its rounds as stored when it was opened, and the run's decks to draw the
 * items and tell what gave each forgery away. Read-only; answers go through {@link GameService}.
 *
 * @param mine whether the caller plays it (a teacher looking at a learner's game only reads it)
 */
public record OpenGame(
        Game game, String runName, boolean mine, List<GameRound> rounds, Pictures pictures) {

    /** The first round not yet played, or -1 when the game is over. */
    public int nextPlace() {
        for (GameRound r : rounds) {
            if (!r.isPlayed()) {
                return r.getPlace();
            }
        }
        return -1;
    }

    /** Takes in a round as the service stored it after a look or an answer. */
    public void update(GameRound r) {
        rounds.set(r.getPlace(), r);
    }

    public GameRound round(int place) {
        return rounds.get(place);
    }

    public GameResult result() {
        return GameResult.of(
                game.getFormat(), rounds.stream().map(r -> r.scored(game.getFormat())).toList());
    }

    /** How many items a round shows: two for a pair, one otherwise. */
    public int shown() {
        return game.getFormat() == Format.PAIR ? 2 : 1;
    }

    /** Whether the item in this slot of the round (0: first/left) is the forgery. */
    public boolean isForgery(GameRound r, int slot) {
        return game.getFormat() == Format.PAIR ? (slot == 0) == r.isFakeFirst() : r.isShowsFake();
    }

    /** The item shown in a slot of a round, as a PNG. */
    public byte[] picture(GameRound r, int slot) {
        return isForgery(r, slot)
                ? pictures.png(r.getIteration(), Deck.FAKE, r.getFakeItem())
                : pictures.png(r.getIteration(), Deck.REAL, r.getRealItem());
    }

    /** What gave the round's forgery away: the guardrails it breaks. */
    public List<String> tells(GameRound r) {
        return pictures.tells(r.getIteration(), r.getFakeItem());
    }

    /** The run's decks, drawn in one frame, and its rules for the tells. */
    public static final class Pictures {
        private final RunDecks.Decked decked;
        private final DomainSetup setup;
        private final List<Guardrail> rules;
        private final GamePictures drawer;
        private final int group;

        Pictures(RunDecks.Decked decked) {
            this.decked = decked;
            this.setup = Domains.setup(decked.config().domain());
            this.rules =
                    setup.sampler(decked.config().guardrails(), decked.config().guardrailsUpFront())
                            .requestedRules();
            this.group = Deck.groupSize(setup.domain().pictureKind());
            List<float[]> reals = new ArrayList<>();
            for (Snapshot s : decked.decks()) {
                reals.add(s.arrays().get(Deck.REAL));
            }
            this.drawer = new GamePictures(setup, group, reals);
        }

        byte[] png(int iteration, String which, int item) {
            return drawer.png(deck(iteration, which), item);
        }

        List<String> tells(int iteration, int item) {
            return Tells.of(setup, rules, deck(iteration, Deck.FAKE), item, group);
        }

        /** Whether the run has guardrails a forgery can break. */
        public boolean hasRules() {
            return !rules.isEmpty();
        }

        private float[] deck(int iteration, String which) {
            return decked.at(iteration)
                    .map(s -> s.arrays().get(which))
                    .orElseThrow(() -> new GameRefused("This run's samples are gone."));
        }
    }
}
