package org.opendisclosure.workbook;

import java.util.List;

/**
 * One sheet: its name (a table's short title), its rows top down and its merged ranges.
 *
 * @param name   at most 31 characters, none of {@code []:*?/\}; see {@link #safeName}
 * @param rows   the cells row by row; rows may differ in length
 * @param merges cells merged as one, such as a heading spanning columns
 * @param widths column widths in characters, left to right; columns beyond are the default width
 */
public record Sheet(String name, List<List<SheetCell>> rows, List<CellRange> merges, List<Integer> widths) {

    /** The longest sheet name Excel accepts. */
    public static final int MAX_NAME = 31;

    public Sheet {
        if (!name.equals(safeName(name)) || name.isEmpty()) {
            throw new IllegalArgumentException("not a sheet name: " + name);
        }
        rows = rows.stream().map(List::copyOf).toList();
        merges = List.copyOf(merges);
        widths = List.copyOf(widths);
    }

    /** {@code text} as a sheet name: without the characters sheet names may not hold, at most 31 long. */
    public static String safeName(String text) {
        String cleaned = text.replaceAll("[\\[\\]:*?/\\\\]", "").strip();
        return cleaned.length() > MAX_NAME ? cleaned.substring(0, MAX_NAME) : cleaned;
    }
}
