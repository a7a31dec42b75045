package org.opendisclosure.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.opendisclosure.markup.ImageAddress;

/**
 * Renders content prose (Markdown) to HTML that is safe to put into a page: raw HTML in the
 * Markdown is escaped, never passed through; link and image URLs are limited to http, https,
 * mailto and relative ones (anything else becomes an empty URL); an image whose address is not a
 * file of the site ({@link ImageAddress}) is shown as its description, never loaded (the check
 * stage refuses such images, this is the second line); headings are moved below the page's own
 * section headings; glossary terms are linked to their entries on the glossary page
 * ({@link GlossaryTermLinker}, on the parsed text, not on HTML). Built once; thread-safe, as
 * commonmark's parser and renderer are.
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
            .nodeRendererFactory(TermRenderer::new)
            .build();
    private final int headingOffset;

    /** @param headingOffset added to every heading level: 2 turns {@code #} into {@code <h3>} */
    public MarkdownRenderer(int headingOffset) {
        this.headingOffset = headingOffset;
    }

    public String toHtml(String markdown) {
        return toHtml(markdown, GlossaryLinks.NONE);
    }

    /** As {@link #toHtml(String)}, with the first occurrence of each of {@code terms} linked. */
    public String toHtml(String markdown, GlossaryLinks terms) {
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
        GlossaryTermLinker.link(document, terms);
        return renderer.render(document);
    }

    /**
     * Writes a linked term: {@code <a class="term" href="…" title="definition">三公经费</a>}, inside
     * {@code <dfn>} where the prose defines it. The writer escapes the attributes and the text.
     */
    private static final class TermRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        TermRenderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(GlossaryTermLinker.TermReference.class);
        }

        @Override
        public void render(Node node) {
            GlossaryTermLinker.TermReference term = (GlossaryTermLinker.TermReference) node;
            if (term.defining) {
                html.tag("dfn");
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("class", "term");
            attributes.put("href", term.form.href());
            attributes.put("title", term.form.title());
            html.tag("a", attributes);
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.tag("/a");
            if (term.defining) {
                html.tag("/dfn");
            }
        }
    }
}
