package org.ganplayground.classroom.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.ganplayground.classroom.AccountProblem;
import org.ganplayground.classroom.ClassLifecycle;
import org.ganplayground.classroom.Retention;
import org.ganplayground.classroom.SchoolClass;

/**
 * Where a class is in its life, for the list of classes: running, ended (with the day its data
 * goes), being deleted (with progress), or a deletion that stopped midway with "Delete again".
 */
final class ClassStatus {

    static final String UNFINISHED = "Deletion unfinished";

    private ClassStatus() {}

    static Component cell(SchoolClass c, ClassLifecycle lifecycle, Runnable refresh) {
        if (lifecycle.unfinished(c)) {
            Span text = new Span(UNFINISHED);
            text.addClassName("gp-error");
            Button again = new Button("Delete again");
            again.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            again.addClickListener(
                    e -> {
                        try {
                            lifecycle.deleteAgain(c.getId());
                        } catch (AccountProblem p) {
                            text.setText(p.getMessage());
                        }
                        refresh.run();
                    });
            return new Div(text, new Span(" "), again);
        }
        if (c.isDeleting()) {
            return new Span(
                    lifecycle
                            .deletion(c.getId())
                            .filter(d -> d.total() > 0)
                            .map(d -> "Deleting: " + d.done() + " of " + d.total() + " learners")
                            .orElse("Deleting…"));
        }
        return new Span(
                c.getEndedAt() == null
                        ? "Running"
                        : "Ended; data deleted on "
                                + lifecycle.purgeDate(c).map(Retention::day).orElse("?"));
    }

    /** The retention schedule as a list. */
    static UnorderedList schedule(ClassLifecycle lifecycle) {
        UnorderedList list = new UnorderedList();
        lifecycle.schedule().forEach(s -> list.add(new ListItem(s)));
        return list;
    }

    /** Polls once a second while a deletion of one of these classes runs, to show its progress. */
    static void pollWhileDeleting(Component view, List<SchoolClass> classes) {
        boolean deleting = classes.stream().anyMatch(SchoolClass::isDeleting);
        view.getUI().ifPresent(ui -> ui.setPollInterval(deleting ? 1000 : -1));
    }

    /** Runs {@code refresh} on every poll while the view is shown. */
    static void refreshOnPoll(Component view, Runnable refresh) {
        view.addAttachListener(
                a -> {
                    Registration r = a.getUI().addPollListener(p -> refresh.run());
                    view.addDetachListener(
                            d -> {
                                r.remove();
                                d.getUI().setPollInterval(-1);
                                d.unregisterListener();
                            });
                });
    }
}
