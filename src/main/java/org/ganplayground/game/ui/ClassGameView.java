package org.ganplayground.game.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.ganplayground.game.ClassGames;
import org.ganplayground.game.Format;
import org.ganplayground.game.GameRefused;

/**
 * The teacher's board for a class game, fit for a projector: a live leaderboard, the class's votes
 * per round beside the machine inspector's, and how many learners beat the machine. Reads again
 * every few seconds while open.
 */
@RolesAllowed("TEACHER")
@Route("inspector/class/:classGameId")
@PageTitle("Class game | GAN Playground")
class ClassGameView extends VerticalLayout implements BeforeEnterObserver {

    static final int REFRESH_MS = 3000;

    final H2 title = new H2();
    final Paragraph summary = new Paragraph();
    final Grid<ClassGames.Standing> leaderboard = new Grid<>();
    final Grid<ClassGames.Vote> votes = new Grid<>();
    final Button close = new Button("Close the game", VaadinIcon.STOP.create());

    private final ClassGames classGames;
    long id = -1;
    ClassGames.Board board;
    private Registration poll;

    ClassGameView(ClassGames classGames) {
        this.classGames = classGames;
        addClassName("gp-class-game-page");
        summary.addClassName("gp-class-game-summary");
        leaderboard.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        leaderboard.setAllRowsVisible(true);
        leaderboard
                .addColumn(s -> board.standings().indexOf(s) + 1)
                .setHeader("#")
                .setWidth("4rem")
                .setFlexGrow(0);
        // usernames are text cells, never HTML
        leaderboard.addColumn(ClassGames.Standing::learner).setHeader("Learner").setFlexGrow(2);
        leaderboard
                .addColumn(s -> s.right() + " of " + s.played() + (s.done() ? "" : " so far"))
                .setHeader("Right");
        leaderboard.addColumn(s -> GameWords.percent(s.accuracy())).setHeader("Accuracy");
        leaderboard
                .addColumn(s -> GameWords.percent(s.machine()))
                .setHeader("Machine, same rounds");
        leaderboard.addColumn(s -> s.beatMachine() ? "yes" : "no").setHeader("Beat the machine");
        votes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        votes.setAllRowsVisible(true);
        votes.addColumn(v -> v.place() + 1).setHeader("Round").setWidth("5rem").setFlexGrow(0);
        votes.addColumn(v -> GameWords.iteration(v.iteration())).setHeader("From");
        votes.addColumn(ClassGames.Vote::answered).setHeader("Answers");
        votes.addColumn(v -> GameWords.percent(v.right())).setHeader("Class right");
        votes.addColumn(v -> Double.isNaN(v.saidForged()) ? "" : GameWords.percent(v.saidForged()))
                .setHeader("Said “forged”")
                .setKey("forged");
        votes.addColumn(
                        v ->
                                (v.machineRight() ? "right" : "wrong")
                                        + " (real "
                                        + GameWords.percent(v.realScore())
                                        + ", forgery "
                                        + GameWords.percent(v.fakeScore())
                                        + " real)")
                .setHeader("Machine inspector")
                .setFlexGrow(2);
        close.addClickListener(
                e -> {
                    classGames.close(id);
                    reload();
                });
        add(
                title,
                summary,
                close,
                new H3("Leaderboard"),
                leaderboard,
                new H3("Round by round: the class and the machine"),
                votes);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().get("classGameId").map(ClassGameView::parse).orElse(-1L);
        reload();
    }

    void reload() {
        try {
            board = id < 0 ? null : classGames.board(id);
        } catch (GameRefused e) {
            board = null;
        }
        if (board == null) {
            removeAll();
            add(new H2("No such class game"), new Anchor("inspector", "Be the inspector"));
            return;
        }
        // the run's name is a learner's text: set as text
        title.setText(
                "Class game on “"
                        + board.runName()
                        + "”"
                        + (board.game().isOpen() ? "" : " (closed)"));
        summary.setText(
                board.standings().size()
                        + " playing, "
                        + board.finished()
                        + " finished; "
                        + board.beatMachine()
                        + " of the "
                        + board.finished()
                        + " who finished beat the machine inspector on the same rounds.");
        close.setVisible(board.game().isOpen());
        leaderboard.setItems(board.standings());
        votes.setItems(board.votes());
        votes.getColumnByKey("forged").setVisible(board.game().options().format() == Format.SINGLE);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().setPollInterval(REFRESH_MS);
        poll = event.getUI().addPollListener(e -> reload());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (poll != null) {
            poll.remove();
        }
        super.onDetach(event);
    }

    private static long parse(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
