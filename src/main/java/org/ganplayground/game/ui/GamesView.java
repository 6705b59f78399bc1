package org.ganplayground.game.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.ganplayground.classroom.AccountService;
import org.ganplayground.classroom.SchoolClass;
import org.ganplayground.game.ClassGame;
import org.ganplayground.game.ClassGames;
import org.ganplayground.game.Format;
import org.ganplayground.game.GameOptions;
import org.ganplayground.game.GameRefused;
import org.ganplayground.game.GameService;
import org.ganplayground.game.Walk;
import org.ganplayground.training.RunLabel;
import org.ganplayground.training.RunService;

/**
 * Be the inspector: pick a stored run and judge its forgeries round by round; a teacher can start
 * the same game for a class. Lists the caller's games and the class games open to them.
 */
@PermitAll
@Route("inspector")
@PageTitle("Be the inspector | GAN Playground")
@Menu(order = 13, icon = "EYE", title = "Be the inspector")
class GamesView extends VerticalLayout implements BeforeEnterObserver {

    final ComboBox<RunService.OwnedRun> run = new ComboBox<>("Run to judge");
    final RadioButtonGroup<Format> format = new RadioButtonGroup<>("Each round");
    final RadioButtonGroup<Walk> walk = new RadioButtonGroup<>("Snapshots");
    final IntegerField rounds = new IntegerField("Rounds");
    final Select<Integer> timer = new Select<>();
    final Checkbox hint = new Checkbox("Let me look at the machine inspector's verdict first");
    final Button start = new Button("Start the game", VaadinIcon.PLAY.create());
    final Select<SchoolClass> forClass = new Select<>();
    final Button startForClass = new Button("Start for the class", VaadinIcon.USERS.create());
    final Div classGamesBox = new Div();
    final Grid<GameService.Listed> games = new Grid<>();
    final Paragraph noGames = new Paragraph("No games yet.");

    private final GameService service;
    private final ClassGames classGames;
    private final AccountService accounts;

    GamesView(GameService service, ClassGames classGames, AccountService accounts) {
        this.service = service;
        this.classGames = classGames;
        this.accounts = accounts;
        addClassName("gp-games-page");
        Paragraph intro =
                new Paragraph(
                        "People are inspectors every day. Here you judge the forgeries of a run you"
                                + " (or your class) trained, at points from early to late in"
                                + " its training, and find out when the forger started fooling"
                                + " you, and when it started fooling the machine inspector.");
        Paragraph context =
                new Paragraph(
                        "For comparison: in Groh and others (PNAS 2022, 15,016 people), people"
                                + " picking the deepfake of a pair of videos were right 80 % of"
                                + " the time after 10 pairs, and 82 % of them beat the computer"
                                + " model; rating single videos they were right 66 to 72 %. In"
                                + " Nightingale and Farid (PNAS 2022), people judging single"
                                + " StyleGAN faces were right 48 % of the time, 59 % after"
                                + " training with feedback.");
        context.addClassName("gp-hint");
        add(new H2("Be the inspector"), intro, context);

        run.setItemLabelGenerator(GamesView::label);
        run.setWidth("min(100%, 32rem)");
        run.setRequiredIndicatorVisible(true);
        format.setItems(Format.values());
        format.setItemLabelGenerator(Format::label);
        format.setValue(Format.PAIR);
        walk.setItems(Walk.values());
        walk.setItemLabelGenerator(Walk::label);
        walk.setValue(Walk.EARLY_TO_LATE);
        rounds.setMin(GameOptions.MIN_ROUNDS);
        rounds.setMax(GameOptions.MAX_ROUNDS);
        rounds.setStepButtonsVisible(true);
        rounds.setValue(10);
        rounds.setHelperText(GameOptions.MIN_ROUNDS + " to " + GameOptions.MAX_ROUNDS);
        timer.setLabel("Timer per round");
        timer.setItems(GameOptions.TIMERS);
        timer.setItemLabelGenerator(s -> s == 0 ? "No timer" : s + " seconds");
        timer.setValue(0);
        hint.setValue(true);
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> startGame());
        forClass.setLabel("Class");
        forClass.setItemLabelGenerator(SchoolClass::getName);
        startForClass.addClickListener(e -> startClassGame());
        FlexLayout options = new FlexLayout(format, walk, rounds, timer);
        options.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        options.addClassName("gp-game-options");
        FlexLayout classRow = new FlexLayout(forClass, startForClass);
        classRow.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        classRow.addClassName("gp-game-options");
        classRow.setVisible(false);
        classRow.setId("gp-class-row");
        add(new H3("A new game"), run, options, hint, start, classRow);

        add(new H3("Class games"), classGamesBox);
        games.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        games.setAllRowsVisible(true);
        // Lit escapes the run's name (a learner's text)
        games.addColumn(
                        LitRenderer.<GameService.Listed>of(
                                        "<a href=\"inspector/${item.id}\">${item.name}</a>")
                                .withProperty("id", l -> l.game().getId())
                                .withProperty("name", GameService.Listed::runName))
                .setHeader("Run")
                .setFlexGrow(3);
        games.addColumn(l -> l.game().getFormat().label()).setHeader("Rounds asked").setFlexGrow(2);
        games.addColumn(l -> GameWords.progress(l.game(), l.result())).setHeader("Played");
        games.addColumn(l -> GameWords.percent(l.result().accuracy())).setHeader("You");
        games.addColumn(l -> GameWords.percent(l.result().machineAccuracy())).setHeader("Machine");
        noGames.addClassName("gp-hint");
        add(new H3("Your games"), noGames, games);
        this.classRow = classRow;
    }

    private final FlexLayout classRow;
    private java.util.Map<Long, String> classNames = java.util.Map.of();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<RunService.OwnedRun> playable = service.playable();
        run.setItems(playable);
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("run")
                .flatMap(GamesView::parse)
                .flatMap(
                        id -> playable.stream().filter(o -> id.equals(o.run().getId())).findFirst())
                .ifPresent(run::setValue);
        List<SchoolClass> classes = accounts.myClasses();
        classNames =
                classes.stream()
                        .collect(
                                java.util.stream.Collectors.toMap(
                                        SchoolClass::getId, SchoolClass::getName));
        forClass.setItems(classes);
        if (!classes.isEmpty()) {
            forClass.setValue(classes.get(0));
        }
        classRow.setVisible(!classes.isEmpty());
        showClassGames();
        List<GameService.Listed> mine = service.myGames();
        games.setItems(mine);
        games.setVisible(!mine.isEmpty());
        noGames.setVisible(mine.isEmpty());
    }

    private void showClassGames() {
        classGamesBox.removeAll();
        List<ClassGames.Listed> open = classGames.mine();
        if (open.isEmpty()) {
            Paragraph none =
                    new Paragraph(
                            "No class game is open. When your teacher starts one, it appears"
                                    + " here.");
            none.addClassName("gp-hint");
            classGamesBox.add(none);
            return;
        }
        for (ClassGames.Listed cg : open) {
            classGamesBox.add(GameWords.classGameRow(cg, classNames, this::join));
        }
    }

    private void join(ClassGame cg) {
        try {
            long id = classGames.join(cg.getId()).getId();
            getUI().ifPresent(ui -> ui.navigate("inspector/" + id));
        } catch (GameRefused e) {
            classGamesBox.add(GameWords.error(e.getMessage()));
        }
    }

    GameOptions options() {
        return new GameOptions(
                format.getValue(),
                walk.getValue(),
                rounds.getValue() == null ? 0 : rounds.getValue(),
                timer.getValue() == null ? 0 : timer.getValue(),
                hint.getValue());
    }

    void startGame() {
        if (!ready()) {
            return;
        }
        try {
            long id = service.start(run.getValue().run().getId(), options()).getId();
            getUI().ifPresent(ui -> ui.navigate("inspector/" + id));
        } catch (GameRefused e) {
            run.setInvalid(true);
            run.setErrorMessage(e.getMessage());
        }
    }

    void startClassGame() {
        if (!ready() || forClass.getValue() == null) {
            return;
        }
        try {
            ClassGame cg =
                    classGames.start(
                            forClass.getValue().getId(), run.getValue().run().getId(), options());
            getUI().ifPresent(ui -> ui.navigate("inspector/class/" + cg.getId()));
        } catch (GameRefused e) {
            run.setInvalid(true);
            run.setErrorMessage(e.getMessage());
        }
    }

    /** Checks the fields, each problem on its own field. */
    private boolean ready() {
        run.setInvalid(false);
        rounds.setInvalid(false);
        boolean ok = true;
        if (run.getValue() == null) {
            run.setInvalid(true);
            run.setErrorMessage("Choose a run whose forgeries you will judge.");
            ok = false;
        }
        Integer n = rounds.getValue();
        if (n == null
                || rounds.isInvalid()
                || n < GameOptions.MIN_ROUNDS
                || n > GameOptions.MAX_ROUNDS) {
            rounds.setInvalid(true);
            rounds.setErrorMessage(
                    "A game has "
                            + GameOptions.MIN_ROUNDS
                            + " to "
                            + GameOptions.MAX_ROUNDS
                            + " rounds.");
            ok = false;
        }
        return ok;
    }

    static String label(RunService.OwnedRun o) {
        return RunLabel.of(o.run(), o.owner(), o.run().getIterationsDone());
    }

    private static java.util.Optional<Long> parse(String s) {
        try {
            return java.util.Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
