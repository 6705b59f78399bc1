package org.ganplayground.game;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.ClassroomService;
import org.ganplayground.classroom.CurrentUser;
import org.ganplayground.engine.Deck;
import org.ganplayground.engine.Snapshot;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunDecks;
import org.ganplayground.training.RunService;
import org.ganplayground.training.RunSharing;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspector game, always as the signed-in caller. A game is made on a run the caller may read
 * (their own, a classmate's shared run, a taught learner's) or joined from a class game its teacher
 * started; its rounds are planned when it is made and every answer is stored. A game is played by
 * its owner and read by the teachers of the owner's class; anyone else gets the answer a missing
 * game gets.
 */
@Service
public class GameService {

    /** Games one person keeps; the oldest must be deleted before more are made. */
    public static final int MAX_GAMES = 200;

    static final String NO_DECK =
            "This run kept no samples to judge: it was trained before the game existed, or"
                    + " stopped before it kept any. Run it again to play on it.";

    static final String STILL_TRAINING =
            "This run is still training: play on it when it has finished.";

    private final GameRepository games;
    private final GameRoundRepository rounds;
    private final ClassGameRepository classGames;
    private final RunService runs;
    private final RunSharing sharing;
    private final RunDecks decks;
    private final ClassroomService classroom;
    private final CurrentUser user;

    GameService(
            GameRepository games,
            GameRoundRepository rounds,
            ClassGameRepository classGames,
            RunService runs,
            RunSharing sharing,
            RunDecks decks,
            ClassroomService classroom,
            CurrentUser user) {
        this.games = games;
        this.rounds = rounds;
        this.classGames = classGames;
        this.runs = runs;
        this.sharing = sharing;
        this.decks = decks;
        this.classroom = classroom;
        this.user = user;
    }

    /**
     * Runs the caller may play on, newest first: their own that are not training, their class
     * gallery's, and for a teacher their learners'. The owner is null for the caller's own.
     */
    @Transactional(readOnly = true)
    public List<RunService.OwnedRun> playable() {
        Map<Long, RunService.OwnedRun> out = new LinkedHashMap<>();
        runs.runsOf().forEach(r -> out.put(r.getId(), new RunService.OwnedRun(r, null)));
        sharing.myGallery().runs().forEach(o -> out.putIfAbsent(o.run().getId(), o));
        runs.runsOfMyLearners().forEach(o -> out.putIfAbsent(o.run().getId(), o));
        return out.values().stream().filter(o -> !o.run().getStatus().isActive()).toList();
    }

    /** Makes a game on a run the caller may read, with its rounds planned. */
    @Transactional
    public Game start(long runId, GameOptions options) {
        Caller me = user.get();
        refuseIfWrong(me, options);
        Run run = runs.find(runId).orElseThrow(() -> new GameRefused("There is no run " + runId));
        if (games.countByOwnerId(me.id()) >= MAX_GAMES) {
            throw new GameRefused(
                    "You keep "
                            + MAX_GAMES
                            + " games already: delete some old ones below to make another.");
        }
        return make(me.id(), run, null, options, ThreadLocalRandom.current().nextLong());
    }

    private void refuseIfWrong(Caller me, GameOptions options) {
        classroom.refuseIfEnded(me.id(), GameRefused::new);
        List<String> problems = options.problems();
        if (!problems.isEmpty()) {
            throw new GameRefused(problems.get(0));
        }
    }

    private Game make(long ownerId, Run run, Long classGameId, GameOptions options, long seed) {
        if (run.getStatus().isActive()) {
            throw new GameRefused(STILL_TRAINING);
        }
        RunDecks.Decked decked = decks.read(run.getId()).orElseThrow();
        if (decked.decks().isEmpty()) {
            throw new GameRefused(NO_DECK);
        }
        List<Integer> iterations = decked.decks().stream().map(Snapshot::iteration).toList();
        int items = decked.decks().get(0).arrays().get(Deck.REAL_SCORE).length;
        int group = items / Deck.ITEMS;
        Game game = games.save(new Game(ownerId, run.getId(), classGameId, options, seed));
        List<RoundPlan.Planned> plan = RoundPlan.of(iterations, Deck.ITEMS, options, seed);
        List<GameRound> made = new ArrayList<>();
        for (int place = 0; place < plan.size(); place++) {
            RoundPlan.Planned p = plan.get(place);
            Snapshot s = decked.at(p.iteration()).orElseThrow();
            made.add(
                    new GameRound(
                            game.getId(),
                            place,
                            p,
                            itemScore(s.arrays().get(Deck.REAL_SCORE), p.realItem(), group),
                            itemScore(s.arrays().get(Deck.FAKE_SCORE), p.fakeItem(), group)));
        }
        rounds.saveAll(made);
        return game;
    }

    /** The machine's verdict on an item: the mean of its verdicts on the item's samples. */
    static double itemScore(float[] scores, int item, int group) {
        double sum = 0;
        for (int s = 0; s < group; s++) {
            sum += scores[item * group + s];
        }
        return sum / group;
    }

    /** The game if the caller plays it or teaches its player. */
    @Transactional(readOnly = true)
    public Optional<Game> find(long gameId) {
        Caller me = user.get();
        return games.findById(gameId).filter(g -> classroom.mayRead(me, g.getOwnerId()));
    }

    /** A game in a list: its run's name and how it went so far. */
    public record Listed(Game game, String runName, GameResult result) {}

    /** The caller's games, newest first. */
    @Transactional(readOnly = true)
    public List<Listed> myGames() {
        List<Game> mine = games.findByOwnerIdOrderByCreatedAtDesc(user.get().id());
        Map<Long, List<GameRound>> byGame =
                rounds.findByGameIdInOrderByPlace(mine.stream().map(Game::getId).toList()).stream()
                        .collect(java.util.stream.Collectors.groupingBy(GameRound::getGameId));
        Map<Long, String> names = new java.util.HashMap<>();
        return mine.stream()
                .map(
                        g ->
                                new Listed(
                                        g,
                                        names.computeIfAbsent(
                                                g.getRunId(),
                                                id -> decks.nameOf(id).orElse("(deleted run)")),
                                        GameResult.of(
                                                g.getFormat(),
                                                byGame.getOrDefault(g.getId(), List.of()).stream()
                                                        .map(r -> r.scored(g.getFormat()))
                                                        .toList())))
                .toList();
    }

    /** A game with its rounds and the run's decks, for playing or reading its result. */
    @Transactional(readOnly = true)
    public OpenGame open(long gameId) {
        Caller me = user.get();
        Game game = readable(me, gameId);
        RunDecks.Decked decked = decks.read(game.getRunId()).orElseThrow(() -> notFound(gameId));
        return new OpenGame(
                game,
                decked.run().getName(),
                game.getOwnerId() == me.id(),
                new ArrayList<>(rounds.findByGameIdOrderByPlace(gameId)),
                new OpenGame.Pictures(decked));
    }

    /** The caller looks at the machine's verdict before answering; stored with the round. */
    @Transactional
    public GameRound look(long gameId, int place) {
        Game game = playing(gameId);
        if (!game.options().machineHint()) {
            throw new GameRefused("This game does not show the machine's verdict.");
        }
        GameRound r = unplayed(gameId, place);
        r.look();
        return rounds.save(r);
    }

    /**
     * Stores the caller's answer to the next round ({@code millis}: time taken, if measured); the
     * game finishes with its last round.
     */
    @Transactional
    public GameRound answer(long gameId, int place, Answer answer, Integer millis) {
        Game game = playing(gameId);
        if (!answer.fits(game.getFormat())) {
            throw new GameRefused("That answer does not fit this game's rounds.");
        }
        GameRound r = unplayed(gameId, place);
        r.answer(
                answer,
                answer.rightFor(game.getFormat(), r.isFakeFirst(), r.isShowsFake()),
                millis);
        GameRound saved = rounds.save(r);
        if (place == game.getRounds() - 1) {
            game.finish();
            games.save(game);
        }
        return saved;
    }

    @Transactional(readOnly = true)
    public GameResult result(long gameId) {
        Game game = readable(user.get(), gameId);
        return GameResult.of(
                game.getFormat(),
                rounds.findByGameIdOrderByPlace(gameId).stream()
                        .map(r -> r.scored(game.getFormat()))
                        .toList());
    }

    @Transactional
    public void delete(long gameId) {
        Game game = playing(gameId);
        games.delete(game);
    }

    private Game readable(Caller me, long gameId) {
        return games.findById(gameId)
                .filter(g -> classroom.mayRead(me, g.getOwnerId()))
                .orElseThrow(() -> notFound(gameId));
    }

    private Game playing(long gameId) {
        Caller me = user.get();
        Game game = readable(me, gameId);
        if (game.getOwnerId() != me.id()) {
            throw new GameRefused("Only the player of this game can answer in it.");
        }
        classroom.refuseIfEnded(me.id(), GameRefused::new);
        return game;
    }

    /** The round at place when it is the next one to play. */
    private GameRound unplayed(long gameId, int place) {
        List<GameRound> all = rounds.findByGameIdOrderByPlace(gameId);
        GameRound next = all.stream().filter(r -> !r.isPlayed()).findFirst().orElse(null);
        if (next == null || next.getPlace() != place) {
            throw new GameRefused("That round was answered already.");
        }
        return next;
    }

    static GameRefused notFound(long gameId) {
        return new GameRefused("There is no game " + gameId);
    }

    // class games: ClassGames.java
    GameRepository games() {
        return games;
    }

    GameRoundRepository rounds() {
        return rounds;
    }

    ClassGameRepository classGames() {
        return classGames;
    }

    Game makeFor(long ownerId, Run run, ClassGame cg) {
        return make(ownerId, run, cg.getId(), cg.options(), cg.getSeed());
    }
}
