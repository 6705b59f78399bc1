package org.ganplayground.settings;

/**
 * One problem with a run config, for the field where the learner typed it.
 *
 * @param field the key of the serialised form, e.g. {@code forger.lr}
 * @param message plain words, e.g. "Forger learning rate must be from 0.00001 to 1."
 */
public record ConfigError(String field, String message) {}
