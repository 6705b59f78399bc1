package org.ganplayground.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A mistyped address, or a page the signed-in person may not open (in production Vaadin answers
 * both alike, so a learner cannot tell a teacher's page exists): the app's frame, words, and a way
 * back, instead of Vaadin's bare "Could not navigate".
 */
// every page has a title, error pages too (WCAG 2.4.2)
@PageTitle("No such page | GAN Playground")
@AnonymousAllowed
@ParentLayout(MainLayout.class)
class PageNotFound extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(
            BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(
                new H2("There is no page here"),
                new Paragraph("Check the address, or pick a page from the menu."),
                new Anchor("", "Back to the playground"));
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
