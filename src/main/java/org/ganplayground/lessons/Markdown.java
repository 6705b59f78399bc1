package org.ganplayground.lessons;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Lesson text to HTML. Raw HTML in a lesson is shown as text and unsafe link targets dropped. */
final class Markdown {

    /**
     * A lesson's "#" sits under the lesson page's own title (an H2, lessons/ui/LessonView.java), so
     * it becomes an H3, "##" an H4, and so on: one outline for screen readers (WCAG 1.3.1).
     */
    static final int HEADING_SHIFT = 2;

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private Markdown() {}

    static String toHtml(String markdown) {
        Node document = PARSER.parse(markdown);
        document.accept(
                new AbstractVisitor() {
                    @Override
                    public void visit(Heading heading) {
                        heading.setLevel(Math.min(6, heading.getLevel() + HEADING_SHIFT));
                        visitChildren(heading);
                    }
                });
        return RENDERER.render(document);
    }
}
