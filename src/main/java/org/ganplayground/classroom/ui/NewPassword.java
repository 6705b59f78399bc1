package org.ganplayground.classroom.ui;

import com.vaadin.flow.component.textfield.PasswordField;
import org.ganplayground.classroom.Passwords;

/** A new password typed twice, with the rules as the hint; the two must match. */
final class NewPassword {

    final PasswordField password;
    final PasswordField repeat;

    NewPassword(String label, String repeatLabel) {
        password = new PasswordField(label);
        repeat = new PasswordField(repeatLabel);
        password.setMaxLength(Passwords.MAX_LENGTH);
        repeat.setMaxLength(Passwords.MAX_LENGTH);
        password.setHelperText(
                Passwords.MIN_LENGTH
                        + " to "
                        + Passwords.MAX_LENGTH
                        + " characters; a few words you will remember work well.");
    }

    String value() {
        return password.getValue();
    }

    /** False, with a message at the second field, when the two differ. */
    boolean typedTwice() {
        boolean same = password.getValue().equals(repeat.getValue());
        repeat.setErrorMessage(same ? null : "The two passwords differ.");
        repeat.setInvalid(!same);
        return same;
    }

    void clear() {
        password.clear();
        repeat.clear();
        password.setInvalid(false);
        repeat.setInvalid(false);
    }
}
