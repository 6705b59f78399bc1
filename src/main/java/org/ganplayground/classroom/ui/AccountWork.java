package org.ganplayground.classroom.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.annotation.SpringComponent;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Account work too slow for a request thread: bcrypt takes about 80 ms a password here, so a class
 * of 30 takes 2.5 s. It runs on one background thread (two teachers creating classes at once take
 * turns rather than both cores), as the signed-in teacher, and the page hears back in ui.access.
 */
@SpringComponent
class AccountWork {

    private final ExecutorService thread =
            Executors.newSingleThreadExecutor(
                    r -> {
                        Thread t = new Thread(r, "account-work");
                        t.setDaemon(true);
                        return t;
                    });

    /** Runs {@code work}, then hands its result or its exception to the page that asked. */
    <T> void run(Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
        UI ui = UI.getCurrent();
        Runnable task =
                () -> {
                    try {
                        T result = work.get();
                        ui.access(() -> done.accept(result));
                    } catch (RuntimeException e) {
                        ui.access(() -> failed.accept(e));
                    }
                };
        thread.execute(
                new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext()));
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
