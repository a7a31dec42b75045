package org.opendisclosure.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A titled piece of prose, split into paragraphs (blank lines), lines within them and pieces of
 * each line, so the template lays it out without knowing about line breaks; a piece with an
 * {@code href} is a glossary term, linked at its first occurrence in the block.
 */
public record TextBlock(String heading, List<List<List<Segment>>> paragraphs) {

    public TextBlock {
        paragraphs = paragraphs.stream().map(p -> p.stream().map(List::copyOf).toList()).toList();
    }

    /**
     * A piece of a line: plain text, or a glossary term with its entry's address (relative to the
     * page) and its definition; {@code href} and {@code title} are empty for plain text.
     */
    public record Segment(String text, String href, String title) {
    }

    /** Null when {@code text} is null or blank, so templates can skip absent fields. */
    public static TextBlock of(String heading, String text) {
        return of(heading, text, GlossaryLinks.NONE);
    }

    /** As {@link #of(String, String)}, with the first occurrence of each of {@code terms} linked. */
    public static TextBlock of(String heading, String text, GlossaryLinks terms) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Set<String> linked = new HashSet<>();
        List<List<List<Segment>>> paragraphs = new ArrayList<>();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            paragraphs.add(paragraph.strip().lines().map(String::strip)
                    .map(line -> GlossaryTermLinker.pieces(line, terms, linked).stream()
                            .map(p -> p.form() == null ? new Segment(p.text(), "", "")
                                    : new Segment(p.text(), p.form().href(), p.form().title()))
                            .toList())
                    .toList());
        }
        return new TextBlock(heading, paragraphs);
    }
}
