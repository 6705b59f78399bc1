package org.ganplayground.teaching.ui;

import com.vaadin.flow.component.UI;
import java.util.function.Consumer;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * News from other threads (training, a teacher's broadcast) applied to a page as the page's own
 * signed-in user: the services a page calls read the caller from the security context.
 */
final class Secured {

    private Secured() {}

    /** A listener that updates {@code ui} as the user signed in on the calling (request) thread. */
    static <T> Consumer<T> onPage(UI ui, Consumer<T> handler) {
        SecurityContext signedIn = SecurityContextHolder.getContext();
        return value ->
                ui.access(
                        new DelegatingSecurityContextRunnable(() -> handler.accept(value), signedIn)
                                ::run);
    }
}
