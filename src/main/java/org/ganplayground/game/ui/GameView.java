package org.ganplayground.game.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.Base64;
import java.util.List;
import org.ganplayground.game.Answer;
import org.ganplayground.game.Format;
import org.ganplayground.game.GameRefused;
import org.ganplayground.game.GameRound;
import org.ganplayground.game.GameService;
import org.ganplayground.game.OpenGame;

/**
 * One game: a round at a time (a pair to pick the forgery from, or one sample to call real or
 * forged), the machine inspector's verdict on request, the answer's feedback with the tells, and at
 * the end the result. A teacher opening a learner's game reads its result so far.
 */
@PermitAll
@Route("inspector/:gameId")
@PageTitle("Inspector game | GAN Playground")
class GameView extends VerticalLayout implements BeforeEnterObserver {

    static final String NO_SUCH_GAME = "No such game";
    static final String[] SLOTS = {"A", "B"};

    final H2 title = new H2();
    final Paragraph status = new Paragraph();
    final Paragraph question = new Paragraph();
    final FlexLayout items = new FlexLayout();
    final Button look = new Button("Show the machine inspector's verdict");
    final Paragraph machine = new Paragraph();
    final ProgressBar clock = new ProgressBar();
    final Span clockText = new Span();
    final Div feedback = new Div();
    final Div answers = new Div();
    final GameResultPanel result = new GameResultPanel();

    private final GameService service;
    OpenGame game;
    private long shownAt;
    private Registration poll;

    GameView(GameService service) {
        this.service = service;
        addClassName("gp-game-page");
        items.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        items.addClassName("gp-game-items");
        look.addClickListener(e -> look());
        look.setId("gp-look");
        machine.addClassName("gp-game-machine");
        feedback.addClassName("gp-game-feedback");
        feedback.getElement().setAttribute("aria-live", "polite");
        answers.addClassName("gp-game-answers");
        clock.addClassName("gp-game-clock");
        clock.getElement().setAttribute("aria-label", "Time left in this round");
        add(
                title, status, question, items, answers, look, machine, clock, clockText, feedback,
                result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().get("gameId").map(GameView::parse).orElse(-1L);
        try {
            game = id < 0 ? null : service.open(id);
        } catch (GameRefused e) {
            game = null;
        }
        if (game == null) {
            removeAll();
            title.setText(NO_SUCH_GAME);
            add(
                    title,
                    new Paragraph("This game does not exist or was deleted."),
                    new Anchor("inspector", "Be the inspector"));
            return;
        }
        // the run's name is a learner's text: set as text
        title.setText("Be the inspector: “" + game.runName() + "”");
        show();
    }

    /** The next round to play, or the result when there is none (or the game is not mine). */
    void show() {
        feedback.removeAll();
        int place = game.nextPlace();
        boolean playing = place >= 0 && game.mine();
        for (var c : List.of(question, items, answers, look, machine)) {
            c.setVisible(playing);
        }
        clock.setVisible(false);
        clockText.setVisible(false);
        result.setVisible(!playing);
        if (!playing) {
            status.setText(
                    game.mine()
                            ? "Game over: " + game.game().getRounds() + " rounds."
                            : "Played so far by its player (you are reading it).");
            result.show(game.result());
            return;
        }
        GameRound r = game.round(place);
        status.setText(
                "Round "
                        + (place + 1)
                        + " of "
                        + game.game().getRounds()
                        + " · from "
                        + GameWords.iteration(r.getIteration())
                        + " of the run");
        items.removeAll();
        answers.removeAll();
        machine.setText("");
        look.setVisible(game.game().options().machineHint());
        look.setEnabled(true);
        if (game.game().getFormat() == Format.PAIR) {
            question.setText("One of these is a forgery, the other is real. Which is the forgery?");
            for (int slot = 0; slot < 2; slot++) {
                items.add(card(r, slot));
                Answer a = slot == 0 ? Answer.FIRST : Answer.SECOND;
                Button b = new Button(SLOTS[slot] + " is the forgery", e -> answer(a));
                b.setId("gp-answer-" + SLOTS[slot]);
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                answers.add(b);
            }
        } else {
            question.setText("Real or forged?");
            items.add(card(r, 0));
            Button real = new Button("Real", e -> answer(Answer.REAL));
            real.setId("gp-answer-real");
            Button forged = new Button("Forged", e -> answer(Answer.FORGED));
            forged.setId("gp-answer-forged");
            real.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            forged.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            answers.add(real, forged);
        }
        shownAt = System.nanoTime();
        startClock();
    }

    private Div card(GameRound r, int slot) {
        Div card = new Div();
        card.addClassName("gp-game-item");
        String name = game.shown() == 2 ? "Sample " + SLOTS[slot] : "The sample";
        Image img =
                new Image(
                        "data:image/png;base64,"
                                + Base64.getEncoder().encodeToString(game.picture(r, slot)),
                        name);
        card.add(img, new Paragraph(name));
        return card;
    }

    void look() {
        int place = game.nextPlace();
        try {
            GameRound r = service.look(game.game().getId(), place);
            game.update(r);
            machine.setText(GameWords.machineVerdict(game, r));
            look.setEnabled(false);
        } catch (GameRefused e) {
            machine.setText(e.getMessage());
        }
    }

    void answer(Answer answer) {
        int place = game.nextPlace();
        if (place < 0) {
            return;
        }
        stopClock();
        int millis = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - shownAt) / 1_000_000);
        GameRound r;
        try {
            r = service.answer(game.game().getId(), place, answer, millis);
        } catch (GameRefused e) {
            feedback.removeAll();
            feedback.add(GameWords.error(e.getMessage()));
            return;
        }
        game.update(r);
        answers.getChildren().forEach(c -> ((Button) c).setEnabled(false));
        look.setEnabled(false);
        // the feedback says the machine's verdict: not twice
        machine.setText("");
        feedback.removeAll();
        Paragraph verdict = new Paragraph(GameWords.verdict(game, r));
        verdict.addClassName(Boolean.TRUE.equals(r.getCorrect()) ? "gp-right" : "gp-wrong");
        feedback.add(verdict, new Paragraph(GameWords.machineVerdict(game, r)));
        List<String> tells = game.tells(r);
        if (!tells.isEmpty()) {
            UnorderedList list = new UnorderedList();
            tells.forEach(t -> list.add(new ListItem(new Text(t))));
            feedback.add(new Paragraph("What gave the forgery away:"), list);
        } else {
            feedback.add(
                    new Paragraph(
                            game.pictures().hasRules()
                                    ? "The forgery broke none of the run's guardrails: a good one."
                                    : "This run has no guardrails to check the forgery against."));
        }
        boolean last = game.nextPlace() < 0;
        Button next = new Button(last ? "See your result" : "Next round", e -> show());
        next.setId("gp-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        feedback.add(next);
        next.focus();
    }

    private void startClock() {
        int seconds = game.game().options().timerSeconds();
        if (seconds <= 0) {
            return;
        }
        clock.setVisible(true);
        clockText.setVisible(true);
        clock.setValue(1);
        clockText.setText(seconds + " s left");
        getUI().ifPresent(
                        ui -> {
                            ui.setPollInterval(500);
                            if (poll == null) {
                                poll = ui.addPollListener(e -> tick());
                            }
                        });
    }

    private void tick() {
        int seconds = game.game().options().timerSeconds();
        if (seconds <= 0 || game.nextPlace() < 0 || !clock.isVisible()) {
            return;
        }
        double left = seconds - (System.nanoTime() - shownAt) / 1e9;
        if (left <= 0) {
            answer(Answer.TIMEOUT);
            return;
        }
        clock.setValue(left / seconds);
        clockText.setText((int) Math.ceil(left) + " s left");
    }

    private void stopClock() {
        clock.setVisible(false);
        clockText.setVisible(false);
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopClock();
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        super.onDetach(event);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (game != null && clock.isVisible()) {
            startClock();
        }
    }

    private static long parse(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
