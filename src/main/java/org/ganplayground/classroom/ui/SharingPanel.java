package org.ganplayground.classroom.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.ganplayground.classroom.AccountProblem;
import org.ganplayground.classroom.AccountService;
import org.ganplayground.classroom.SchoolClass;

/**
 * The class gallery's switch, with a heading for the class page: off until the teacher turns it on.
 */
class SharingPanel extends VerticalLayout {

    final Checkbox sharing = new Checkbox("Learners may share runs with the class");

    SharingPanel(AccountService accounts, SchoolClass schoolClass) {
        setPadding(false);
        setSpacing(false);
        sharing.setValue(schoolClass.isSharing());
        sharing.addValueChangeListener(
                e -> {
                    if (!e.isFromClient()) {
                        return;
                    }
                    try {
                        accounts.setSharing(schoolClass.getId(), e.getValue());
                        Notification.show(
                                e.getValue()
                                        ? "Sharing is on: learners can share runs in the class"
                                                + " gallery."
                                        : "Sharing is off: the class gallery is hidden from"
                                                + " learners.");
                    } catch (AccountProblem p) {
                        sharing.setValue(e.getOldValue());
                        Notification.show(p.getMessage());
                    }
                });
        Paragraph what =
                new Paragraph(
                        "When this is on, a learner can share one of their runs with the class:"
                                + " classmates can open it and compare it with their own, but not"
                                + " change it. Turning it off hides every shared run at once;"
                                + " you can take any run out of the gallery on the gallery page.");
        what.addClassName("gp-hint");
        add(new H3("Class gallery"), sharing, what);
    }
}
