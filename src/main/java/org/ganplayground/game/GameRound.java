package org.ganplayground.game;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One round of a game: the snapshot, the deck items it shows (a pair shows both, a single round the
 * real or the forged one), the machine inspector's verdicts on them, and once played the answer.
 */
@Entity
@Table(name = "game_round")
public class GameRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "game_id", nullable = false)
    private Long gameId;

    @Column(nullable = false)
    private int place;

    @Column(nullable = false)
    private int iteration;

    @Column(name = "real_item", nullable = false)
    private int realItem;

    @Column(name = "fake_item", nullable = false)
    private int fakeItem;

    @Column(name = "fake_first", nullable = false)
    private boolean fakeFirst;

    @Column(name = "shows_fake", nullable = false)
    private boolean showsFake;

    @Column(name = "real_score", nullable = false)
    private double realScore;

    @Column(name = "fake_score", nullable = false)
    private double fakeScore;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Answer answer;

    @Column private Boolean correct;

    @Column(nullable = false)
    private boolean looked;

    @Column private Integer millis;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected GameRound() {}

    GameRound(long gameId, int place, RoundPlan.Planned p, double realScore, double fakeScore) {
        this.gameId = gameId;
        this.place = place;
        this.iteration = p.iteration();
        this.realItem = p.realItem();
        this.fakeItem = p.fakeItem();
        this.fakeFirst = p.fakeFirst();
        this.showsFake = p.showsFake();
        this.realScore = realScore;
        this.fakeScore = fakeScore;
    }

    public long getGameId() {
        return gameId;
    }

    /** 0 for the first round. */
    public int getPlace() {
        return place;
    }

    public int getIteration() {
        return iteration;
    }

    public int getRealItem() {
        return realItem;
    }

    public int getFakeItem() {
        return fakeItem;
    }

    /** Pair rounds: the forgery is the first (left) of the two. */
    public boolean isFakeFirst() {
        return fakeFirst;
    }

    /** Single rounds: the sample shown is the forgery. */
    public boolean isShowsFake() {
        return showsFake;
    }

    /** The machine inspector's verdict (1: real) on the real item. */
    public double getRealScore() {
        return realScore;
    }

    /** The same on the forged item. */
    public double getFakeScore() {
        return fakeScore;
    }

    public Answer getAnswer() {
        return answer;
    }

    public Boolean getCorrect() {
        return correct;
    }

    public boolean isLooked() {
        return looked;
    }

    public Integer getMillis() {
        return millis;
    }

    public boolean isPlayed() {
        return answer != null;
    }

    /**
     * Whether the machine inspector gets this round right: of a pair it calls the one it scores
     * lower the forgery; a single sample is real to it when scored at least one half.
     */
    public boolean machineRight(Format format) {
        if (format == Format.PAIR) {
            return fakeScore < realScore;
        }
        return showsFake ? fakeScore < 0.5 : realScore >= 0.5;
    }

    void look() {
        this.looked = true;
    }

    void answer(Answer answer, boolean correct, Integer millis) {
        this.answer = answer;
        this.correct = correct;
        this.millis = millis;
        this.answeredAt = Instant.now();
    }

    GameResult.Scored scored(Format format) {
        return new GameResult.Scored(
                iteration, answer, fakeFirst, showsFake, machineRight(format), looked);
    }
}
