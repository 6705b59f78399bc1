package org.ganplayground.teaching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;
import org.ganplayground.classroom.AccountProblem;

/** Asks for the class's name typed in full before deleting it: nothing about it can be undone. */
class DeleteClassDialog extends Dialog {

    final TextField name = new TextField("Type the class's name");
    final Button confirm = new Button("Delete the class and all its data");

    DeleteClassDialog(String className, Consumer<String> delete) {
        setHeaderTitle("Delete " + className + "?");
        Paragraph what = new Paragraph();
        what.setText(
                "Every learner of this class is deleted with their runs, answers and progress, and"
                        + " then the class. This cannot be undone: export the class first if you"
                        + " want to keep anything. Type \""
                        + className
                        + "\" to confirm.");
        name.setWidthFull();
        name.setValueChangeMode(ValueChangeMode.EAGER);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setEnabled(false);
        name.addValueChangeListener(
                e -> confirm.setEnabled(className.equals(e.getValue().strip())));
        confirm.addClickListener(
                e -> {
                    try {
                        delete.accept(name.getValue());
                        close();
                    } catch (AccountProblem p) {
                        name.setErrorMessage(p.getMessage());
                        name.setInvalid(true);
                    }
                });
        add(what, name);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }
}
