package org.ganplayground.training;

/** A learner asked for more than their fair share of the class's server. */
public class QuotaExceededException extends RuntimeException {

    public QuotaExceededException(String message) {
        super(message);
    }
}
