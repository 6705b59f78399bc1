package org.ganplayground.teaching.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.ganplayground.base.ui.TypingPage;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.ClassBroadcasts;
import org.ganplayground.classroom.CurrentUser;
import org.ganplayground.classroom.Role;
import org.springframework.stereotype.Component;

/**
 * Every page a learner of a class has open listens to their teacher: a shown run or a sent
 * experiment opens on it, with a note saying why the page changed. A page where the learner may be
 * typing ({@link TypingPage}) is not taken away: it gets a note with a button instead. When the
 * teacher stops showing a run, a classmate still on it goes back to where they were.
 */
@Component
class BroadcastReceiver implements VaadinServiceInitListener {

    static final int NOTE_MS = 6000;

    private final ClassBroadcasts broadcasts;
    private final CurrentUser currentUser;

    BroadcastReceiver(ClassBroadcasts broadcasts, CurrentUser currentUser) {
        this.broadcasts = broadcasts;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> listen(init.getUI()));
    }

    private void listen(UI ui) {
        Caller me = currentUser.find().orElse(null);
        if (me == null || me.classId() == null || me.role() == Role.TEACHER) {
            return;
        }
        ClassBroadcasts.Subscription sub =
                broadcasts.subscribe(me.classId(), Secured.onPage(ui, b -> receive(ui, me, b)));
        ui.addDetachListener(e -> sub.cancel());
    }

    private static void receive(UI ui, Caller me, ClassBroadcasts.Broadcast b) {
        if (b instanceof ClassBroadcasts.ShowRun s) {
            go(
                    ui,
                    "Your teacher is showing everyone " + s.title() + ".",
                    "Open it",
                    () -> ui.navigate("runs/" + s.runId()));
        } else if (b instanceof ClassBroadcasts.SendExperiment x) {
            go(
                    ui,
                    "Your teacher sent everyone an experiment: " + x.title() + ".",
                    "Open it",
                    () -> ui.navigate("", QueryParameters.fromString(x.query())));
        } else if (b instanceof ClassBroadcasts.StopShowing stop) {
            boolean onIt =
                    ui.getActiveViewLocation().getPath().equals("runs/" + stop.runId())
                            && stop.ownerId() != me.id();
            if (onIt) {
                ui.getPage().getHistory().back();
            }
            note(
                    "Your teacher stopped showing the run"
                            + (onIt ? "; you are back where you were." : "."));
        }
    }

    /** Goes there at once, unless the learner may be typing: then a note offers to go. */
    private static void go(UI ui, String text, String button, Runnable navigate) {
        boolean typing =
                ui.getInternals().getActiveRouterTargetsChain().stream()
                        .anyMatch(TypingPage.class::isInstance);
        if (!typing) {
            navigate.run();
            note(text);
            return;
        }
        Notification n = new Notification();
        n.setPosition(Notification.Position.TOP_CENTER);
        n.setDuration(0); // stays until the learner chooses
        Button open = new Button(button);
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(
                e -> {
                    n.close();
                    navigate.run();
                });
        Button later = new Button("Not now", e -> n.close());
        later.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row =
                new HorizontalLayout(
                        new Span(text + " Save what you are writing first."), open, later);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        n.add(row);
        n.getElement().setAttribute("aria-live", "polite");
        n.open();
    }

    private static void note(String text) {
        Notification n = Notification.show(text, NOTE_MS, Notification.Position.TOP_CENTER);
        n.getElement().setAttribute("aria-live", "polite");
    }
}
