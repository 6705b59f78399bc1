package org.ganplayground.classroom;

/**
 * What a person may do. Learners run experiments; teachers also run classes and see their work; the
 * admin also manages teachers; guests try the app without an account for a few hours.
 */
public enum Role {
    LEARNER,
    TEACHER,
    ADMIN,
    GUEST;

    /** Teachers and the admin run classes. */
    public boolean teaches() {
        return this == TEACHER || this == ADMIN;
    }

    /** The authority Spring Security checks, e.g. "ROLE_TEACHER". */
    public String authority() {
        return "ROLE_" + name();
    }
}
