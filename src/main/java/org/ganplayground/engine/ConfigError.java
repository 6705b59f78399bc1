package org.ganplayground.engine;

/**
 * One problem with a run config, for the field where the learner typed it.
 *
 * @param field the key of the serialised form, e.g. {@code forger.lr}
 * @param message plain words, e.g. "Learning rate must be between 0.00001 and 1"
 */
public record ConfigError(String field, String message) {}
