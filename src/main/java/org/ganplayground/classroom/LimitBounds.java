package org.ganplayground.classroom;

import java.util.Optional;

/** The range a teacher may set each class limit to. */
public final class LimitBounds {

    public static final int MAX_ACTIVE_PER_LEARNER = 10;
    public static final int MAX_TRAINING_IN_CLASS = 30;
    public static final int MIN_BUDGET_SECONDS = 10;
    public static final int MAX_BUDGET_SECONDS = 3600;

    private LimitBounds() {}

    static Optional<String> problem(Limits l) {
        if (l.maxActivePerLearner() < 1 || l.maxActivePerLearner() > MAX_ACTIVE_PER_LEARNER) {
            return Optional.of("Runs per learner: 1 to " + MAX_ACTIVE_PER_LEARNER + ".");
        }
        if (l.maxTrainingInClass() < 1 || l.maxTrainingInClass() > MAX_TRAINING_IN_CLASS) {
            return Optional.of("Runs training at once: 1 to " + MAX_TRAINING_IN_CLASS + ".");
        }
        if (l.budgetSeconds() < MIN_BUDGET_SECONDS || l.budgetSeconds() > MAX_BUDGET_SECONDS) {
            return Optional.of(
                    "Time per run: "
                            + MIN_BUDGET_SECONDS
                            + " to "
                            + MAX_BUDGET_SECONDS
                            + " seconds.");
        }
        return Optional.empty();
    }
}
