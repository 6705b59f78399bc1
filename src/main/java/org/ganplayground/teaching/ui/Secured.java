package org.ganplayground.teaching.ui;

import com.vaadin.flow.component.UI;
import java.util.function.Consumer;

/**
 * News from other threads (training, a teacher's broadcast) applied to a page as the page's own
 * signed-in user: the services a page calls read the caller from the security context.
 */
final class Secured {

    private Secured() {}

    /** A listener that updates {@code ui} as the user signed in on the calling (request) thread. */
    static <T> Consumer<T> onPage(UI ui, Consumer<T> handler) {
        // Inside ui.access the page's own user is signed in: the security config installs
        // Vaadin's session-aware context holder (classroom/ui/SecurityConfig.java). Setting a
        // context around the command would leave the calling thread (a training thread or
        // another user's request) signed in as this page's user afterwards.
        return value -> ui.access(() -> handler.accept(value));
    }
}
