package org.opendisclosure.render;

import java.math.BigDecimal;
import java.util.List;

import org.opendisclosure.model.MoneyStyle;

/**
 * A table as a page shows it: title, unit, heading rows (with spans), body rows and footer
 * rows, every cell already formatted. The eight department budget tables, the functional-code
 * tables and the data tables beside charts are all of this one shape, laid out by one macro.
 *
 * @param id             the element id (anchor) on the page
 * @param title          表名
 * @param meta           a line under the title, e.g. 编制部门
 * @param unit           单位：元 / 单位：万元
 * @param headerRows     heading rows, top first
 * @param rows           body rows
 * @param footer         total rows
 * @param emptyStatement what to say when the table has no data, or empty
 */
public record DataTable(String id, String title, String meta, String unit, List<List<HeaderCell>> headerRows,
        List<TableRow> rows, List<TableRow> footer, String emptyStatement) implements DownloadableTable {

    public DataTable {
        headerRows = headerRows.stream().map(List::copyOf).toList();
        rows = List.copyOf(rows);
        footer = List.copyOf(footer);
    }

    /** The table laid out for the page: each cell with its headings, the column that stays in view. */
    public TableLayout layout() {
        return TableLayout.of(this);
    }

    @Override
    public List<String> csvHeader() {
        return layout().columnTitles();
    }

    @Override
    public List<List<String>> csvRows() {
        List<List<String>> csv = new java.util.ArrayList<>();
        for (TableRow row : java.util.stream.Stream.concat(rows.stream(), footer.stream()).toList()) {
            List<String> cells = new java.util.ArrayList<>();
            for (TableCell cell : row.cells()) {
                cells.add(cell.csv());
                for (int i = 1; i < cell.colspan(); i++) {
                    cells.add("");
                }
            }
            csv.add(cells);
        }
        return csv;
    }

    @Override
    public int csvRowCount() {
        return rows.size() + footer.size();
    }

    /** A heading cell. */
    public record HeaderCell(String text, int colspan, int rowspan, String scope, boolean numeric) {

        public static HeaderCell column(String text) {
            return new HeaderCell(text, 1, 1, "col", false);
        }

        public static HeaderCell amount(String text) {
            return new HeaderCell(text, 1, 1, "col", true);
        }

        public static HeaderCell group(String text, int colspan) {
            return new HeaderCell(text, colspan, 1, "colgroup", false);
        }

        public HeaderCell rows(int rowspan) {
            return new HeaderCell(text, colspan, rowspan, scope, numeric);
        }
    }

    /** A body or footer row; {@code style} is a CSS class such as {@code level-class}. */
    public record TableRow(List<TableCell> cells, String style) {
        public TableRow {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A cell: text, whether it heads its row, an optional link (site-root relative), how many
     * columns it spans, its CSS class ({@code num} for figures) and its text in the CSV download:
     * for an amount, made from the exact number ({@link MoneyStyle#machine}), for anything else the
     * text as shown; the exact amount itself, or null, which the Excel download writes as a number; and
     * the workbook cell the amount was imported from ({@code 支出预算总表!F21}), or empty, which the page
     * shows beside the figure; and a note shown after the text (not part of the download), or empty.
     */
    public record TableCell(String text, boolean header, String href, int colspan, String style, String csv,
            BigDecimal amount, String source, String note) {

        /** A cell whose download holds the text as shown. */
        public TableCell(String text, boolean header, String href, int colspan, String style) {
            this(text, header, href, colspan, style, text, null, "", "");
        }

        /** A cell without an amount, a source or a note. */
        public TableCell(String text, boolean header, String href, int colspan, String style, String csv) {
            this(text, header, href, colspan, style, csv, null, "", "");
        }

        /**
         * The cell with a note shown after its text, e.g. the catalogue's name beside the name a table printed
         * (目录名称：…); the download keeps the text as published.
         */
        public TableCell noted(String newNote) {
            return new TableCell(text, header, href, colspan, style, csv, amount, source, newNote);
        }

        /** The same cell, traced to the workbook cell its amount was imported from (empty: none). */
        public TableCell from(String cell) {
            return new TableCell(text, header, href, colspan, style, csv, amount, cell == null ? "" : cell, note);
        }

        public static TableCell plain(String text) {
            return new TableCell(text, false, null, 1, "");
        }

        public static TableCell code(String text, String href) {
            return new TableCell(text, false, href, 1, "code");
        }

        public static TableCell heading(String text, String href) {
            return new TableCell(text, true, href, 1, "");
        }

        /** A cell linking elsewhere in the site, not a heading. */
        public static TableCell link(String text, String href) {
            return new TableCell(text, false, href, 1, "");
        }

        /** An amount, shown in {@code style} and downloaded as the exact number. */
        public static TableCell amount(BigDecimal amount, MoneyStyle style) {
            return new TableCell(style.display(amount), false, null, 1, "num", style.machine(amount),
                    style.machine(amount).isEmpty() ? null : amount, "", "");
        }

        /** An amount, or {@code absent} (e.g. {@code —}) where there is none. */
        public static TableCell amountOr(BigDecimal amount, MoneyStyle style, String absent) {
            return amount == null ? figure(absent) : amount(amount, style);
        }

        /** A figure that is not an amount — a share, a count, a dash — aligned as a number, downloaded as shown. */
        public static TableCell figure(String text) {
            return new TableCell(text, false, null, 1, "num");
        }

        public TableCell withHref(String newHref) {
            return new TableCell(text, header, newHref, colspan, style, csv, amount, source, note);
        }

        public TableCell spanning(int columns) {
            return new TableCell(text, header, href, columns, style, csv, amount, source, note);
        }
    }
}
