package org.ganplayground.game;

/** A game the service will not make or an answer it will not take, with the sentence to show. */
public class GameRefused extends RuntimeException {

    public GameRefused(String message) {
        super(message);
    }
}
