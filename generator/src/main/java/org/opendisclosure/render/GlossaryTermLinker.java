package org.opendisclosure.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Links glossary terms in a parsed Markdown document: it works on the document's text nodes, never
 * on HTML, so a term is only ever found in text the reader sees (not in a link, an image's
 * description or a heading) and the text around it stays escaped by the renderer. Scanning each text
 * from the left, the longest form that starts at a position wins; a term already linked in this
 * document is passed over, so each term is linked at its first occurrence only.
 */
final class GlossaryTermLinker {

    private GlossaryTermLinker() {
    }

    /** A linked term in the document tree; {@link MarkdownRenderer} writes it as {@code <a class="term">}. */
    static final class TermReference extends CustomNode {
        final GlossaryLinks.Form form;
        final boolean defining;

        TermReference(GlossaryLinks.Form form, boolean defining, String text) {
            this.form = form;
            this.defining = defining;
            appendChild(new Text(text));
        }
    }

    static void link(Node document, GlossaryLinks links) {
        if (links.forms().isEmpty()) {
            return;
        }
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                texts.add(text);
            }

            @Override
            public void visit(Link link) {
                // Already a link: a term inside it cannot be linked again.
            }

            @Override
            public void visit(Image image) {
            }

            @Override
            public void visit(Heading heading) {
            }
        });
        Set<String> linked = new HashSet<>();
        for (Text text : texts) {
            split(text, links, linked);
        }
    }

    /**
     * A piece of text: plain, or a term to link ({@code form} not null). Used for Markdown prose here
     * and for the plain prose of project pages ({@link TextBlock}).
     */
    record Piece(String text, GlossaryLinks.Form form) {
    }

    /**
     * {@code text} cut into plain pieces and linked terms; {@code linked} holds the terms (by their
     * entries' addresses) already linked in the same prose, and gains those linked here.
     */
    static List<Piece> pieces(String text, GlossaryLinks links, Set<String> linked) {
        if (links.forms().isEmpty()) {
            // Most prose of a city's site: projects of departments without a 名词解释.
            return List.of(new Piece(text, null));
        }
        List<Piece> pieces = new ArrayList<>();
        int plainFrom = 0;
        int i = 0;
        while (i < text.length()) {
            GlossaryLinks.Form form = longestAt(text, i, links);
            if (form == null) {
                i++;
                continue;
            }
            if (linked.add(form.href())) {
                if (i > plainFrom) {
                    pieces.add(new Piece(text.substring(plainFrom, i), null));
                }
                pieces.add(new Piece(form.text(), form));
                plainFrom = i + form.text().length();
            }
            i += form.text().length();
        }
        if (plainFrom < text.length()) {
            pieces.add(new Piece(text.substring(plainFrom), null));
        }
        return pieces;
    }

    private static void split(Text node, GlossaryLinks links, Set<String> linked) {
        List<Piece> pieces = pieces(node.getLiteral(), links, linked);
        if (pieces.stream().noneMatch(p -> p.form() != null)) {
            return;
        }
        for (Piece piece : pieces) {
            node.insertBefore(piece.form() == null ? new Text(piece.text())
                    : new TermReference(piece.form(), links.defining(), piece.text()));
        }
        node.unlink();
    }

    private static GlossaryLinks.Form longestAt(String text, int at, GlossaryLinks links) {
        GlossaryLinks.Form longest = null;
        for (GlossaryLinks.Form form : links.forms()) {
            if (text.startsWith(form.text(), at) && (longest == null || form.text().length() > longest.text().length())) {
                longest = form;
            }
        }
        return longest;
    }
}
