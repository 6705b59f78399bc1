package org.ganplayground.teaching.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import org.ganplayground.teaching.BoardClock;
import org.ganplayground.teaching.BoardService;
import org.ganplayground.teaching.BoardTimings;
import org.ganplayground.teaching.Experiment;
import org.ganplayground.teaching.Tile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The teacher's live board: a tile per learner with their current or latest run, updated about once
 * a second while this page is open; one run can be shown on every learner's screen, and an
 * experiment sent to every playground.
 */
@Route("classes/:classId/board")
@PageTitle("Live board | GAN Playground")
@RolesAllowed("TEACHER")
class BoardView extends VerticalLayout implements BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(BoardView.class);

    final H2 title = new H2("Live board");
    final Paragraph missing = new Paragraph();
    final Span summary = new Span();
    final Span shownText = new Span();
    final Button stopShowing = new Button("Stop showing");
    final Select<Experiment> experiment = new Select<>();
    final Button send = new Button("Send to every playground");
    final Span sent = new Span();
    final Anchor projector = new Anchor();
    final Div tiles = new Div();
    final Map<Long, TileCard> cards = new HashMap<>();

    private final BoardService boards;
    private final BoardClock clock;
    private final BoardTimings timings;
    private final VerticalLayout body = new VerticalLayout();
    private BoardService.Opened opened;
    private ScheduledFuture<?> ticking;

    BoardView(BoardService boards, BoardClock clock, BoardTimings timings) {
        this.boards = boards;
        this.clock = clock;
        this.timings = timings;
        body.setPadding(false);
        tiles.addClassName("gp-board");
        summary.addClassName("gp-hint");
        stopShowing.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        stopShowing.addClickListener(e -> stop());
        experiment.setLabel("Send an experiment");
        experiment.setItemLabelGenerator(Experiment::label);
        experiment.setWidth("28rem");
        send.addClickListener(e -> send());
        sent.addClassName("gp-hint");
        sent.getElement().setAttribute("role", "status");
        projector.setText("Projector page (opens in a new tab)");
        projector.setTarget(AnchorTarget.BLANK);
        HorizontalLayout sending = new HorizontalLayout(experiment, send, sent);
        sending.setAlignItems(FlexComponent.Alignment.BASELINE);
        sending.setWrap(true);
        HorizontalLayout showing = new HorizontalLayout(shownText, stopShowing, projector);
        showing.setAlignItems(FlexComponent.Alignment.BASELINE);
        body.add(summary, showing, sending, tiles);
        add(title, missing, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        close();
        String raw = event.getRouteParameters().get("classId").orElse("");
        try {
            opened = boards.open(Long.parseLong(raw));
        } catch (IllegalArgumentException e) {
            title.setText("Live board");
            missing.setText(
                    "There is no class " + raw.substring(0, Math.min(raw.length(), 20)) + ".");
            missing.setVisible(true);
            body.setVisible(false);
            tiles.removeAll();
            cards.clear();
            return;
        }
        long classId = opened.schoolClass().getId();
        title.setText("Live board: " + opened.schoolClass().getName());
        missing.setText("");
        missing.setVisible(false);
        body.setVisible(true);
        projector.setHref("classes/" + classId + "/projector");
        experiment.setItems(boards.experiments());
        tiles.removeAll();
        cards.clear();
        for (Tile t : opened.board().tiles()) {
            TileCard card = new TileCard(t);
            card.addShowListener(e -> show(e.runId));
            cards.put(t.learnerId(), card);
            tiles.add(card);
        }
        if (cards.isEmpty()) {
            tiles.add(new Paragraph("This class has no learners yet."));
        }
        describe();
        describeShown();
        getUI().filter(ui -> isAttached()).ifPresent(this::startTicking);
    }

    private void describeShown() {
        var shown = boards.shown(opened.schoolClass().getId());
        shownText.setText(
                shown.map(s -> "On every screen: " + s.title())
                        .orElse("Nothing is shown to everyone."));
        stopShowing.setVisible(shown.isPresent());
    }

    private void describe() {
        long training = 0;
        long waiting = 0;
        long flagged = 0;
        for (Tile t : opened.board().tiles()) {
            if (t.status() == org.ganplayground.training.RunStatus.RUNNING) {
                training++;
            } else if (t.status() == org.ganplayground.training.RunStatus.QUEUED) {
                waiting++;
            }
            if (!t.flags().isEmpty()) {
                flagged++;
            }
        }
        summary.setText(
                cards.size()
                        + " learners: "
                        + training
                        + " training, "
                        + waiting
                        + " waiting, "
                        + flagged
                        + " flagged. Updated about once a second.");
    }

    private void show(long runId) {
        long classId = opened.schoolClass().getId();
        try {
            boards.show(classId, runId);
            sent.setText(
                    "Shown on " + boards.screens(classId) + " open learner pages of this class.");
        } catch (IllegalArgumentException e) {
            sent.setText(e.getMessage());
        }
        describeShown();
    }

    private void stop() {
        try {
            boards.stopShowing(opened.schoolClass().getId());
        } catch (IllegalArgumentException e) {
            sent.setText(e.getMessage()); // the class was deleted in another tab
            return;
        }
        describeShown();
    }

    private void send() {
        if (experiment.getValue() == null) {
            sent.setText("Pick an experiment first.");
            return;
        }
        long classId = opened.schoolClass().getId();
        Experiment e;
        try {
            e = boards.send(classId, experiment.getValue().id());
        } catch (IllegalArgumentException refused) {
            sent.setText(refused.getMessage());
            return;
        }
        sent.setText(
                "Sent \""
                        + e.label()
                        + "\" to "
                        + boards.screens(classId)
                        + " open learner pages of this class.");
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        startTicking(attach.getUI());
    }

    private void startTicking(UI ui) {
        if (opened == null || ticking != null) {
            return;
        }
        SecurityContext signedIn = SecurityContextHolder.getContext();
        var board = opened.board();
        ticking =
                clock.everyTick(
                        () -> {
                            SecurityContextHolder.setContext(signedIn);
                            try {
                                long start = System.nanoTime();
                                List<Tile> changed = board.tick(System.currentTimeMillis());
                                long read = System.nanoTime() - start;
                                if (!changed.isEmpty()) {
                                    // waits for the page to take the update: the next tick
                                    // starts a second after it, so a tile changes at most once
                                    // a second however late the page's lock was free
                                    ui.access(() -> apply(changed, read))
                                            .get(10, java.util.concurrent.TimeUnit.SECONDS);
                                }
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            } catch (java.util.concurrent.ExecutionException
                                    | java.util.concurrent.TimeoutException
                                    | com.vaadin.flow.component.UIDetachedException e) {
                                log.debug("Board update not delivered", e);
                            } catch (RuntimeException e) {
                                log.warn("Board tick failed", e);
                            } finally {
                                SecurityContextHolder.clearContext();
                            }
                        });
    }

    private void apply(List<Tile> changed, long readNanos) {
        if (opened == null) {
            return; // the page moved on while this update waited
        }
        long start = System.nanoTime();
        for (Tile t : changed) {
            TileCard card = cards.get(t.learnerId());
            if (card != null) {
                card.update(t);
            }
        }
        describe();
        timings.record(readNanos + System.nanoTime() - start);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        close();
    }

    private void close() {
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
        if (opened != null) {
            opened.sub().cancel();
            opened = null;
        }
    }
}
