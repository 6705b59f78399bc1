package org.ganplayground.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns an unexpected exception in a view into a short friendly message for the person, and a full
 * stack trace in the log for whoever runs the server.
 */
@Component
class FriendlyErrorHandler implements ErrorHandler, VaadinServiceInitListener {

    static final String MESSAGE =
            "Something went wrong on our side. Your data is safe; try again, and tell your teacher if it keeps happening.";

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        log.error("Unexpected error in the UI", event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(
                    () -> {
                        Notification n =
                                Notification.show(MESSAGE, 6000, Notification.Position.TOP_CENTER);
                        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
                    });
        }
    }
}
