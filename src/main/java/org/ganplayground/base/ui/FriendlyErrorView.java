package org.ganplayground.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a page shows when opening it fails unexpectedly: {@link FriendlyErrorHandler} covers clicks
 * on a page that is open, this covers navigation, where Vaadin's own page would show the exception
 * (and in development its stack trace). Views answer bad links themselves; this is the safety net.
 */
// every page has a title, error pages too (WCAG 2.4.2)
@PageTitle("Something went wrong | GAN Playground")
@AnonymousAllowed
class FriendlyErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Unexpected error while opening a page", parameter.getCaughtException());
        removeAll();
        add(
                new H2("Something went wrong"),
                new Paragraph(FriendlyErrorHandler.MESSAGE),
                new Anchor("", "Back to the playground"));
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
