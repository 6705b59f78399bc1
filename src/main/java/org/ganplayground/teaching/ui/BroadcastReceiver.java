package org.ganplayground.teaching.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.ClassBroadcasts;
import org.ganplayground.classroom.CurrentUser;
import org.ganplayground.classroom.Role;
import org.springframework.stereotype.Component;

/**
 * Every page a learner of a class has open listens to their teacher: a shown run or a sent
 * experiment opens on it, with a note saying why the page changed.
 */
@Component
class BroadcastReceiver implements VaadinServiceInitListener {

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
                broadcasts.subscribe(me.classId(), Secured.onPage(ui, b -> receive(ui, b)));
        ui.addDetachListener(e -> sub.cancel());
    }

    private static void receive(UI ui, ClassBroadcasts.Broadcast b) {
        if (b instanceof ClassBroadcasts.ShowRun s) {
            ui.navigate("runs/" + s.runId());
            note("Your teacher is showing everyone " + s.title() + ".");
        } else if (b instanceof ClassBroadcasts.SendExperiment x) {
            ui.navigate("", QueryParameters.fromString(x.query()));
            note("Your teacher sent everyone an experiment: " + x.title() + ".");
        } else if (b instanceof ClassBroadcasts.StopShowing) {
            note("Your teacher stopped showing the run.");
        }
    }

    private static void note(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
        n.getElement().setAttribute("aria-live", "polite");
    }
}
