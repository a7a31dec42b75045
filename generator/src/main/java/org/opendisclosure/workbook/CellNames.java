package org.opendisclosure.workbook;

/**
 * Cell references as spreadsheets print them: column {@code 0} is {@code A}, {@code 26} is
 * {@code AA}; row {@code 0} is {@code 1}. Used both for writing and for naming the cell an imported
 * figure came from ({@code 收入预算总表!C12}).
 */
public final class CellNames {

    private CellNames() {
    }

    /** The column's letters: {@code A}, {@code Z}, {@code AA}. */
    public static String column(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }

    /** {@code C12} for row 11, column 2. */
    public static String cell(int row, int column) {
        return column(column) + (row + 1);
    }
}
