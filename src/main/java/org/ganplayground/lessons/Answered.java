package org.ganplayground.lessons;

/**
 * A learner's stored answer to one question.
 *
 * @param text as typed
 * @param tries how many times the question was answered, this answer included
 * @param correct right or not for graded questions; null for predictions and reflections
 */
public record Answered(String text, int tries, Boolean correct) {}
