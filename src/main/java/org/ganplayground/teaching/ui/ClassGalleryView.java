package org.ganplayground.teaching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.OptionalLong;
import org.ganplayground.classroom.AccountService;
import org.ganplayground.classroom.SchoolClass;
import org.ganplayground.training.RunService.OwnedRun;
import org.ganplayground.training.RunSharing;
import org.ganplayground.training.Thumbnails;

/**
 * A teacher's view of one class's gallery: every run its learners shared, whether learners see them
 * now, and "Unshare" on each. Another teacher's class is answered like a missing one.
 */
@Route("classes/:classId/gallery")
@PageTitle("Class gallery | GAN Playground")
@RolesAllowed("TEACHER")
class ClassGalleryView extends VerticalLayout implements BeforeEnterObserver {

    static final String ON = "Sharing is on: the learners of this class see these runs.";
    static final String OFF =
            "Sharing is off: learners see none of these runs. Turn it on on the class page.";

    final H2 title = new H2("Class gallery");
    final Paragraph state = new Paragraph();
    final Div cards = new Div();
    private final Anchor back = new Anchor("classes", "All my classes");
    private final AccountService accounts;
    private final RunSharing sharing;
    private final Thumbnails thumbnails;
    private long classId = -1;

    ClassGalleryView(AccountService accounts, RunSharing sharing, Thumbnails thumbnails) {
        this.accounts = accounts;
        this.sharing = sharing;
        this.thumbnails = thumbnails;
        cards.setWidthFull();
        add(back, title, state, cards);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("classId").orElse("");
        classId = parse(raw).orElse(-1);
        refresh(raw);
    }

    private void refresh(String raw) {
        cards.removeAll();
        SchoolClass k = classId < 0 ? null : accounts.myClass(classId).orElse(null);
        RunSharing.Gallery g = k == null ? null : sharing.galleryOf(classId).orElse(null);
        if (g == null) {
            title.setText("Class gallery");
            back.setHref("classes");
            back.setText("All my classes");
            state.setText(
                    "There is no class " + raw.substring(0, Math.min(raw.length(), 20)) + ".");
            return;
        }
        title.setText("Gallery of " + k.getName());
        back.setHref("classes/" + classId);
        back.setText("Back to " + k.getName());
        boolean on = g.availability() == RunSharing.Availability.OPEN;
        state.setText(
                (on ? ON : OFF) + (g.runs().isEmpty() ? " No learner has shared a run." : ""));
        cards.add(GalleryCards.of(g.runs(), thumbnails, this::unshareButton));
    }

    private Component unshareButton(OwnedRun shared) {
        Button unshare = new Button("Unshare");
        unshare.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        unshare.addClickListener(
                e -> {
                    try {
                        sharing.share(shared.run().getId(), false);
                        Notification.show(
                                "\"" + shared.run().getName() + "\" is no longer shared.");
                    } catch (IllegalStateException | IllegalArgumentException p) {
                        Notification.show(p.getMessage());
                    }
                    refresh(Long.toString(classId));
                });
        return unshare;
    }

    private static OptionalLong parse(String raw) {
        if (raw.isEmpty()
                || raw.length() > 18
                || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(raw));
    }
}
