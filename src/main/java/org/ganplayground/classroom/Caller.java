package org.ganplayground.classroom;

/**
 * Who is asking, as the services see it: read from the signed-in session, never from what a page
 * sent. {@code classId} is the learner's class (null for teachers and self-paced learners).
 */
public record Caller(long id, String username, Role role, Long classId) {

    public boolean teaches() {
        return role.teaches();
    }
}
