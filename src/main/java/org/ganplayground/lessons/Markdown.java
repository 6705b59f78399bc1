package org.ganplayground.lessons;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Lesson text to HTML. Raw HTML in a lesson is shown as text and unsafe link targets dropped. */
final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private Markdown() {}

    static String toHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }
}
