package org.opendisclosure.importer;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sheet read as a person reads a printed table: title and unit lines above, then one or more
 * heading rows (merged cells already spread), then the rows. Finds where the headings are, what
 * each column holds ({@link ColumnRole}), the unit ({@code 单位：元} or {@code 单位：万元}), the
 * year in the title, and which published table it is.
 *
 * @param grid        the sheet
 * @param headerStart first heading row
 * @param firstRow    first row after the headings
 * @param columns     the column of each role found
 * @param wan         whether the sheet says {@code 单位：万元}
 * @param year        the year in its title, or 0
 * @param department  the 编制部门 line's department name, or empty
 * @param kind        the table, or null when not recognised
 */
record SheetTable(SheetGrid grid, int headerStart, int firstRow, Map<ColumnRole, Integer> columns, boolean wan,
        int year, String department, TableKind kind) {

    /** How far down the headings may start: titles and unit lines take a few rows at most. */
    private static final int HEADING_SEARCH_ROWS = 20;
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})年");
    private static final Pattern AMOUNT_TEXT = Pattern.compile("-?[\\d,]+(\\.\\d+)?");

    static SheetTable of(SheetGrid grid) {
        int headerStart = -1;
        for (int r = 0; r < Math.min(grid.rowCount(), HEADING_SEARCH_ROWS) && headerStart < 0; r++) {
            for (GridCell cell : grid.row(r)) {
                if (cell.number() == null && ColumnRole.of(cell.text()) != null) {
                    headerStart = r;
                    break;
                }
            }
        }
        StringBuilder context = new StringBuilder();
        boolean wan = false;
        int year = 0;
        String department = "";
        int firstRow = headerStart < 0 ? grid.rowCount() : headerStart + 1;
        while (firstRow < grid.rowCount() && !hasFigure(grid, firstRow)) {
            firstRow++;
        }
        for (int r = 0; r < Math.min(firstRow, grid.rowCount()); r++) {
            for (GridCell cell : grid.row(r)) {
                String text = HeaderText.normal(cell.text());
                context.append(text).append('|');
                if (text.startsWith("单位:")) {
                    wan = text.contains("万元");
                } else if (text.startsWith("编制部门:") || text.startsWith("编制单位:") || text.startsWith("部门:")) {
                    department = text.substring(text.indexOf(':') + 1);
                }
                Matcher m = YEAR.matcher(text);
                if (year == 0 && m.find()) {
                    year = Integer.parseInt(m.group(1));
                }
            }
        }
        Map<ColumnRole, Integer> columns = new EnumMap<>(ColumnRole.class);
        if (headerStart >= 0) {
            int width = 0;
            for (int r = headerStart; r < firstRow; r++) {
                for (GridCell cell : grid.row(r)) {
                    width = Math.max(width, cell.column() + 1);
                }
            }
            for (int c = 0; c < width; c++) {
                for (int r = firstRow - 1; r >= headerStart; r--) {
                    ColumnRole role = ColumnRole.of(grid.text(r, c));
                    if (role != null) {
                        columns.putIfAbsent(role, c);
                        break;
                    }
                }
            }
        }
        return new SheetTable(grid, headerStart, firstRow, Map.copyOf(columns), wan, year, department,
                kind(context.toString(), columns));
    }

    private static boolean hasFigure(SheetGrid grid, int row) {
        for (GridCell cell : grid.row(row)) {
            if (cell.number() != null || !cell.merged() && AMOUNT_TEXT.matcher(HeaderText.normal(cell.text())).matches()) {
                return true;
            }
        }
        return false;
    }

    private static TableKind kind(String context, Map<ColumnRole, Integer> columns) {
        if (columns.containsKey(ColumnRole.OVERSEAS) || context.contains("三公")) {
            return TableKind.THREE_PUBLIC;
        }
        if (context.contains("本年收入") && context.contains("本年支出")) {
            return context.contains("财政拨款收支") || context.contains("|一般公共预算|")
                    ? TableKind.FISCAL_OVERVIEW : TableKind.OVERVIEW;
        }
        boolean coded = columns.containsKey(ColumnRole.CLASS) || columns.containsKey(ColumnRole.CODE);
        if (!coded) {
            return emptyTable(context);
        }
        if (columns.containsKey(ColumnRole.PERSONNEL) || columns.containsKey(ColumnRole.OFFICE)) {
            return TableKind.ECONOMIC;
        }
        if (columns.containsKey(ColumnRole.BUSINESS_INCOME) || columns.containsKey(ColumnRole.FISCAL)) {
            return TableKind.INCOME;
        }
        if (columns.containsKey(ColumnRole.BASIC) || columns.containsKey(ColumnRole.PROJECT)) {
            if (context.contains("政府性基金")) {
                return TableKind.GOVERNMENT_FUND;
            }
            return context.contains("一般公共预算") ? TableKind.GENERAL_BUDGET : TableKind.EXPENDITURE;
        }
        return null;
    }

    /**
     * A coded table printed without any row ({@code 本部门2019年没有政府性基金预算拨款安排的支出，本表无数据。}):
     * with no figure below them, its 合计 and statement rows read as headings and hide the code
     * columns, so it is known by its title alone.
     */
    private static TableKind emptyTable(String context) {
        if (context.contains("政府性基金") && context.contains("功能分类")) {
            return TableKind.GOVERNMENT_FUND;
        }
        if (context.contains("一般公共预算支出功能分类")) {
            return TableKind.GENERAL_BUDGET;
        }
        if (context.contains("经济分类预算表")) {
            return TableKind.ECONOMIC;
        }
        return null;
    }

    /** The amount in the cell of {@code role} on {@code row}, in 元 (converted from 万元 when the sheet is). */
    BigDecimal yuan(BigDecimal amount) {
        return wan ? Amounts.wanToYuan(amount) : Amounts.strip(amount);
    }
}
