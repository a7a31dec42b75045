package org.opendisclosure.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A titled piece of prose, split into paragraphs (blank lines) and lines within them, so the
 * template lays it out without knowing about line breaks.
 */
public record TextBlock(String heading, List<List<String>> paragraphs) {

    public TextBlock {
        paragraphs = paragraphs.stream().map(List::copyOf).toList();
    }

    /** Null when {@code text} is null or blank, so templates can skip absent fields. */
    public static TextBlock of(String heading, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<List<String>> paragraphs = new ArrayList<>();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            paragraphs.add(paragraph.strip().lines().map(String::strip).toList());
        }
        return new TextBlock(heading, paragraphs);
    }
}
