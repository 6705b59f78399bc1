package org.ganplayground.classroom;

/**
 * A request about accounts that cannot be done, with the field it concerns (so a form shows the
 * message where it was typed) and words for the person.
 */
public class AccountProblem extends RuntimeException {

    /** Which input the problem is about. */
    public enum Field {
        USERNAME,
        PASSWORD,
        NEW_PASSWORD,
        JOIN_CODE,
        CLASS_NAME,
        NAMES,
        COUNT,
        PREFIX,
        LIMITS,
        NONE
    }

    private final Field field;

    public AccountProblem(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
