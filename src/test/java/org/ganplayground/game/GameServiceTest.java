package org.ganplayground.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.Role;
import org.ganplayground.classroom.TestAccounts;
import org.ganplayground.engine.Deck;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.engine.GanRun;
import org.ganplayground.engine.Snapshot;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunService;
import org.ganplayground.training.TestRuns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The inspector game on a small trained ring run: rounds, stored answers, the machine's scores. */
@Tag("database")
@SpringBootTest
@ActiveProfiles("test")
class GameServiceTest {

    @Autowired GameService games;
    @Autowired ClassGames classGames;
    @Autowired RunService runs;
    @Autowired TestAccounts accounts;
    @Autowired TestRuns testRuns;
    @Autowired GameRoundRepository roundRepository;

    @AfterEach
    void cleanUp() {
        testRuns.cancelAll();
        TestAccounts.signOut();
    }

    private Run trained(Caller me, long seed) throws InterruptedException {
        TestAccounts.signIn(me);
        Run run = runs.launch(TestRuns.ring(seed, 200), "ring " + seed, null);
        testRuns.waitUntilDone(run.getId());
        return run;
    }

    @Test
    void a_game_stores_every_answer_and_its_accuracy_is_the_stored_answers_accuracy()
            throws InterruptedException {
        Caller me = accounts.create("player", Role.LEARNER, null);
        Run run = trained(me, 3);
        Game game =
                games.start(
                        run.getId(), new GameOptions(Format.PAIR, Walk.EARLY_TO_LATE, 10, 0, true));
        OpenGame open = games.open(game.getId());
        assertThat(open.rounds()).hasSize(10);
        // early to late: the first round from the first kept snapshot, the last from the last
        assertThat(open.round(0).getIteration()).isZero();
        assertThat(open.round(9).getIteration()).isEqualTo(200);
        List<Answer> clicked = new ArrayList<>();
        for (int place = 0; place < 10; place++) {
            if (place == 4) {
                games.look(game.getId(), place);
            }
            Answer a = place % 3 == 0 ? Answer.SECOND : Answer.FIRST;
            clicked.add(a);
            games.answer(game.getId(), place, a, 1000 + place);
        }
        List<GameRound> stored = roundRepository.findByGameIdOrderByPlace(game.getId());
        assertThat(stored).extracting(GameRound::getAnswer).containsExactlyElementsOf(clicked);
        long right =
                stored.stream()
                        .filter(r -> (r.getAnswer() == Answer.FIRST) == r.isFakeFirst())
                        .count();
        assertThat(stored).extracting(GameRound::isLooked).containsOnlyOnce(true);
        GameResult result = games.result(game.getId());
        assertThat(result.played()).isEqualTo(10);
        assertThat(result.right()).isEqualTo(right);
        assertThat(result.accuracy()).isEqualTo(right / 10.0);
        assertThat(result.withMachine().rounds()).isEqualTo(1);
        assertThat(games.find(game.getId()).orElseThrow().isFinished()).isTrue();
        assertThatThrownBy(() -> games.answer(game.getId(), 9, Answer.FIRST, 1))
                .isInstanceOf(GameRefused.class);
    }

    @Test
    void the_machine_accuracy_shown_for_a_snapshot_is_the_engines_own_verdict_on_those_samples()
            throws InterruptedException {
        Caller me = accounts.create("player", Role.LEARNER, null);
        Run run = trained(me, 5);
        Game game =
                games.start(run.getId(), new GameOptions(Format.SINGLE, Walk.RANDOM, 40, 0, false));
        GanConfig config = runs.config(run);
        // the same run again in the engine, bit-identical, keeping its state at each deck snapshot
        Map<Integer, float[][]> engine = new HashMap<>();
        GanRun replay = GanRun.start(config);
        replay.runToEnd(
                s -> {
                    if (s.arrays().containsKey(Deck.FAKE)) {
                        engine.put(
                                s.iteration(),
                                new float[][] {
                                    s.arrays().get(Deck.REAL), s.arrays().get(Deck.FAKE)
                                });
                    }
                },
                () -> false);
        List<Snapshot> stored = runs.snapshots(run.getId());
        Snapshot last = stored.get(stored.size() - 1);
        int group = Deck.groupSize(org.ganplayground.domains.PictureKind.PLANE);
        int m = Deck.ITEMS * group;
        float[] realScores = replay.judge(engine.get(200)[0], m);
        float[] fakeScores = replay.judge(engine.get(200)[1], m);
        assertThat(last.arrays().get(Deck.REAL_SCORE)).isEqualTo(realScores);
        assertThat(last.arrays().get(Deck.FAKE_SCORE)).isEqualTo(fakeScores);

        for (int place = 0; place < 40; place++) {
            games.answer(game.getId(), place, Answer.REAL, null);
        }
        List<GameRound> rounds = roundRepository.findByGameIdOrderByPlace(game.getId());
        List<GameRound> atEnd = rounds.stream().filter(r -> r.getIteration() == 200).toList();
        assertThat(atEnd).isNotEmpty();
        int machineRight = 0;
        for (GameRound r : atEnd) {
            double score =
                    r.isShowsFake()
                            ? GameService.itemScore(fakeScores, r.getFakeItem(), group)
                            : GameService.itemScore(realScores, r.getRealItem(), group);
            boolean says = score >= 0.5;
            machineRight += says != r.isShowsFake() ? 1 : 0;
        }
        GameResult result = games.result(game.getId());
        GameResult.AtSnapshot shown =
                result.perSnapshot().stream()
                        .filter(a -> a.iteration() == 200)
                        .findFirst()
                        .orElseThrow();
        assertThat(shown.rounds()).isEqualTo(atEnd.size());
        assertThat(shown.machine()).isEqualTo(machineRight / (double) atEnd.size());
    }

    @Test
    void another_learners_game_and_run_are_answered_like_missing_ones()
            throws InterruptedException {
        Caller owner = accounts.create("player", Role.LEARNER, null);
        Run run = trained(owner, 2);
        Game game = games.start(run.getId(), GameOptions.standard());
        TestAccounts.signIn(accounts.create("other", Role.LEARNER, null));
        assertThat(games.find(game.getId())).isEmpty();
        assertThatThrownBy(() -> games.open(game.getId()))
                .hasMessage("There is no game " + game.getId());
        assertThatThrownBy(() -> games.answer(game.getId(), 0, Answer.FIRST, 1))
                .hasMessage("There is no game " + game.getId());
        assertThatThrownBy(() -> games.start(run.getId(), GameOptions.standard()))
                .hasMessage("There is no run " + run.getId());
        assertThatThrownBy(
                        () ->
                                games.start(
                                        run.getId(),
                                        new GameOptions(Format.PAIR, Walk.RANDOM, 99, 0, true)))
                .hasMessageContaining("5 to 40 rounds");
    }

    @Test
    void a_class_game_gives_every_learner_the_same_rounds_and_the_teacher_a_board()
            throws InterruptedException {
        TestAccounts.ClassOf c = accounts.classOf(3);
        Run run = trained(c.teacher(), 4);
        ClassGame cg =
                classGames.start(
                        c.classId(),
                        run.getId(),
                        new GameOptions(Format.PAIR, Walk.EARLY_TO_LATE, 5, 0, true));
        List<List<Integer>> seen = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            TestAccounts.signIn(c.learners().get(i));
            assertThat(classGames.mine()).extracting(l -> l.game().getId()).contains(cg.getId());
            Game g = classGames.join(cg.getId());
            assertThat(classGames.join(cg.getId()).getId()).isEqualTo(g.getId());
            OpenGame open = games.open(g.getId());
            seen.add(
                    open.rounds().stream()
                            .map(r -> r.getFakeItem() * 1000 + r.getIteration())
                            .toList());
            for (GameRound r : open.rounds()) {
                // learner 0 always right, learner 1 always wrong
                boolean first = r.isFakeFirst() == (i == 0);
                games.answer(g.getId(), r.getPlace(), first ? Answer.FIRST : Answer.SECOND, null);
            }
        }
        assertThat(seen.get(0)).isEqualTo(seen.get(1));
        TestAccounts.signIn(c.learners().get(2));
        assertThatThrownBy(() -> classGames.board(cg.getId())).isInstanceOf(GameRefused.class);
        TestAccounts.signIn(c.teacher());
        ClassGames.Board board = classGames.board(cg.getId());
        assertThat(board.standings()).hasSize(2);
        assertThat(board.standings().get(0).right()).isEqualTo(5);
        assertThat(board.standings().get(1).right()).isZero();
        assertThat(board.finished()).isEqualTo(2);
        assertThat(board.votes()).hasSize(5).allSatisfy(v -> assertThat(v.right()).isEqualTo(0.5));
        long machineBeaten = board.standings().get(0).machine() < 1 ? 1 : 0;
        assertThat(board.beatMachine()).isEqualTo(machineBeaten);
        classGames.close(cg.getId());
        TestAccounts.signIn(c.learners().get(2));
        assertThat(classGames.mine()).isEmpty();
        assertThatThrownBy(() -> classGames.join(cg.getId())).hasMessageContaining("closed");
    }
}
