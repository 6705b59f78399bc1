package org.ganplayground.game.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.ganplayground.base.ui.LineChart;
import org.ganplayground.game.Format;
import org.ganplayground.game.GameResult;

/**
 * A game's result: the player's accuracy per snapshot beside the machine inspector's on the same
 * samples, when each was fooled, d-prime and bias, accuracy over the rounds, with and without the
 * machine's verdict, and the published figures to compare with. Takes no services.
 */
class GameResultPanel extends Div {

    final H3 headline = new H3();
    final LineChart perSnapshot =
            new LineChart(
                            "You and the machine inspector, through the run",
                            "The share of rounds each got right at each snapshot of the run."
                                    + " 50 % is chance: guessing.")
                    .withXLabel("iteration of the run");
    final Paragraph fooled = new Paragraph();
    final Paragraph signal = new Paragraph();
    final LineChart overRounds =
            new LineChart("Your accuracy over the rounds", "Your share right after each round.")
                    .withXLabel("round")
                    .withWholeX(true);
    final Paragraph learning = new Paragraph();
    final Paragraph withMachine = new Paragraph();
    final Paragraph published = new Paragraph();

    GameResultPanel() {
        addClassName("gp-game-result");
        perSnapshot.setWidthFull();
        overRounds.setWidthFull();
        published.addClassName("gp-hint");
        add(headline, perSnapshot, fooled, signal, overRounds, learning, withMachine, published);
    }

    void show(GameResult r) {
        headline.setText(
                "You got "
                        + r.right()
                        + " of "
                        + r.played()
                        + " right ("
                        + GameWords.percent(r.accuracy())
                        + "); the machine inspector, on the same samples, "
                        + r.machineRight()
                        + " ("
                        + GameWords.percent(r.machineAccuracy())
                        + ").");
        List<double[]> you = new ArrayList<>();
        List<double[]> machine = new ArrayList<>();
        List<double[]> chance = new ArrayList<>();
        for (GameResult.AtSnapshot s : r.perSnapshot()) {
            you.add(new double[] {s.iteration(), s.you()});
            machine.add(new double[] {s.iteration(), s.machine()});
            chance.add(new double[] {s.iteration(), 0.5});
        }
        perSnapshot.setData(
                List.of(
                        new LineChart.Series("You", "#1f77b4", false, 0, "circle", 1, null),
                        new LineChart.Series(
                                "Machine inspector", "#d62728", false, 1, "triangle", 1, null),
                        new LineChart.Series("Chance", "#7f7f7f", false, 2, "rect", 1, null)),
                List.of(you, machine, chance),
                summary(r));
        fooled.setText(GameWords.fooled(r));
        signal.setText(GameWords.signal(r));
        List<double[]> running = new ArrayList<>();
        for (int i = 0; i < r.running().size(); i++) {
            running.add(new double[] {i + 1, r.running().get(i)});
        }
        overRounds.setData(
                List.of(new LineChart.Series("You", "#1f77b4", false, 0, "circle", 1, null)),
                List.of(running));
        learning.setText(GameWords.learning(r));
        withMachine.setText(GameWords.withMachine(r));
        published.setText(
                r.format() == Format.PAIR
                        ? "Published: people picking the deepfake of a pair of videos were right"
                                + " 80 % of the time after 10 pairs, and 82 % of them beat the"
                                + " computer model (Groh and others, PNAS 2022)."
                        : "Published: people rating single deepfake videos were right 66 to 72 %"
                                + " of the time (Groh and others, PNAS 2022); single StyleGAN"
                                + " faces, 48 %, 59 % after training with feedback (Nightingale"
                                + " and Farid, PNAS 2022).");
    }

    /** The chart in words, snapshot by snapshot (what a screen reader hears). */
    static String summary(GameResult r) {
        StringBuilder s = new StringBuilder();
        for (GameResult.AtSnapshot a : r.perSnapshot()) {
            s.append(GameWords.iteration(a.iteration()))
                    .append(": you ")
                    .append(GameWords.percent(a.you()))
                    .append(", machine ")
                    .append(GameWords.percent(a.machine()))
                    .append(" (")
                    .append(a.rounds())
                    .append(a.rounds() == 1 ? " round). " : " rounds). ");
        }
        return s.toString().trim();
    }
}
