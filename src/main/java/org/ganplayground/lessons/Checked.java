package org.ganplayground.lessons;

/**
 * The verdict on one answer.
 *
 * @param correct true or false for graded questions, null for predictions and reflections
 * @param feedback what to read next: right or not, and why
 */
public record Checked(Boolean correct, String feedback) {}
