package org.ganplayground.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.ClassLifecycle;
import org.ganplayground.classroom.CurrentUser;

/** The frame around every view: title bar with the learner's name, and the side navigation. */
@AnonymousAllowed
@Layout
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final ClassLifecycle lifecycle;
    private final Span classEnded = new Span();

    MainLayout(CurrentUser user, AuthenticationContext auth, ClassLifecycle lifecycle) {
        setPrimarySection(Section.DRAWER);

        H1 title = new H1("GAN Playground");
        title.addClassName("gp-app-title");
        // landmarks (WCAG 1.3.1): the drawer is the app's navigation, the top bar its banner, and
        // each view its main content; the menu inside is a list of that one navigation
        SideNav sideNav = createSideNav();
        sideNav.getElement().setAttribute("role", "none");
        Nav menu = new Nav(title, sideNav);
        menu.setAriaLabel("Menu");
        addToDrawer(menu);

        Caller caller = user.find().orElse(null);
        Span who = new Span(caller == null ? "" : whoText(caller));
        who.addClassNames("gp-hint", "gp-who");
        who.getStyle().set("text-align", "right");
        this.lifecycle = lifecycle;
        classEnded.addClassNames("gp-notice", "gp-class-ended");
        classEnded.setVisible(false);
        // the first Tab of every page: past the menu to the page's own content (WCAG 2.4.1);
        // off screen until it has the focus (frontend/themes/gan-playground/a11y.css)
        Button skip = new Button("Skip to the page's content", e -> getElement().executeJs(SKIP));
        skip.addClassName("gp-skip");
        skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(skip, new DrawerToggle(), classEnded, who);
        if (caller == null) {
            bar.add(new Anchor("login", "Sign in"));
        } else {
            Button signOut = new Button("Sign out", e -> auth.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bar.add(signOut);
        }
        bar.getElement().setAttribute("role", "banner");
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(who);
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(bar);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        content.getElement().setAttribute("role", "main");
    }

    /**
     * A learner of an ended class reads, on every page, that their work is read-only and when it
     * goes (classroom/ClassLifecycle.java); checked at each navigation, as a class may end
     * meanwhile.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var notice = lifecycle.endedNotice();
        classEnded.setText(notice.orElse(""));
        classEnded.setVisible(notice.isPresent());
        getElement().executeJs(NEW_PAGE);
    }

    /** Focuses the page's heading; {@code layout} is the app layout element. */
    private static final String FOCUS_HEADING =
            """
            const view = [...layout.children].find(c => !c.slot);
            const heading = view && view.querySelector('h1, h2');
            if (heading) {
              heading.tabIndex = -1;
              heading.classList.add('gp-focus-start');
              heading.focus({preventScroll: true});
            }
            """;

    /**
     * A new page starts at its top: the app frame scrolls its content area, which keeps the
     * previous page's scroll otherwise (a run opened from a scrolled playground showed its middle).
     * A button or link that opened the page is gone with the page it was on, and the browser drops
     * the focus to the document, so the next Tab would leave the page: the focus goes to the new
     * page's heading instead, and Tab continues from the top of its content. A focus that survived
     * the navigation (an item of the side navigation) stays where it is. Checked by
     * src/test/java/org/ganplayground/base/ui/KeyboardWalkIT.java.
     */
    private static final String NEW_PAGE =
            """
            const content = this.shadowRoot && this.shadowRoot.querySelector('[content]');
            if (content) content.scrollTop = 0;
            document.scrollingElement.scrollTop = 0;
            const active = document.activeElement;
            if (active && active !== document.body) return;
            """
                    + "const layout = this;"
                    + FOCUS_HEADING;

    /** The skip link: the focus goes to the page's heading, from which Tab reaches its content. */
    private static final String SKIP = "const layout = this;" + FOCUS_HEADING;

    private static String whoText(Caller caller) {
        return switch (caller.role()) {
            case GUEST -> "Guest (" + caller.username() + ")";
            case TEACHER -> caller.username() + " (teacher)";
            case ADMIN -> caller.username() + " (admin)";
            case LEARNER -> caller.username();
        };
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
