package org.ganplayground.classroom.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Work a page asks for that is too slow for its request thread, on one background thread per kind
 * of work for the whole server (two pages asking at once take turns rather than both cores). The
 * page hears back inside ui.access (the app has @Push); a page closed meanwhile is not told. Here
 * rather than in base/ui, which reads the classroom (base/ui/MainLayout.java): the account pages
 * and the detector lab (training/ui/LabWork.java) both use it.
 */
public abstract class BackgroundWork {

    private final ExecutorService thread;

    protected BackgroundWork(String threadName) {
        thread =
                Executors.newSingleThreadExecutor(
                        r -> {
                            Thread t = new Thread(r, threadName);
                            t.setDaemon(true);
                            return t;
                        });
    }

    /** Runs {@code work}, then hands its result or its exception to the page that asked. */
    public <T> void run(Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
        UI ui = UI.getCurrent();
        Runnable task =
                () -> {
                    try {
                        T result = work.get();
                        tell(ui, () -> done.accept(result));
                    } catch (RuntimeException e) {
                        tell(ui, () -> failed.accept(e));
                    }
                };
        thread.execute(wrap(task));
    }

    /** What the task runs as on the background thread: by default, as nobody. */
    protected Runnable wrap(Runnable task) {
        return task;
    }

    private static void tell(UI ui, com.vaadin.flow.server.Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException gone) {
            // the page was closed meanwhile: nobody to tell
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
