package org.ganplayground.game;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.ClassroomService;
import org.ganplayground.classroom.CurrentUser;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunDecks;
import org.ganplayground.training.RunService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Class games: a teacher starts one round plan on a run for a class; each learner of the class who
 * joins plays their own game of those rounds (stored like any game). The teacher's board shows a
 * live leaderboard, the class's votes per round beside the machine inspector's, and how many
 * learners beat the machine. A learner of another class, or another teacher, gets the answer a
 * missing class game gets.
 */
@Service
public class ClassGames {

    /** One learner on the leaderboard. */
    public record Standing(
            String learner, int played, int right, double accuracy, double machine, boolean done) {

        /** Right more often than the machine inspector on the same rounds. */
        public boolean beatMachine() {
            return played > 0 && accuracy > machine;
        }
    }

    /**
     * One round across the class: how many answered, the share right, for single samples the share
     * that said "forged", and the machine's verdicts.
     */
    public record Vote(
            int place,
            int iteration,
            int answered,
            double right,
            double saidForged,
            boolean machineRight,
            double realScore,
            double fakeScore) {}

    /** The teacher's board for one class game. */
    public record Board(
            ClassGame game, String runName, List<Standing> standings, List<Vote> votes) {

        public long finished() {
            return standings.stream().filter(Standing::done).count();
        }

        /** Of the learners who finished, those right more often than the machine. */
        public long beatMachine() {
            return standings.stream().filter(s -> s.done() && s.beatMachine()).count();
        }
    }

    private final GameService service;
    private final RunService runs;
    private final RunDecks decks;
    private final ClassroomService classroom;
    private final CurrentUser user;

    ClassGames(
            GameService service,
            RunService runs,
            RunDecks decks,
            ClassroomService classroom,
            CurrentUser user) {
        this.service = service;
        this.runs = runs;
        this.decks = decks;
        this.classroom = classroom;
        this.user = user;
    }

    /** Starts a class game on a run the teacher may read, for a class they teach. */
    @Transactional
    public ClassGame start(long classId, long runId, GameOptions options) {
        Caller me = user.get();
        if (!classroom.teachesClass(me, classId)) {
            throw new GameRefused("Only the teacher of a class can start a game for it.");
        }
        List<String> problems = options.problems();
        if (!problems.isEmpty()) {
            throw new GameRefused(problems.get(0));
        }
        Run run = runs.find(runId).orElseThrow(() -> new GameRefused("There is no run " + runId));
        if (run.getStatus().isActive()) {
            throw new GameRefused(GameService.STILL_TRAINING);
        }
        if (decks.read(runId).map(d -> d.decks().isEmpty()).orElse(true)) {
            throw new GameRefused(GameService.NO_DECK);
        }
        return service.classGames()
                .save(
                        new ClassGame(
                                classId,
                                runId,
                                me.id(),
                                options,
                                ThreadLocalRandom.current().nextLong()));
    }

    /** A class game in a list, with its run's name. */
    public record Listed(ClassGame game, String runName) {}

    /** A learner: the open class games of their class; a teacher: the games they started. */
    @Transactional(readOnly = true)
    public List<Listed> mine() {
        Caller me = user.get();
        List<ClassGame> found;
        if (me.teaches()) {
            found = service.classGames().findByTeacherIdOrderByCreatedAtDesc(me.id());
        } else if (me.classId() == null) {
            found = List.of();
        } else {
            found = service.classGames().findByClassIdAndOpenTrueOrderByCreatedAtDesc(me.classId());
        }
        return found.stream()
                .map(g -> new Listed(g, decks.nameOf(g.getRunId()).orElse("(deleted run)")))
                .toList();
    }

    /** The caller's game of an open class game of their class: the one they began, or a new one. */
    @Transactional
    public Game join(long classGameId) {
        Caller me = user.get();
        ClassGame cg =
                service.classGames()
                        .findById(classGameId)
                        .filter(
                                g ->
                                        !me.teaches()
                                                && Long.valueOf(g.getClassId())
                                                        .equals(me.classId()))
                        .orElseThrow(() -> notFound(classGameId));
        var existing = service.games().findFirstByOwnerIdAndClassGameId(me.id(), classGameId);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (!cg.isOpen()) {
            throw new GameRefused("Your teacher has closed this game.");
        }
        classroom.refuseIfEnded(me.id(), GameRefused::new);
        Run run = decks.read(cg.getRunId()).orElseThrow(() -> notFound(classGameId)).run();
        return service.makeFor(me.id(), run, cg);
    }

    /** The teacher's board: every learner's game of this class game, scored. */
    @Transactional(readOnly = true)
    public Board board(long classGameId) {
        ClassGame cg = teachers(classGameId);
        Map<Long, String> learners = classroom.learnersOfClass(user.get(), cg.getClassId());
        List<Game> played = service.games().findByClassGameId(classGameId);
        Map<Long, List<GameRound>> byGame =
                service
                        .rounds()
                        .findByGameIdInOrderByPlace(played.stream().map(Game::getId).toList())
                        .stream()
                        .collect(Collectors.groupingBy(GameRound::getGameId));
        Format format = cg.options().format();
        List<Standing> standings = new ArrayList<>();
        for (Game g : played) {
            GameResult r =
                    GameResult.of(
                            format,
                            byGame.getOrDefault(g.getId(), List.of()).stream()
                                    .map(x -> x.scored(format))
                                    .toList());
            standings.add(
                    new Standing(
                            learners.getOrDefault(g.getOwnerId(), "(left the class)"),
                            r.played(),
                            r.right(),
                            r.accuracy(),
                            r.machineAccuracy(),
                            g.isFinished()));
        }
        standings.sort(
                Comparator.comparingInt(Standing::right)
                        .reversed()
                        .thenComparingInt(Standing::played)
                        .thenComparing(Standing::learner));
        String runName = decks.read(cg.getRunId()).map(d -> d.run().getName()).orElse("?");
        return new Board(cg, runName, standings, votes(cg, byGame.values()));
    }

    private static List<Vote> votes(ClassGame cg, java.util.Collection<List<GameRound>> all) {
        Format format = cg.options().format();
        List<Vote> out = new ArrayList<>();
        for (int place = 0; place < cg.options().rounds(); place++) {
            int answered = 0;
            int right = 0;
            int forged = 0;
            GameRound any = null;
            for (List<GameRound> game : all) {
                if (place >= game.size()) {
                    continue;
                }
                GameRound r = game.get(place);
                any = r;
                if (!r.isPlayed()) {
                    continue;
                }
                answered++;
                right += Boolean.TRUE.equals(r.getCorrect()) ? 1 : 0;
                forged += r.getAnswer() == Answer.FORGED ? 1 : 0;
            }
            if (any == null) {
                continue;
            }
            out.add(
                    new Vote(
                            place,
                            any.getIteration(),
                            answered,
                            answered == 0 ? Double.NaN : right / (double) answered,
                            format == Format.SINGLE && answered > 0
                                    ? forged / (double) answered
                                    : Double.NaN,
                            any.machineRight(format),
                            any.getRealScore(),
                            any.getFakeScore()));
        }
        return out;
    }

    @Transactional
    public void close(long classGameId) {
        ClassGame cg = teachers(classGameId);
        cg.close();
        service.classGames().save(cg);
    }

    private ClassGame teachers(long classGameId) {
        Caller me = user.get();
        return service.classGames()
                .findById(classGameId)
                .filter(g -> classroom.teachesClass(me, g.getClassId()))
                .orElseThrow(() -> notFound(classGameId));
    }

    private static GameRefused notFound(long id) {
        return new GameRefused("There is no class game " + id);
    }
}
