package org.ganplayground.base.ui;

/**
 * A page where a learner may be typing something not yet saved (a lesson's answers): a teacher's
 * "Show to everyone" or "Send experiment" offers a button there instead of taking the learner away
 * from their text.
 */
public interface TypingPage {}
