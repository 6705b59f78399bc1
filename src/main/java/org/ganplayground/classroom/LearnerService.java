package org.ganplayground.classroom;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who is using the app. Until accounts exist, that is always the local learner. */
@Service
public class LearnerService {

    static final String LOCAL_USERNAME = "local";

    private final LearnerRepository learners;

    LearnerService(LearnerRepository learners) {
        this.learners = learners;
    }

    @Transactional(readOnly = true)
    public Learner currentLearner() {
        return learners.findByUsername(LOCAL_USERNAME)
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "The local learner is missing from the database"));
    }

    @Transactional
    public Learner rename(long learnerId, String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new IllegalArgumentException("A name needs 1 to 100 characters");
        }
        Learner learner =
                learners.findById(learnerId)
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "No learner with id " + learnerId));
        learner.setDisplayName(name);
        return learner;
    }
}
