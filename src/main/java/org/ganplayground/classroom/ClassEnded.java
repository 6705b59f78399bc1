package org.ganplayground.classroom;

import java.util.List;

/**
 * Published inside the transaction that ends a class: features that run work for its learners stop
 * it (the training queue cancels their queued and training runs).
 */
public record ClassEnded(long classId, List<Long> learnerIds) {}
