package org.opendisclosure.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.opendisclosure.render.DataTable.HeaderCell;
import org.opendisclosure.render.DataTable.TableCell;
import org.opendisclosure.render.DataTable.TableRow;
import org.opendisclosure.workbook.CellRange;
import org.opendisclosure.workbook.Sheet;
import org.opendisclosure.workbook.SheetCell;
import org.opendisclosure.workbook.XlsxWriter;

/**
 * A table as an Excel sheet, laid out as the page and the published document lay it out: title,
 * 编制部门, unit, the heading rows with their merged cells, the body rows and the total rows.
 * Amounts are numbers holding the exact amount, codes and names are text. The Excel download of a
 * table is one such sheet; the whole department budget is the eight tables as eight sheets, named
 * by their titles without the year — the workbook {@code disclosure:import} reads back.
 */
public final class TableWorkbooks {

    private TableWorkbooks() {
    }

    /** The workbook of one table. */
    public static byte[] of(DataTable table) {
        return XlsxWriter.write(List.of(sheet(table, sheetName(table.title(), new HashSet<>()))));
    }

    /** The workbook of several tables, one sheet each, in order: the department budget's eight tables. */
    public static byte[] of(List<DataTable> tables) {
        Set<String> used = new HashSet<>();
        List<Sheet> sheets = new ArrayList<>();
        for (DataTable table : tables) {
            sheets.add(sheet(table, sheetName(table.title(), used)));
        }
        return XlsxWriter.write(sheets);
    }

    /**
     * A sheet's name from a table's title: without the leading year and 部门 ({@code 2019年部门收入预算总表}
     * is {@code 收入预算总表}), as budget offices name them, and unique in its workbook.
     */
    static String sheetName(String title, Set<String> used) {
        String name = Sheet.safeName(title.replaceFirst("^\\d{4}年", "").replaceFirst("^部门", ""));
        if (name.isEmpty()) {
            name = "表";
        }
        String unique = name;
        for (int i = 2; !used.add(unique.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = "(" + i + ")";
            unique = name.substring(0, Math.min(name.length(), Sheet.MAX_NAME - suffix.length())) + suffix;
        }
        return unique;
    }

    static Sheet sheet(DataTable table, String name) {
        int width = Math.max(1, table.headerRows().isEmpty() ? 1
                : table.headerRows().get(0).stream().mapToInt(HeaderCell::colspan).sum());
        List<List<SheetCell>> rows = new ArrayList<>();
        List<CellRange> merges = new ArrayList<>();
        rows.add(List.of(SheetCell.heading(table.title())));
        if (!table.meta().isEmpty()) {
            rows.add(List.of(SheetCell.text(table.meta())));
        }
        if (!table.unit().isEmpty()) {
            rows.add(List.of(SheetCell.text(table.unit())));
        }
        int headerTop = rows.size();
        List<SheetCell[]> header = new ArrayList<>();
        for (int r = 0; r < table.headerRows().size(); r++) {
            while (header.size() <= r) {
                header.add(new SheetCell[width]);
            }
            SheetCell[] line = header.get(r);
            int column = 0;
            for (HeaderCell cell : table.headerRows().get(r)) {
                while (column < width && line[column] != null) {
                    column++;
                }
                for (int dr = 0; dr < cell.rowspan(); dr++) {
                    while (header.size() <= r + dr) {
                        header.add(new SheetCell[width]);
                    }
                    for (int dc = 0; dc < cell.colspan() && column + dc < width; dc++) {
                        header.get(r + dr)[column + dc] = SheetCell.EMPTY;
                    }
                }
                line[column] = SheetCell.heading(cell.text());
                if (cell.rowspan() > 1 || cell.colspan() > 1) {
                    merges.add(new CellRange(headerTop + r, column, headerTop + r + cell.rowspan() - 1,
                            Math.min(width, column + cell.colspan()) - 1));
                }
                column += cell.colspan();
            }
        }
        header.forEach(line -> rows.add(java.util.Arrays.stream(line)
                .map(c -> c == null ? SheetCell.EMPTY : c).toList()));
        for (TableRow row : table.rows()) {
            rows.add(cells(row, rows.size(), merges));
        }
        for (TableRow row : table.footer()) {
            rows.add(cells(row, rows.size(), merges));
        }
        if (!table.emptyStatement().isEmpty()) {
            rows.add(List.of(SheetCell.text(table.emptyStatement())));
        }
        List<Integer> widths = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            widths.add(14);
        }
        return new Sheet(name, rows, merges, widths);
    }

    private static List<SheetCell> cells(TableRow row, int rowIndex, List<CellRange> merges) {
        List<SheetCell> cells = new ArrayList<>();
        for (TableCell cell : row.cells()) {
            int column = cells.size();
            if (cell.amount() != null) {
                cells.add(SheetCell.number(cell.amount()));
            } else if (cell.header()) {
                cells.add(SheetCell.heading(cell.text()));
            } else {
                cells.add(SheetCell.text(cell.csv()));
            }
            for (int i = 1; i < cell.colspan(); i++) {
                cells.add(SheetCell.EMPTY);
            }
            if (cell.colspan() > 1) {
                merges.add(new CellRange(rowIndex, column, rowIndex, column + cell.colspan() - 1));
            }
        }
        return cells;
    }
}
