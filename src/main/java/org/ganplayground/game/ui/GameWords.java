package org.ganplayground.game.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.ganplayground.game.ClassGame;
import org.ganplayground.game.ClassGames;
import org.ganplayground.game.Format;
import org.ganplayground.game.Game;
import org.ganplayground.game.GameResult;

/** The game's sentences and small pieces, apart from the views so tests read them directly. */
final class GameWords {

    private GameWords() {}

    static String percent(double share) {
        return Double.isNaN(share) ? "–" : Math.round(share * 100) + " %";
    }

    static String progress(Game game, GameResult result) {
        return result.played() + " of " + game.getRounds() + (game.isFinished() ? "" : " so far");
    }

    static String iteration(int iteration) {
        return String.format(Locale.ROOT, "iteration %,d", iteration);
    }

    /** "You were fooled from iteration X on; the inspector from iteration Y" and variants. */
    static String fooled(GameResult r) {
        String you =
                r.youFooledFrom() == null
                        ? "You were not fooled at the end: at the last snapshot you beat chance"
                        : "You were fooled from " + iteration(r.youFooledFrom()) + " on";
        String machine =
                r.machineFooledFrom() == null
                        ? "the machine inspector was not fooled at the end."
                        : "the machine inspector from " + iteration(r.machineFooledFrom()) + " on.";
        return you + "; " + machine;
    }

    /** d-prime and bias, read for a learner. */
    static String signal(GameResult r) {
        if (Double.isNaN(r.dPrime())) {
            return "Play both kinds of round to get your d′ (how well you tell them apart).";
        }
        String how;
        if (r.dPrime() < -0.3) {
            how =
                    "below chance: you took the forgeries for real more often than not, so they fooled you";
        } else if (r.dPrime() < 0.3) {
            how = "you could hardly tell them apart";
        } else {
            how = r.dPrime() < 1 ? "you told them apart somewhat" : "you told them apart well";
        }
        String lean;
        if (Math.abs(r.bias()) < 0.2) {
            lean = "with hardly any lean";
        } else if (r.format() == Format.SINGLE) {
            lean = r.bias() > 0 ? "leaning to “real”" : "leaning to “forged”";
        } else {
            lean =
                    r.bias() > 0
                            ? "leaning to the right-hand sample"
                            : "leaning to the left-hand sample";
        }
        return String.format(
                Locale.ROOT,
                "d′ = %.2f (0 means chance; 1 or more is good): %s, %s (bias c = %.2f).",
                r.dPrime(),
                how,
                lean,
                r.bias());
    }

    /** Accuracy in the first half of the rounds against the second: did you learn? */
    static String learning(GameResult r) {
        double[] h = r.halves();
        if (Double.isNaN(h[0])) {
            return "";
        }
        String verdict =
                h[1] > h[0] + 0.05
                        ? "you got better as you played."
                        : h[1] < h[0] - 0.05
                                ? "you did worse later on (later rounds may show better forgeries)."
                                : "about the same.";
        return "First half of the rounds "
                + percent(h[0])
                + ", second half "
                + percent(h[1])
                + ": "
                + verdict;
    }

    static String withMachine(GameResult r) {
        return "With the machine's verdict looked at: "
                + rounds(r.withMachine())
                + ". Without: "
                + rounds(r.withoutMachine())
                + ".";
    }

    private static String rounds(GameResult.Share s) {
        return s.rounds() == 0
                ? "no rounds"
                : s.rounds()
                        + (s.rounds() == 1 ? " round, " : " rounds, ")
                        + percent(s.accuracy())
                        + " right";
    }

    /** Whether the answer was right, and which sample was the forgery. */
    static String verdict(
            org.ganplayground.game.OpenGame game, org.ganplayground.game.GameRound r) {
        String truth =
                game.shown() == 2
                        ? (r.isFakeFirst() ? "A" : "B") + " was the forgery."
                        : "It was " + (r.isShowsFake() ? "a forgery." : "real.");
        if (r.getAnswer() == org.ganplayground.game.Answer.TIMEOUT) {
            return "Time ran out. " + truth;
        }
        return (Boolean.TRUE.equals(r.getCorrect()) ? "Right! " : "Not this time. ") + truth;
    }

    /**
     * The machine inspector's verdict on what the round shows, as a share "real" (how sure it is),
     * and the answer it would give.
     */
    static String machineVerdict(
            org.ganplayground.game.OpenGame game, org.ganplayground.game.GameRound r) {
        if (game.shown() == 2) {
            double a = r.isFakeFirst() ? r.getFakeScore() : r.getRealScore();
            double b = r.isFakeFirst() ? r.getRealScore() : r.getFakeScore();
            return "The machine inspector scores A "
                    + percent(a)
                    + " real and B "
                    + percent(b)
                    + " real: it picks "
                    + (a < b ? "A" : "B")
                    + " as the forgery.";
        }
        double s = r.isShowsFake() ? r.getFakeScore() : r.getRealScore();
        return "The machine inspector scores it "
                + percent(s)
                + " real: it says “"
                + (s >= 0.5 ? "real" : "forged")
                + "”.";
    }

    static Component classGameRow(
            ClassGames.Listed listed, Map<Long, String> classNames, Consumer<ClassGame> join) {
        ClassGame cg = listed.game();
        Div row = new Div();
        row.addClassName("gp-class-game");
        // the run's name is a learner's text: set as text
        row.add(new Span("“" + listed.runName() + "” · " + cg.options().format().label() + " · "));
        if (classNames.containsKey(cg.getClassId())) {
            row.add(
                    new Span(
                            classNames.get(cg.getClassId())
                                    + (cg.isOpen() ? " · open " : " · closed ")));
            row.add(new Anchor("inspector/class/" + cg.getId(), "Board"));
        } else {
            Button play = new Button("Play", e -> join.accept(cg));
            play.setId("gp-join-" + cg.getId());
            row.add(play);
        }
        return row;
    }

    static Component error(String message) {
        Span s = new Span(message);
        s.addClassName("gp-error");
        s.getElement().setAttribute("role", "alert");
        return s;
    }
}
