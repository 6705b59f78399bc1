package org.ganplayground.engine;

/**
 * One run's inspector tested on its own forger and on another run's (the detector lab). Each
 * accuracy counts the same real batch and one batch of forgeries, as a snapshot's accuracy does, so
 * {@link #ownAccuracy} equals the inspector's run's own accuracy metric at that state.
 *
 * @param ownAccuracy right on real samples and its own forger's forgeries
 * @param otherAccuracy right on real samples and the other forger's forgeries
 * @param ownCaught share of its own forger's forgeries it called forged
 * @param otherCaught share of the other forger's forgeries it called forged
 * @param realPassed share of real samples it called real
 * @param samples samples in each batch
 */
public record CrossCheck(
        double ownAccuracy,
        double otherAccuracy,
        double ownCaught,
        double otherCaught,
        double realPassed,
        int samples) {}
