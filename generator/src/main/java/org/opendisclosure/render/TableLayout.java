package org.opendisclosure.render;

import java.util.ArrayList;
import java.util.List;

import org.opendisclosure.render.DataTable.HeaderCell;
import org.opendisclosure.render.DataTable.TableCell;
import org.opendisclosure.render.DataTable.TableRow;

/**
 * A {@link DataTable} laid out for the page: which heading belongs to which cell, and which
 * column stays in view when the table scrolls sideways.
 *
 * <p>A table with one heading row and one row heading per row needs nothing but {@code scope}.
 * The others — headings in several levels (项目 › 功能分类科目编码 › 类) and the side-by-side
 * overview tables, whose rows carry an income item and an expenditure item — name each cell's
 * headings explicitly with {@code headers}/{@code id}, so a screen reader announces "本年支出 ›
 * 预算数 › 三、社会保障和就业支出" and not the income item that happens to share the row. A cell's
 * headings are the column headings above it at every level and the nearest row heading to its
 * left.
 *
 * <p>The sticky column is the first column holding row headings (the 科目名称 of a code table,
 * the income items of an overview table): its cells of one column's width stay at the left edge
 * of the scrolling region.
 *
 * <p>{@code sources} lists, in reading order, every figure of the table that names the workbook cell
 * it was imported from, with what the figure is (its row and column), for the note under the table.
 */
public record TableLayout(List<List<Heading>> head, List<Row> body, List<Row> foot, List<String> columnTitles,
        List<Source> sources) {

    public TableLayout {
        head = head.stream().map(List::copyOf).toList();
        body = List.copyOf(body);
        foot = List.copyOf(foot);
        columnTitles = List.copyOf(columnTitles);
        sources = List.copyOf(sources);
    }

    /** A traced figure: {@code 2080101 行政运行 · 支出预算 - 基本支出} and {@code 支出预算总表!F21}. */
    public record Source(String figure, String cell) {
    }

    /** A column heading, with its id when cells refer to it. */
    public record Heading(String text, int colspan, int rowspan, String scope, String id, String cssClass) {
    }

    /**
     * A body or footer cell; {@code headers} is empty when {@code scope} alone suffices; {@code source}
     * is the workbook cell its amount was imported from, or empty; {@code note} is shown after the text,
     * or empty; {@code label} names its column ({@code 本年支出 · 预算数}), which a phone shows beside the
     * value when the table is laid out as one block per row (site.css, {@code table.stacked}).
     */
    public record Cell(String text, boolean header, String href, int colspan, String id, String headers,
            String cssClass, String source, String note, String label) {
    }

    public record Row(List<Cell> cells, String style) {
    }

    static TableLayout of(DataTable table) {
        List<List<HeaderCell>> headerRows = table.headerRows();
        int columns = headerRows.isEmpty() ? 0
                : headerRows.get(0).stream().mapToInt(HeaderCell::colspan).sum();
        boolean explicit = headerRows.size() > 1 || rowHeadingsPerRow(table) > 1;
        int stickyColumn = firstRowHeadingColumn(table);

        List<List<String>> columnHeadings = new ArrayList<>();
        List<List<String>> columnTexts = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            columnHeadings.add(new ArrayList<>());
            columnTexts.add(new ArrayList<>());
        }
        boolean[][] taken = new boolean[headerRows.size()][columns];
        List<List<Heading>> head = new ArrayList<>();
        for (int r = 0; r < headerRows.size(); r++) {
            List<Heading> laidOut = new ArrayList<>();
            int column = 0;
            for (HeaderCell cell : headerRows.get(r)) {
                while (column < columns && taken[r][column]) {
                    column++;
                }
                String id = explicit ? table.id() + "-h" + r + "-" + column : "";
                for (int dr = 0; dr < cell.rowspan() && r + dr < headerRows.size(); dr++) {
                    for (int dc = 0; dc < cell.colspan() && column + dc < columns; dc++) {
                        taken[r + dr][column + dc] = true;
                    }
                }
                for (int dc = 0; dc < cell.colspan() && column + dc < columns; dc++) {
                    columnHeadings.get(column + dc).add(id);
                    if (!cell.text().isBlank()) {
                        columnTexts.get(column + dc).add(cell.text());
                    }
                }
                boolean sticky = cell.colspan() == 1 && column == stickyColumn;
                laidOut.add(new Heading(cell.text(), cell.colspan(), cell.rowspan(), cell.scope(), id,
                        classes(cell.numeric() ? "num" : "", sticky)));
                column += cell.colspan();
            }
            head.add(laidOut);
        }
        List<String> labels = columnTexts.stream().map(texts -> String.join(" · ", texts)).toList();
        List<String> titles = columnTexts.stream().map(texts -> String.join(" - ", texts)).toList();
        List<Source> sources = new ArrayList<>();
        sources(table.rows(), titles, sources);
        sources(table.footer(), titles, sources);
        return new TableLayout(head, rows(table.id() + "-r", table.rows(), columnHeadings, labels, explicit, stickyColumn),
                rows(table.id() + "-f", table.footer(), columnHeadings, labels, explicit, stickyColumn), titles, sources);
    }

    /** Each traced cell of {@code rows}, named by its row (codes and nearest heading to its left) and column. */
    private static void sources(List<TableRow> rows, List<String> titles, List<Source> sources) {
        for (TableRow row : rows) {
            String rowName = "";
            boolean afterFigure = false;
            int column = 0;
            for (TableCell cell : row.cells()) {
                if (cell.style().contains("code")) {
                    rowName = (afterFigure ? "" : rowName) + cell.text();
                    afterFigure = false;
                } else if (cell.header()) {
                    // The side-by-side overview tables carry a second row heading after the first figures.
                    rowName = afterFigure || rowName.isEmpty() ? cell.text() : rowName + " " + cell.text();
                    afterFigure = false;
                } else {
                    afterFigure = true;
                    if (!cell.source().isEmpty()) {
                        String title = column < titles.size() ? titles.get(column) : "";
                        sources.add(new Source(rowName.isEmpty() ? title : rowName + " · " + title, cell.source()));
                    }
                }
                column += cell.colspan();
            }
        }
    }

    private static List<Row> rows(String idPrefix, List<TableRow> rows, List<List<String>> columnHeadings,
            List<String> labels, boolean explicit, int stickyColumn) {
        List<Row> laidOut = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> cells = new ArrayList<>();
            String rowHeading = null;
            int column = 0;
            for (TableCell cell : rows.get(r).cells()) {
                String id = "";
                String headers = "";
                if (explicit) {
                    List<String> refs = new ArrayList<>();
                    for (int dc = 0; dc < cell.colspan() && column + dc < columnHeadings.size(); dc++) {
                        columnHeadings.get(column + dc).stream().filter(h -> !refs.contains(h)).forEach(refs::add);
                    }
                    if (cell.header()) {
                        id = idPrefix + r + "-" + column;
                        rowHeading = id;
                    } else if (rowHeading != null) {
                        refs.add(rowHeading);
                    }
                    headers = cell.text().isEmpty() && !cell.header() ? "" : String.join(" ", refs);
                }
                boolean sticky = cell.header() && cell.colspan() == 1 && column == stickyColumn;
                String label = column < labels.size() ? labels.get(column) : "";
                cells.add(new Cell(cell.text(), cell.header(), cell.href(), cell.colspan(), id, headers,
                        classes(cell.style(), sticky), cell.source(), cell.note(), label));
                column += cell.colspan();
            }
            laidOut.add(new Row(cells, rows.get(r).style()));
        }
        return laidOut;
    }

    /** The most row headings any body row has: 2 in the side-by-side overview tables. */
    private static int rowHeadingsPerRow(DataTable table) {
        return table.rows().stream().mapToInt(r -> (int) r.cells().stream().filter(TableCell::header).count()).max()
                .orElse(0);
    }

    /** The leftmost column in which a body row has its heading, or -1. */
    private static int firstRowHeadingColumn(DataTable table) {
        int first = -1;
        for (TableRow row : table.rows()) {
            int column = 0;
            for (TableCell cell : row.cells()) {
                if (cell.header()) {
                    first = first < 0 ? column : Math.min(first, column);
                    break;
                }
                column += cell.colspan();
            }
        }
        return first;
    }

    private static String classes(String style, boolean sticky) {
        return sticky ? (style.isEmpty() ? "sticky" : style + " sticky") : style;
    }
}
