package org.ganplayground.classroom.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;

/**
 * The pages of one class, as links by address: the board, progress and gallery pages live in
 * packages that depend on this one (see ArchitectureTest), so they are named here, not imported.
 */
final class ClassLinks {

    private ClassLinks() {}

    static Nav of(long classId) {
        String base = "classes/" + classId;
        Nav nav = new Nav();
        nav.addClassName("gp-class-links");
        nav.setAriaLabel("This class");
        nav.add(
                link(base + "/board", "Live board"),
                link(base + "/progress", "Progress and answers"),
                link(base + "/predictions", "Class predictions"),
                link(base + "/gallery", "Gallery"),
                link(base + "/data", "Data and retention"));
        return nav;
    }

    private static Anchor link(String href, String text) {
        Anchor a = new Anchor(href, text);
        a.getStyle().set("margin-right", "var(--lumo-space-l)");
        return a;
    }
}
