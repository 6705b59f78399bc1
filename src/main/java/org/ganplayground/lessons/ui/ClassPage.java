package org.ganplayground.lessons.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.ArrayList;
import java.util.List;
import org.ganplayground.classroom.AccountService;
import org.ganplayground.classroom.SchoolClass;
import org.ganplayground.lessons.ClassActivity;

/**
 * A teacher's page about one of their classes ({@code classes/:classId/...}), kept live: whenever a
 * learner of the class opens a lesson or answers, the page reloads its data through push, at most
 * once a second. Another teacher's class, or a bad id, gets the answer a missing class gets.
 */
abstract class ClassPage extends VerticalLayout implements BeforeEnterObserver {

    static final String CLASS_ID = "classId";
    static final long REFRESH_INTERVAL_MS = 1000;

    final H2 title = new H2();
    final Paragraph missing = new Paragraph();
    final VerticalLayout body = new VerticalLayout();

    private final AccountService accounts;
    private final ClassActivity activity;
    private final String heading;
    private final List<Runnable> cancels = new ArrayList<>();
    private Long classId;

    ClassPage(AccountService accounts, ClassActivity activity, String heading) {
        this.accounts = accounts;
        this.activity = activity;
        this.heading = heading;
        body.setPadding(false);
        add(title, missing, body);
    }

    /** The class shown, or null when the address named none of the caller's classes. */
    Long classId() {
        return classId;
    }

    /** Builds the page for a class of the caller's (its data comes in {@link #refresh}). */
    abstract void show(SchoolClass schoolClass);

    /** Reads the class's data again and shows it. */
    abstract void refresh();

    /** More live sources than the class's lesson activity; each returns its cancel. */
    List<Runnable> moreSubscriptions(long classId, Runnable changed) {
        return List.of();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get(CLASS_ID).orElse("");
        SchoolClass found = null;
        try {
            found = accounts.myClass(Long.parseLong(raw)).orElse(null);
        } catch (NumberFormatException e) {
            // answered below like a missing class
        }
        body.removeAll();
        stopListening();
        if (found == null) {
            classId = null;
            title.setText(heading);
            missing.setText(
                    "There is no class " + raw.substring(0, Math.min(raw.length(), 20)) + ".");
            return;
        }
        classId = found.getId();
        missing.setText("");
        title.setText(heading + ": " + found.getName());
        body.add(new Anchor("classes/" + classId, "Back to " + found.getName()));
        show(found);
        refresh();
        getUI().ifPresent(this::listen);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        listen(attach.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stopListening();
    }

    private void listen(UI ui) {
        stopListening();
        if (classId == null) {
            return;
        }
        // events arrive on other threads; inside ui.access the page's own teacher is signed in
        // (Vaadin's session-aware context holder, classroom/ui/SecurityConfig.java), and the
        // calling thread's own sign-in is left as it was
        Runnable reload = this::refresh;
        Throttle throttle =
                new Throttle(
                        REFRESH_INTERVAL_MS,
                        () -> {
                            try {
                                ui.access(reload::run);
                            } catch (UIDetachedException e) {
                                // the tab closed meanwhile
                            }
                        });
        cancels.add(throttle::cancel);
        cancels.add(activity.subscribe(classId, throttle::request)::cancel);
        cancels.addAll(moreSubscriptions(classId, throttle::request));
    }

    private void stopListening() {
        cancels.forEach(Runnable::run);
        cancels.clear();
    }
}
