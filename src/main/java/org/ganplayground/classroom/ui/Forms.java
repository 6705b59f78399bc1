package org.ganplayground.classroom.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import org.ganplayground.classroom.AccountProblem;

/** Shows an account problem at the field it is about; other fields are cleared. */
final class Forms {

    private Forms() {}

    /** Returns false when no field matched (the caller shows the message elsewhere). */
    static boolean show(
            AccountProblem p, Map<AccountProblem.Field, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        HasValidation f = fields.get(p.field());
        if (f == null) {
            return false;
        }
        f.setErrorMessage(p.getMessage());
        f.setInvalid(true);
        return true;
    }
}
