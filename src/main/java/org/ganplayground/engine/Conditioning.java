package org.ganplayground.engine;

/**
 * How the inspector of a run with guardrails given up front takes the condition (the forger always
 * gets it beside its noise).
 */
public enum Conditioning {
    /**
     * Beside the sample at the inspector's input (the conditional GAN of Mirza and Osindero 2014):
     * the default. On another machine's kernels one seed's inspector won outright and the forger
     * stopped learning; since then a conditioned inspector that wins outright rests (see {@link
     * GanTrainer}). Measured against projection in README.md ("Given up front").
     */
    INPUT,
    /**
     * Compared with what the inspector sees (the projection inspector of Miyato and Koyama 2018):
     * its verdict is a general "looks real" plus, per conditioned attribute, the agreement between
     * the value asked for and what its last hidden layer read from the sample. The condition never
     * enters its input, so it can only judge through the sample.
     */
    PROJECTION,
    /**
     * Read from the sample (the auxiliary classifier of Odena, Olah and Shlens 2017): besides its
     * verdict the inspector reads the value of each conditioned attribute from the sample, learning
     * what a value looks like from real samples' labels, and the forger is trained both to look
     * real and to be read as the value asked for. The condition never enters the inspector's input.
     * See {@link Classifier}.
     */
    CLASSIFIER
}
