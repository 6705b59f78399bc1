package org.ganplayground.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.ganplayground.classroom.Account;
import org.ganplayground.classroom.AccountProblem;
import org.ganplayground.classroom.AccountService;
import org.ganplayground.classroom.AccountService.Issued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Learners in bulk: numbered from a prefix, or from a pasted list of nicknames. */
class CreateLearnersPanel extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(CreateLearnersPanel.class);

    static final String NUMBERED = "Numbered (fox01, fox02, ...)";
    static final String LIST = "From a list of nicknames";

    final RadioButtonGroup<String> how = new RadioButtonGroup<>();
    final TextField prefix = new TextField("Prefix");
    final IntegerField count = new IntegerField("How many");
    final TextArea names = new TextArea("Nicknames, one per line");
    final Button create = new Button("Create learners");
    final Span working = new Span("Creating the accounts: about a second for every 12 learners…");

    CreateLearnersPanel(
            AccountService accounts,
            AccountWork work,
            long classId,
            Consumer<List<Issued>> issued) {
        setPadding(false);
        how.setItems(NUMBERED, LIST);
        how.setValue(NUMBERED);
        prefix.setMaxLength(Account.USERNAME_MAX_LENGTH - 2);
        prefix.setPlaceholder("fox");
        count.setMin(1);
        count.setMax(AccountService.MAX_BATCH);
        count.setValue(30);
        count.setStepButtonsVisible(true);
        names.setMaxLength(AccountService.MAX_BATCH * (Account.USERNAME_MAX_LENGTH + 2));
        names.setHelperText("No real names: these are what classmates may see.");
        names.setWidth("20rem");
        HorizontalLayout numbered = new HorizontalLayout(prefix, count);
        numbered.setAlignItems(Alignment.BASELINE);
        names.setVisible(false);
        how.addValueChangeListener(
                e -> {
                    numbered.setVisible(NUMBERED.equals(e.getValue()));
                    names.setVisible(LIST.equals(e.getValue()));
                });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        working.setVisible(false);
        create.addClickListener(
                e -> {
                    Supplier<List<Issued>> make;
                    if (NUMBERED.equals(how.getValue())) {
                        if (count.isEmpty()) {
                            shown(
                                    new AccountProblem(
                                            AccountProblem.Field.COUNT,
                                            "Type how many learners, 1 to "
                                                    + AccountService.MAX_BATCH
                                                    + "."));
                            return;
                        }
                        String p = prefix.getValue();
                        int n = count.getValue();
                        make = () -> accounts.createLearners(classId, p, n);
                    } else {
                        String pasted = names.getValue();
                        make = () -> accounts.createLearners(classId, pasted);
                    }
                    create.setEnabled(false);
                    working.setVisible(true);
                    work.run(
                            make,
                            made -> {
                                done();
                                shown(null);
                                issued.accept(made);
                            },
                            failure -> {
                                done();
                                if (failure instanceof AccountProblem p) {
                                    shown(p);
                                } else {
                                    log.error("Creating learners failed", failure);
                                    shown(
                                            new AccountProblem(
                                                    AccountProblem.Field.NAMES,
                                                    "The accounts could not be created; nobody was"
                                                            + " created. Try again."));
                                }
                            });
                });
        add(how, numbered, names, create, working);
    }

    private void done() {
        create.setEnabled(true);
        working.setVisible(false);
    }

    /** Shows a problem at its field, or clears every field's problem. */
    private void shown(AccountProblem p) {
        prefix.setInvalid(false);
        count.setInvalid(false);
        names.setInvalid(false);
        if (p != null) {
            Forms.show(
                    p,
                    Map.of(
                            AccountProblem.Field.PREFIX, prefix,
                            AccountProblem.Field.COUNT, count,
                            AccountProblem.Field.NAMES, names));
        }
    }
}
