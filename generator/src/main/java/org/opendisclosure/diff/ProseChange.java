package org.opendisclosure.diff;

import java.util.List;

/**
 * A prose field whose text changed, with the changed sentences only, each as a word-level diff.
 *
 * @param place     year and department
 * @param record    the record it belongs to, as {@link RecordKeys} names it
 * @param subject   what the prose belongs to
 * @param field     which field ({@code 项目概况}, {@code 主要职能})
 * @param sentences the changed sentences, each a list of pieces kept, removed or inserted
 */
public record ProseChange(Place place, String record, String subject, String field, List<List<TextDiff.Piece>> sentences) {

    public ProseChange {
        sentences = sentences.stream().map(List::copyOf).toList();
    }
}
