package org.ganplayground.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import org.ganplayground.classroom.LearnerService;

/** The frame around every view: title bar with the learner's name, and the side navigation. */
@Layout
public final class MainLayout extends AppLayout {

    MainLayout(LearnerService learners) {
        setPrimarySection(Section.DRAWER);

        H1 title = new H1("GAN Playground");
        title.addClassName("gp-app-title");
        addToDrawer(title, createSideNav());

        Span who = new Span(learners.currentLearner().getDisplayName());
        who.addClassName("gp-hint");
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), who);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(who);
        who.getStyle().set("text-align", "right").set("padding-right", "var(--lumo-space-m)");
        addToNavbar(bar);
    }

    private static SideNav createSideNav() {
        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private static SideNavItem item(MenuEntry entry) {
        if (entry.icon() == null) {
            return new SideNavItem(entry.title(), entry.path());
        }
        return new SideNavItem(
                entry.title(), entry.path(), VaadinIcon.valueOf(entry.icon()).create());
    }
}
