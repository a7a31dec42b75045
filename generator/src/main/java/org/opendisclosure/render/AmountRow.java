package org.opendisclosure.render;

import org.opendisclosure.render.DataTable.TableCell;

/**
 * One labelled figure of a table: {@code figure} is an amount ({@code 73,985,000.40}) or a
 * computed figure ({@code 92.43%}), {@code note} explains it; {@code level} indents sub-items.
 */
public record AmountRow(String label, TableCell figure, String note, int level) {
}
