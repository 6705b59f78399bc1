package org.ganplayground.classroom.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Set;
import org.ganplayground.classroom.AccountService;

/**
 * Before any page: a server without a teacher shows the setup page, and someone who still has a
 * printed password picks their own first.
 */
@SpringComponent
class FirstThings implements VaadinServiceInitListener {

    private static final Set<Class<?>> ALWAYS_OPEN =
            Set.of(SetupView.class, LoginView.class, SignUpView.class, AccountView.class);

    private final AccountService accounts;
    private volatile boolean setUp;

    FirstThings(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (!setUp) {
            // once a teacher exists there is no way back, so the question stops being asked
            setUp = !accounts.needsSetup();
            if (!setUp && target != SetupView.class) {
                event.rerouteTo(SetupView.class);
                return;
            }
        }
        if (!ALWAYS_OPEN.contains(target)
                && accounts.me().map(a -> a.isMustChangePassword()).orElse(false)) {
            event.rerouteTo(AccountView.class);
        }
    }
}
