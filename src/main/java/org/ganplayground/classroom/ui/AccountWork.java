package org.ganplayground.classroom.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Account work too slow for a request thread: bcrypt takes about 80 ms a password here, so a class
 * of 30 takes 2.5 s. It runs on one background thread, as the signed-in teacher.
 */
@SpringComponent
class AccountWork extends BackgroundWork {

    AccountWork() {
        super("account-work");
    }

    @Override
    protected Runnable wrap(Runnable task) {
        return new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext());
    }
}
