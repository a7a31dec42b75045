package org.opendisclosure.importer;

import java.math.BigDecimal;

/**
 * One cell of a sheet as read: its text as the sheet shows it and, for a number, the exact number.
 *
 * @param row     zero-based row
 * @param column  zero-based column
 * @param text    the text, or the number written as Excel shows it ({@code 20801}, {@code 559.3})
 * @param number  the number, exactly as Excel shows it (15 significant digits, never a binary
 *                fraction), or null for text
 * @param formula whether the cell holds a formula (its value is the one last calculated)
 * @param merged  whether the cell is covered by a merged range and the text is the range's
 */
public record GridCell(int row, int column, String text, BigDecimal number, boolean formula, boolean merged) {
}
