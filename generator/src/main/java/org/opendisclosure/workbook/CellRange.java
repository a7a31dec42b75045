package org.opendisclosure.workbook;

/**
 * A rectangle of cells, zero-based and inclusive, such as a heading merged over several columns.
 */
public record CellRange(int firstRow, int firstColumn, int lastRow, int lastColumn) {

    public CellRange {
        if (firstRow < 0 || firstColumn < 0 || lastRow < firstRow || lastColumn < firstColumn) {
            throw new IllegalArgumentException("not a range: " + firstRow + "," + firstColumn + ":" + lastRow + ","
                    + lastColumn);
        }
    }

    /** {@code A1:C2}. */
    public String reference() {
        return CellNames.cell(firstRow, firstColumn) + ":" + CellNames.cell(lastRow, lastColumn);
    }
}
