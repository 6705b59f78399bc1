package org.ganplayground.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import org.ganplayground.classroom.AccountProblem;
import org.ganplayground.classroom.AccountService;
import org.ganplayground.classroom.LimitBounds;
import org.ganplayground.classroom.Limits;
import org.ganplayground.classroom.SchoolClass;

/** What each learner of the class may use, so one learner cannot starve the others. */
class LimitsPanel extends HorizontalLayout {

    final IntegerField perLearner = new IntegerField("Runs queued or training per learner");
    final IntegerField atOnce = new IntegerField("Runs of the class training at once");
    final IntegerField budget = new IntegerField("Longest run (seconds of one core)");
    final Button save = new Button("Save limits");

    LimitsPanel(AccountService accounts, SchoolClass schoolClass) {
        setAlignItems(Alignment.BASELINE);
        setWrap(true);
        Limits l = schoolClass.limits();
        setUp(perLearner, l.maxActivePerLearner(), 1, LimitBounds.MAX_ACTIVE_PER_LEARNER);
        setUp(atOnce, l.maxTrainingInClass(), 1, LimitBounds.MAX_TRAINING_IN_CLASS);
        setUp(
                budget,
                l.budgetSeconds(),
                LimitBounds.MIN_BUDGET_SECONDS,
                LimitBounds.MAX_BUDGET_SECONDS);
        save.addClickListener(
                e -> {
                    if (perLearner.isEmpty() || atOnce.isEmpty() || budget.isEmpty()) {
                        budget.setErrorMessage("Fill in all three limits with whole numbers.");
                        budget.setInvalid(true);
                        return;
                    }
                    try {
                        accounts.setLimits(
                                schoolClass.getId(),
                                new Limits(
                                        perLearner.getValue(),
                                        atOnce.getValue(),
                                        budget.getValue(),
                                        schoolClass.getId()));
                        budget.setInvalid(false);
                        Notification.show("Limits saved; they apply to the next launch.");
                    } catch (AccountProblem p) {
                        budget.setErrorMessage(p.getMessage());
                        budget.setInvalid(true);
                    }
                });
        add(perLearner, atOnce, budget, save);
    }

    private static void setUp(IntegerField f, int value, int min, int max) {
        f.setMin(min);
        f.setMax(max);
        f.setValue(value);
        f.setStepButtonsVisible(true);
        f.setHelperText(min + " to " + max);
        f.setWidth("19rem");
    }
}
