package org.opendisclosure.render;

/**
 * One labelled figure of a table: {@code amount} is formatted ({@code 73,985,000.40}) or a
 * computed figure ({@code 92.43%}), {@code note} explains it; {@code level} indents sub-items.
 */
public record AmountRow(String label, String amount, String note, int level) {
}
