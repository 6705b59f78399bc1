package org.ganplayground.teaching;

/**
 * Something a teacher can put on every learner's playground: a preset, or a lesson's Try-it.
 *
 * @param id stable key ({@code preset:ring-good}, {@code lesson:01-x:ring-good})
 * @param query the playground link's query ({@code preset=ring-good&lesson=01-x})
 */
public record Experiment(String id, String label, String query) {}
