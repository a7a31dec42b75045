package org.opendisclosure.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.Severity;
import org.opendisclosure.problem.SourcePosition;

/**
 * Reads a department budget workbook — the published tables, one per sheet, in any order and
 * named freely — into an {@link ImportedBudget}. Each sheet is recognised by its title and
 * headings ({@link SheetTable}); a row by functional code is assembled from four tables: income by
 * source from 收入预算总表, 基本支出/项目支出 from 支出预算总表, and the share of each fiscal source from
 * the 一般公共预算 and 政府性基金 tables. Subtotal and total rows are checked, never imported as rows;
 * the printed totals of 支出预算总表, the 经济分类 table and 财务收支预算总表 become {@code published_totals},
 * which the normal checks compare with the rows again after import.
 */
public final class BudgetWorkbookReader {

    private static final List<ColumnRole> INCOME = List.of(ColumnRole.TOTAL, ColumnRole.FISCAL,
            ColumnRole.BUSINESS_INCOME, ColumnRole.OPERATING_INCOME, ColumnRole.OTHER_INCOME);
    private static final List<ColumnRole> SPENDING = List.of(ColumnRole.TOTAL, ColumnRole.BASIC, ColumnRole.PROJECT);
    private static final List<ColumnRole> ECONOMIC = List.of(ColumnRole.TOTAL, ColumnRole.PERSONNEL,
            ColumnRole.OFFICE);
    private static final Map<ColumnRole, String> THREE_PUBLIC_KEYS = new LinkedHashMap<>();

    static {
        THREE_PUBLIC_KEYS.put(ColumnRole.OVERSEAS, "overseas");
        THREE_PUBLIC_KEYS.put(ColumnRole.RECEPTION, "reception");
        THREE_PUBLIC_KEYS.put(ColumnRole.VEHICLE_PURCHASE, "vehicle_purchase");
        THREE_PUBLIC_KEYS.put(ColumnRole.VEHICLE_OPERATION, "vehicle_operation");
        THREE_PUBLIC_KEYS.put(ColumnRole.VEHICLES, "vehicles_subtotal");
        THREE_PUBLIC_KEYS.put(ColumnRole.TOTAL, "total");
        THREE_PUBLIC_KEYS.put(ColumnRole.OPERATING_COSTS, "operating_costs");
    }

    /** Reads the sheets; what cannot be read is added to {@code problems}. */
    public ImportedBudget read(List<SheetGrid> sheets, List<Problem> problems) {
        Map<TableKind, SheetTable> tables = new EnumMap<>(TableKind.class);
        for (SheetGrid grid : sheets) {
            SheetTable table = SheetTable.of(grid);
            if (table.kind() == null) {
                problems.add(new Problem(Severity.WARNING, ProblemCodes.WORKBOOK_TABLE,
                        SourcePosition.cell(grid.workbook(), grid.name(), ""), "", "",
                        "工作表不是可识别的部门预算表，已跳过：表头里没有找到“功能分类科目编码 / 类 款 项”与“收入预算 / 支出预算 / 基本支出 / 人员经费”等列，也不是“三公”经费表或收支总表。"));
                continue;
            }
            SheetTable earlier = tables.putIfAbsent(table.kind(), table);
            if (earlier != null) {
                problems.add(new Problem(Severity.ERROR, ProblemCodes.WORKBOOK_TABLE,
                        SourcePosition.cell(grid.workbook(), grid.name(), ""), "", "",
                        "工作簿里有两张" + table.kind().title() + "：“" + earlier.grid().name() + "”和“" + grid.name()
                                + "”。请只保留一张。"));
            }
        }
        String workbook = sheets.isEmpty() ? "" : sheets.get(0).workbook();
        if (!tables.containsKey(TableKind.EXPENDITURE) && !tables.containsKey(TableKind.INCOME)
                && !tables.containsKey(TableKind.ECONOMIC) && !tables.containsKey(TableKind.THREE_PUBLIC)) {
            problems.add(new Problem(Severity.ERROR, ProblemCodes.WORKBOOK_TABLE, new SourcePosition(workbook, 0, 0),
                    "", "", "工作簿里没有可导入的部门预算表：至少需要支出预算总表（功能分类科目的基本支出和项目支出）。"));
            return null;
        }
        Map<String, CodeLine> income = lines(tables.get(TableKind.INCOME), 7, INCOME, problems);
        Map<String, CodeLine> spending = lines(tables.get(TableKind.EXPENDITURE), 7, SPENDING, problems);
        Map<String, CodeLine> general = lines(tables.get(TableKind.GENERAL_BUDGET), 7, SPENDING, problems);
        Map<String, CodeLine> fund = lines(tables.get(TableKind.GOVERNMENT_FUND), 7, SPENDING, problems);
        Map<String, CodeLine> economic = lines(tables.get(TableKind.ECONOMIC), 5, ECONOMIC, problems);
        if (!tables.containsKey(TableKind.EXPENDITURE) && !income.isEmpty()) {
            problems.add(new Problem(Severity.ERROR, ProblemCodes.WORKBOOK_TABLE, new SourcePosition(workbook, 0, 0),
                    "", "", "工作簿里没有支出预算总表：各科目的基本支出和项目支出只在这张表里。"));
        }
        int year = 0;
        String department = "";
        for (SheetTable table : tables.values()) {
            year = year == 0 ? table.year() : year;
            department = department.isEmpty() ? table.department() : department;
        }
        List<ImportedBudget.Row> functional = functional(income, spending, general, fund, tables, problems);
        List<ImportedBudget.Row> economicRows = new ArrayList<>();
        for (CodeLine line : economic.values()) {
            if (line.code().length() != 5) {
                continue;
            }
            Map<String, BigDecimal> amounts = new LinkedHashMap<>();
            Map<String, String> cells = new LinkedHashMap<>();
            put(amounts, cells, "personnel", line, ColumnRole.PERSONNEL);
            put(amounts, cells, "office", line, ColumnRole.OFFICE);
            economicRows.add(new ImportedBudget.Row(line.code(), line.name(), amounts, Map.of(), cells, Map.of()));
        }
        Map<String, Object> totals = new LinkedHashMap<>();
        Map<String, String> totalCells = new LinkedHashMap<>();
        overviewTotals(tables.get(TableKind.OVERVIEW), totals, totalCells);
        subtotals("functional", spending, 7, List.of(Map.entry(ColumnRole.BASIC, "basic"),
                Map.entry(ColumnRole.PROJECT, "project")), totals, totalCells);
        subtotals("economic", economic, 5, List.of(Map.entry(ColumnRole.PERSONNEL, "personnel"),
                Map.entry(ColumnRole.OFFICE, "office")), totals, totalCells);
        Map<String, BigDecimal> threePublic = new LinkedHashMap<>();
        Map<String, String> threePublicCells = new LinkedHashMap<>();
        threePublic(tables.get(TableKind.THREE_PUBLIC), threePublic, threePublicCells, problems);
        List<String> found = tables.entrySet().stream()
                .map(e -> e.getKey().title() + "（工作表“" + e.getValue().grid().name() + "”）").toList();
        return new ImportedBudget(year, department, functional, economicRows, threePublic, threePublicCells, totals,
                totalCells, found);
    }

    private static Map<String, CodeLine> lines(SheetTable table, int leafLength, List<ColumnRole> roles,
            List<Problem> problems) {
        Map<String, CodeLine> byCode = new LinkedHashMap<>();
        if (table == null) {
            return byCode;
        }
        for (CodeLine line : new CodeTableReader(table, leafLength, problems).read(roles)) {
            CodeLine earlier = byCode.putIfAbsent(line.code(), line);
            if (earlier != null && line.code().length() == leafLength) {
                problems.add(new Problem(Severity.ERROR, ProblemCodes.WORKBOOK_VALUE, position(line.at(),
                        table.grid().workbook()), "", "", "科目 " + line.code() + " 出现两次（另一行在 " + earlier.at()
                        + "）；每个科目只能有一行。"));
            }
        }
        return byCode;
    }

    private static List<ImportedBudget.Row> functional(Map<String, CodeLine> income, Map<String, CodeLine> spending,
            Map<String, CodeLine> general, Map<String, CodeLine> fund, Map<TableKind, SheetTable> tables,
            List<Problem> problems) {
        TreeSet<String> codes = new TreeSet<>();
        for (Map<String, CodeLine> table : List.of(income, spending, general, fund)) {
            table.keySet().stream().filter(c -> c.length() == 7).forEach(codes::add);
        }
        List<ImportedBudget.Row> rows = new ArrayList<>();
        for (String code : codes) {
            CodeLine in = income.get(code);
            CodeLine out = spending.get(code);
            CodeLine gen = general.get(code);
            CodeLine fun = fund.get(code);
            Map<String, BigDecimal> amounts = new LinkedHashMap<>();
            Map<String, String> cells = new LinkedHashMap<>();
            BigDecimal fiscal = in == null ? null : in.amount(ColumnRole.FISCAL);
            BigDecimal generalTotal = gen == null ? null : gen.amount(ColumnRole.BASIC).add(gen.amount(ColumnRole.PROJECT));
            BigDecimal fundTotal = fun == null ? null : fun.amount(ColumnRole.BASIC).add(fun.amount(ColumnRole.PROJECT));
            if (generalTotal == null && fiscal != null) {
                generalTotal = fundTotal == null ? fiscal : fiscal.subtract(fundTotal);
            }
            if (fundTotal == null && fiscal != null && generalTotal != null) {
                fundTotal = fiscal.subtract(generalTotal);
            }
            putAmount(amounts, cells, "general_budget", generalTotal, gen != null ? gen.cells().get(ColumnRole.TOTAL)
                    : in == null ? null : in.cells().get(ColumnRole.FISCAL));
            putAmount(amounts, cells, "government_fund", fundTotal, fun != null ? fun.cells().get(ColumnRole.TOTAL)
                    : null);
            if (in != null) {
                put(amounts, cells, "business_income", in, ColumnRole.BUSINESS_INCOME);
                put(amounts, cells, "operating_income", in, ColumnRole.OPERATING_INCOME);
                put(amounts, cells, "other_income", in, ColumnRole.OTHER_INCOME);
                BigDecimal fiscalParts = amountOf(generalTotal).add(amountOf(fundTotal));
                if (fiscal.compareTo(fiscalParts) != 0) {
                    problems.add(new Problem(Severity.ERROR, ProblemCodes.WORKBOOK_SUBTOTAL,
                            position(in.cells().getOrDefault(ColumnRole.FISCAL, in.at()), tables.get(TableKind.INCOME).grid().workbook()), "", "",
                            "科目 " + code + " 的财政拨款收入 " + Amounts.yaml(fiscal) + " 不等于一般公共预算 "
                                    + Amounts.yaml(amountOf(generalTotal)) + " 与政府性基金 " + Amounts.yaml(amountOf(fundTotal))
                                    + " 之和。"));
                }
                BigDecimal parts = in.amount(ColumnRole.FISCAL).add(in.amount(ColumnRole.BUSINESS_INCOME))
                        .add(in.amount(ColumnRole.OPERATING_INCOME)).add(in.amount(ColumnRole.OTHER_INCOME));
                if (in.amounts().containsKey(ColumnRole.TOTAL) && in.amount(ColumnRole.TOTAL).compareTo(parts) != 0) {
                    problems.add(new Problem(Severity.ERROR, ProblemCodes.WORKBOOK_SUBTOTAL,
                            position(in.cells().get(ColumnRole.TOTAL), tables.get(TableKind.INCOME).grid().workbook()), "", "", "科目 " + code + " 的合计 "
                                    + Amounts.yaml(in.amount(ColumnRole.TOTAL)) + " 不等于各收入之和 " + Amounts.yaml(parts) + "。"));
                }
            }
            if (out != null) {
                put(amounts, cells, "basic", out, ColumnRole.BASIC);
                put(amounts, cells, "project", out, ColumnRole.PROJECT);
            }
            long sources = amounts.entrySet().stream().filter(e -> e.getKey().endsWith("_income")
                    || e.getKey().equals("general_budget") || e.getKey().equals("government_fund")).count();
            Map<String, Map<String, BigDecimal>> splits = new LinkedHashMap<>();
            if (sources > 1) {
                split(splits, "general_budget_spending", gen, amounts.containsKey("general_budget"));
                split(splits, "government_fund_spending", fun, amounts.containsKey("government_fund"));
            }
            String name = out != null ? out.name() : in != null ? in.name() : gen != null ? gen.name() : fun.name();
            Map<String, String> printed = new LinkedHashMap<>();
            printedName(printed, "income", in);
            printedName(printed, "expenditure", out);
            printedName(printed, "general_budget", gen);
            printedName(printed, "government_fund", fun);
            rows.add(new ImportedBudget.Row(code, name, amounts, splits, cells, printed));
        }
        return rows;
    }

    /** The name one table prints for the code, when it prints one. */
    private static void printedName(Map<String, String> printed, String table, CodeLine line) {
        if (line != null && line.name() != null && !line.name().isBlank()) {
            printed.put(table, line.name());
        }
    }

    private static void split(Map<String, Map<String, BigDecimal>> splits, String key, CodeLine line, boolean present) {
        if (line == null || !present) {
            return;
        }
        Map<String, BigDecimal> split = new LinkedHashMap<>();
        split.put("basic", line.amount(ColumnRole.BASIC));
        split.put("project", line.amount(ColumnRole.PROJECT));
        splits.put(key, split);
    }

    private static BigDecimal amountOf(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    private static void put(Map<String, BigDecimal> amounts, Map<String, String> cells, String key, CodeLine line,
            ColumnRole role) {
        putAmount(amounts, cells, key, line.amounts().get(role), line.cells().get(role));
    }

    private static void putAmount(Map<String, BigDecimal> amounts, Map<String, String> cells, String key,
            BigDecimal amount, String cell) {
        if (amount != null && amount.signum() != 0) {
            amounts.put(key, amount);
            if (cell != null) {
                cells.put(key, cell);
            }
        }
    }

    /** 类/款 subtotals and the 合计 row of a table, as {@code published_totals.<table>}. */
    private static void subtotals(String table, Map<String, CodeLine> lines, int leafLength,
            List<Map.Entry<ColumnRole, String>> columns, Map<String, Object> totals, Map<String, String> cells) {
        Map<String, Map<String, BigDecimal>> byCode = new LinkedHashMap<>();
        List<CodeLine> ordered = new ArrayList<>();
        lines.values().stream().filter(CodeLine::isTotal).forEach(ordered::add);
        lines.values().stream().filter(l -> !l.isTotal() && l.code().length() < leafLength).forEach(ordered::add);
        for (CodeLine line : ordered) {
            String key = line.isTotal() ? "total" : line.code();
            Map<String, BigDecimal> figures = new LinkedHashMap<>();
            BigDecimal total = line.amounts().get(ColumnRole.TOTAL);
            if (total == null) {
                total = BigDecimal.ZERO;
                for (Map.Entry<ColumnRole, String> column : columns) {
                    total = total.add(line.amount(column.getKey()));
                }
            } else {
                cells.put(table + "." + key + ".total", line.cells().get(ColumnRole.TOTAL));
            }
            figures.put("total", total);
            for (Map.Entry<ColumnRole, String> column : columns) {
                BigDecimal amount = line.amounts().get(column.getKey());
                if (amount != null) {
                    figures.put(column.getValue(), amount);
                    cells.put(table + "." + key + "." + column.getValue(), line.cells().get(column.getKey()));
                }
            }
            byCode.put(key, figures);
        }
        if (!byCode.isEmpty()) {
            totals.put(table, byCode);
        }
    }

    /** 收入总计 and 支出总计 of 财务收支预算总表: the figure to the right of each label. */
    private static void overviewTotals(SheetTable table, Map<String, Object> totals, Map<String, String> cells) {
        if (table == null) {
            return;
        }
        SheetGrid grid = table.grid();
        for (int r = 0; r < grid.rowCount(); r++) {
            for (GridCell cell : grid.row(r)) {
                String text = HeaderText.normal(cell.text());
                String key = text.equals("收入总计") ? "income_total" : text.equals("支出总计") ? "expenditure_total" : null;
                if (key == null || cell.merged()) {
                    continue;
                }
                for (GridCell right : grid.row(r)) {
                    BigDecimal amount = right.column() > cell.column() ? Amounts.of(right) : null;
                    if (amount != null && right.number() != null || amount != null && amount.signum() != 0) {
                        totals.put(key, table.yuan(amount));
                        cells.put(key, grid.reference(r, right.column()));
                        break;
                    }
                }
            }
        }
    }

    private static void threePublic(SheetTable table, Map<String, BigDecimal> values, Map<String, String> cells,
            List<Problem> problems) {
        if (table == null) {
            return;
        }
        SheetGrid grid = table.grid();
        int row = table.firstRow();
        if (row >= grid.rowCount()) {
            return; // printed without figures: the department has none
        }
        for (Map.Entry<ColumnRole, String> key : THREE_PUBLIC_KEYS.entrySet()) {
            Integer column = table.columns().get(key.getKey());
            if (column == null) {
                continue;
            }
            GridCell cell = grid.at(row, column);
            BigDecimal amount = Amounts.of(cell);
            if (amount == null) {
                problems.add(new Problem(Severity.ERROR, ProblemCodes.WORKBOOK_VALUE,
                        position(grid.reference(row, column), grid.workbook()), "", "",
                        "应为金额（万元，如 559.30），实际为“" + cell.text() + "”。"));
                continue;
            }
            if (cell == null && !key.getValue().equals("operating_costs")) {
                amount = BigDecimal.ZERO;
            } else if (cell == null) {
                continue;
            }
            BigDecimal wan = table.wan() ? amount : Amounts.yuanToWan(amount);
            values.put(key.getValue(), wan.scale() < 2 ? wan.setScale(2, RoundingMode.UNNECESSARY) : wan);
            cells.put(key.getValue(), grid.reference(row, column));
        }
    }

    private static SourcePosition position(String reference, String workbook) {
        int bang = reference.lastIndexOf('!');
        return SourcePosition.cell(workbook, reference.substring(0, bang), reference.substring(bang + 1));
    }
}
