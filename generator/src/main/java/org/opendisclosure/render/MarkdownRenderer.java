package org.opendisclosure.render;

import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.opendisclosure.markup.ImageAddress;

/**
 * Renders content prose (Markdown) to HTML that is safe to put into a page: raw HTML in the
 * Markdown is escaped, never passed through; link and image URLs are limited to http, https,
 * mailto and relative ones (anything else becomes an empty URL); an image whose address is not a
 * file of the site ({@link ImageAddress}) is shown as its description, never loaded (the check
 * stage refuses such images, this is the second line); headings are moved below the page's own
 * section headings. Built once; thread-safe, as commonmark's parser and renderer are.
 */
public final class MarkdownRenderer {

    /** URL schemes a link or image may use; URLs without a scheme (relative ones) are allowed too. */
    static final List<String> ALLOWED_SCHEMES = List.of("http", "https", "mailto");

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(ALLOWED_SCHEMES))
            .softbreak("<br>\n")
            .build();
    private final int headingOffset;

    /** @param headingOffset added to every heading level: 2 turns {@code #} into {@code <h3>} */
    public MarkdownRenderer(int headingOffset) {
        this.headingOffset = headingOffset;
    }

    public String toHtml(String markdown) {
        Node document = parser.parse(markdown == null ? "" : markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + headingOffset));
                visitChildren(heading);
            }

            @Override
            public void visit(Image image) {
                visitChildren(image);
                if (!ImageAddress.isOwnSite(image.getDestination())) {
                    Node child = image.getFirstChild();
                    while (child != null) {
                        Node next = child.getNext();
                        image.insertBefore(child);
                        child = next;
                    }
                    image.unlink();
                }
            }
        });
        return renderer.render(document);
    }
}
