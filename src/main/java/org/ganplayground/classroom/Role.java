package org.ganplayground.classroom;

/** What a person may do: learners run experiments, teachers also see their class. */
public enum Role {
    LEARNER,
    TEACHER
}
