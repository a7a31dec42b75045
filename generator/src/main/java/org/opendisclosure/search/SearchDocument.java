package org.opendisclosure.search;

import java.util.List;
import java.util.stream.Stream;

/**
 * One thing the search can find: a project, a project's indicators, a department, a unit or a
 * functional code, of one year.
 *
 * @param kind   what it is
 * @param year   the budget year
 * @param title  shown as the result's link
 * @param href   the page, relative to the site root (a path from {@code SiteAddresses}), or null when the
 *               site has no page for it
 * @param fields further text, labelled by {@link SearchKind#labels()}; empty strings where a field is
 *               missing, so that each keeps its position
 */
public record SearchDocument(SearchKind kind, int year, String title, String href, List<String> fields) {

    public SearchDocument {
        fields = fields.stream().map(f -> f == null ? "" : f).toList();
    }

    /** The texts the index holds for this document. */
    public Stream<String> searchedTexts() {
        return Stream.concat(kind.titleSearched() ? Stream.of(title) : Stream.empty(), fields.stream());
    }
}
