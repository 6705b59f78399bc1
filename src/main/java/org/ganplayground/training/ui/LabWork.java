package org.ganplayground.training.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.spring.annotation.SpringComponent;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The detector lab's tests, off the request thread: rebuilding two runs' networks and judging takes
 * a second or two. One thread for the whole server, so tests take turns beside the training queue
 * rather than taking both cores. The work is handed its caller by the page (no one is signed in on
 * this thread), and the page hears back inside ui.access (the app has @Push).
 */
@SpringComponent
class LabWork {

    private final ExecutorService thread =
            Executors.newSingleThreadExecutor(
                    r -> {
                        Thread t = new Thread(r, "detector-lab");
                        t.setDaemon(true);
                        return t;
                    });

    /** Runs {@code work}, then hands its result or its exception to the page that asked. */
    <T> void run(Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
        UI ui = UI.getCurrent();
        thread.execute(
                () -> {
                    try {
                        T result = work.get();
                        ui.access(() -> done.accept(result));
                    } catch (UIDetachedException gone) {
                        // the page was closed meanwhile: nobody to tell
                    } catch (RuntimeException e) {
                        try {
                            ui.access(() -> failed.accept(e));
                        } catch (UIDetachedException gone) {
                            // as above
                        }
                    }
                });
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
