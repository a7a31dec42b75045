package org.opendisclosure.importer;

import java.util.List;
import java.util.Map;

import org.opendisclosure.workbook.CellNames;

/**
 * One sheet as plain data: its name and its non-empty cells by row and column, merged ranges
 * already spread over every cell they cover (so a heading merged over three columns heads all three).
 *
 * @param workbook the workbook's file name, for messages
 * @param name     the sheet's name
 * @param rows     row index → column index → cell; rows without any cell are absent
 * @param rowCount one more than the last row with a cell
 */
public record SheetGrid(String workbook, String name, Map<Integer, Map<Integer, GridCell>> rows, int rowCount) {

    /** The cell, or null when it is blank. */
    public GridCell at(int row, int column) {
        Map<Integer, GridCell> line = rows.get(row);
        return line == null ? null : line.get(column);
    }

    /** The cell's text, empty when blank. */
    public String text(int row, int column) {
        GridCell cell = at(row, column);
        return cell == null ? "" : cell.text();
    }

    /** The cells of a row, left to right. */
    public List<GridCell> row(int row) {
        Map<Integer, GridCell> line = rows.get(row);
        return line == null ? List.of() : line.values().stream().sorted(java.util.Comparator.comparingInt(GridCell::column)).toList();
    }

    /** {@code 收入预算总表!C12}: the sheet and cell as spreadsheets name them. */
    public String reference(int row, int column) {
        return name + "!" + CellNames.cell(row, column);
    }
}
