package org.ganplayground.classroom;

/**
 * What one learner may use: runs queued or training at once, runs of the same class training at
 * once, and the compute budget of one run in seconds of one core.
 */
public record Limits(
        int maxActivePerLearner, int maxTrainingInClass, int budgetSeconds, Long classId) {}
