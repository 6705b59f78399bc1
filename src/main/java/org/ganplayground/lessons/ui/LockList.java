package org.ganplayground.lessons.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.ganplayground.lessons.Lesson;

/**
 * The course's lessons, each open or locked for a class, with a button that switches it. Takes no
 * service: it calls back with the lesson and whether it should now be locked.
 */
class LockList extends VerticalLayout {

    static final String OPEN = "Open";
    static final String LOCKED = "Locked";

    private final Map<String, Lesson> lessons = new LinkedHashMap<>();
    private final Map<String, Span> states = new LinkedHashMap<>();
    private final Map<String, Button> buttons = new LinkedHashMap<>();
    private Set<String> locked = Set.of();

    LockList(List<Lesson> course, BiConsumer<String, Boolean> onChange) {
        setPadding(false);
        setSpacing(false);
        for (Lesson lesson : course) {
            lessons.put(lesson.slug(), lesson);
            Span name = new Span(lesson.order() + ". " + lesson.title());
            name.setWidth("24rem");
            Span state = new Span();
            state.setWidth("6rem");
            Button button =
                    new Button(
                            "",
                            e -> onChange.accept(lesson.slug(), !locked.contains(lesson.slug())));
            button.setId("lock-" + lesson.slug());
            states.put(lesson.slug(), state);
            buttons.put(lesson.slug(), button);
            HorizontalLayout row = new HorizontalLayout(name, state, button);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(row);
        }
    }

    Lesson lesson(String slug) {
        return lessons.get(slug);
    }

    /** Shows which lessons are locked now. */
    void show(Set<String> lockedSlugs) {
        locked = Set.copyOf(lockedSlugs);
        lessons.keySet()
                .forEach(
                        slug -> {
                            boolean on = locked.contains(slug);
                            Span state = states.get(slug);
                            state.setText(on ? LOCKED : OPEN);
                            state.getElement().getThemeList().set("badge", true);
                            state.getElement().getThemeList().set("contrast", on);
                            Button b = buttons.get(slug);
                            b.setText(on ? "Unlock" : "Lock");
                            b.setIcon((on ? VaadinIcon.UNLOCK : VaadinIcon.LOCK).create());
                            b.getElement()
                                    .setAttribute(
                                            "aria-label",
                                            (on ? "Unlock " : "Lock ") + lessons.get(slug).title());
                        });
    }

    /** Whether the list shows the lesson as locked. */
    boolean isLocked(String slug) {
        return locked.contains(slug);
    }
}
