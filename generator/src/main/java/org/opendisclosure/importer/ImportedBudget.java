package org.opendisclosure.importer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A department budget as read from a workbook, ready to be written as the keys of
 * {@code budgets/<year>/<department>.yaml} that a workbook provides: the rows by functional and
 * economic code, the 三公 table and the published totals. Every amount keeps the cell it came from.
 *
 * @param year           the year in the tables' titles, or 0
 * @param departmentName the 编制部门 line, or empty
 * @param functional     rows by 项, in order
 * @param economic       rows by economic 款, in order
 * @param threePublic    三公 keys in the file's order with amounts in 万元, empty when there is no such table
 * @param threePublicCells the cell of each 三公 amount
 * @param totals         published totals: {@code income_total}, {@code expenditure_total}, and by table
 *                       ({@code functional}/{@code economic}) → code or {@code total} → column → amount
 * @param totalCells     the cell of each published total, by the same path joined with dots
 * @param tables         the tables found, for the change report
 */
public record ImportedBudget(int year, String departmentName, List<Row> functional, List<Row> economic,
        Map<String, BigDecimal> threePublic, Map<String, String> threePublicCells,
        Map<String, Object> totals, Map<String, String> totalCells, List<String> tables) {

    /**
     * One row: its code, name and amounts by key in the file's order; the spending splits of a row
     * with several sources ({@code general_budget_spending} → basic/project); the cell of each amount;
     * and the name each published table prints for the code, by its key under {@code printed_names}
     * ({@code income}, {@code expenditure}, {@code general_budget}, {@code government_fund}) — as read,
     * every table's; after {@link #named}, only those that differ from {@code name}.
     */
    public record Row(String code, String name, Map<String, BigDecimal> amounts,
            Map<String, Map<String, BigDecimal>> splits, Map<String, String> cells, Map<String, String> printedNames) {
    }

    /**
     * The budget with each functional row named as the content format wants it: the catalogue's
     * name where one of the tables prints it (else the name the first table prints), and the
     * tables that print another name under {@code printed_names}, so that nothing published is
     * replaced silently.
     *
     * @param catalogue the year's functional names by code (empty when the content has no catalogue)
     */
    public ImportedBudget named(Map<String, String> catalogue) {
        List<Row> rows = functional.stream().map(row -> {
            String listed = catalogue.get(row.code());
            String name = listed != null && row.printedNames().containsValue(listed) ? listed : row.name();
            Map<String, String> differing = new java.util.LinkedHashMap<>();
            row.printedNames().forEach((table, printed) -> {
                if (!printed.equals(name)) {
                    differing.put(table, printed);
                }
            });
            return new Row(row.code(), name, row.amounts(), row.splits(), row.cells(), differing);
        }).toList();
        return new ImportedBudget(year, departmentName, rows, economic, threePublic, threePublicCells, totals,
                totalCells, tables);
    }
}
